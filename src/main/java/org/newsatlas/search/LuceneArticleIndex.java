package org.newsatlas.search;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.Bits;
import org.newsatlas.article.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The words of every article, in a Lucene index in {@code <data-dir>/search-index}: which articles hold a word
 * (or a word starting with some letters), newest first. It is derived data: the database is the record, the
 * column {@code article.search_indexed} says what the index holds, and {@link ArticleIndexer} rebuilds what is
 * missing. Opened on first use, so the command line (which never searches) leaves it alone. The H2 store's index
 * (one instance); a PostgreSQL store keeps the words in the database ({@link PostgresArticleIndex}).
 */
public class LuceneArticleIndex implements ArticleIndex {

    private static final Logger LOG = LoggerFactory.getLogger(LuceneArticleIndex.class);
    private static final String ID = "id";
    private static final String ID_KEY = "id_key";
    private static final String PUBLISHED = "published";
    private static final String TEXT = "text";

    private final Path folder;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;

    public LuceneArticleIndex(String dataDir) {
        this.folder = Path.of(dataDir, "search-index");
    }

    /** Adds or replaces the articles' documents; visible to searches after {@link #commit()}. */
    @Override
    public void put(Article article) {
        Document doc = new Document();
        doc.add(new StringField(ID_KEY, Long.toString(article.id()), Field.Store.NO));
        doc.add(new NumericDocValuesField(ID, article.id()));
        if (article.published() != null) {
            doc.add(new NumericDocValuesField(PUBLISHED, article.published().toEpochDay()));
        }
        doc.add(new TextField(TEXT, article.originalText(), Field.Store.NO));
        try {
            open().updateDocument(new Term(ID_KEY, Long.toString(article.id())), doc);
        } catch (IOException e) {
            throw new UncheckedIOException("could not add article " + article.id() + " to the search index", e);
        }
    }

    @Override
    public void delete(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        try {
            open().deleteDocuments(ids.stream().map(id -> new Term(ID_KEY, Long.toString(id))).toArray(Term[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException("could not delete from the search index", e);
        }
    }

    /** Makes what was put and deleted durable and visible to searches. */
    @Override
    public void commit() {
        try {
            open().commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("could not commit the search index", e);
        }
    }

    /**
     * Ids of the articles holding every whole word of the phrase and a word starting with its last word, newest
     * first (undated last), from {@code offset}, at most {@code count}.
     */
    @Override
    public List<Long> articles(SearchPhrase phrase, int offset, int count) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        phrase.wholeWords().forEach(w -> query.add(new TermQuery(new Term(TEXT, w)), BooleanClause.Occur.MUST));
        query.add(new PrefixQuery(new Term(TEXT, phrase.lastWord())), BooleanClause.Occur.MUST);
        SortField published = new SortField(PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        Sort newestFirst = new Sort(published, new SortField(ID, SortField.Type.LONG, true));
        try {
            open();
            IndexSearcher searcher = searchers.acquire();
            try {
                ScoreDoc[] hits = searcher.search(query.build(), offset + count, newestFirst).scoreDocs;
                List<Long> ids = new ArrayList<>();
                for (int i = offset; i < hits.length; i++) {
                    ids.add((Long) ((FieldDoc) hits[i]).fields[1]);
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the search index", e);
        }
    }

    /** The ids of every article the index holds. */
    @Override
    public Set<Long> ids() {
        try {
            open();
            IndexSearcher searcher = searchers.acquire();
            try {
                Set<Long> ids = new HashSet<>();
                for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
                    NumericDocValues values = leaf.reader().getNumericDocValues(ID);
                    Bits live = leaf.reader().getLiveDocs();
                    while (values != null && values.nextDoc() != NumericDocValues.NO_MORE_DOCS) {
                        if (live == null || live.get(values.docID())) {
                            ids.add(values.longValue());
                        }
                    }
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the search index", e);
        }
    }

    private IndexWriter open() throws IOException {
        IndexWriter open = writer;
        return open != null ? open : openOnce();
    }

    private synchronized IndexWriter openOnce() throws IOException {
        if (writer == null) {
            try {
                openWriter();
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Search index in {} could not be opened ({}); starting it again from the database",
                        folder, e.toString());
                deleteFolder();
                openWriter();
            }
        }
        return writer;
    }

    private void openWriter() throws IOException {
        Files.createDirectories(folder);
        IndexWriter opened = new IndexWriter(FSDirectory.open(folder),
                new IndexWriterConfig(new SearchWordAnalyzer()).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
        searchers = new SearcherManager(opened, null);
        writer = opened;
    }

    private void deleteFolder() throws IOException {
        if (Files.exists(folder)) {
            try (var paths = Files.walk(folder)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    @PreDestroy
    @Override
    public synchronized void close() throws IOException {
        if (writer != null) {
            searchers.close();
            writer.close();
            writer = null;
        }
    }
}
