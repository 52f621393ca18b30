package org.newsatlas.article;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.newsatlas.store.StoredGeometry;
import org.newsatlas.text.CleanedArticle;
import org.newsatlas.text.PassageSpan;
import org.newsatlas.analysis.AnalyzedArticle;
import org.newsatlas.analysis.ArticleAnalyzer;
import org.newsatlas.geoparse.SaneDates;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Stores articles whole (article + passages in one transaction) and answers questions about the corpus. */
@Service
public class ArticleService {

    private static final int DERIVED_TITLE_LENGTH = 120;
    /** Article ids per query of {@link #placesOf} (a batch of thousands stays within any SQL parameter limit). */
    private static final int PLACES_CHUNK = 500;

    private final ArticleRepository articles;
    private final ArticleAnalyzer analyzer;
    private final AnalysisStore analysis;
    private final LinkTallies tallies;
    private final java.util.concurrent.atomic.AtomicReference<CountedStats> lastStats =
            new java.util.concurrent.atomic.AtomicReference<>();
    private final PlaceAreas areas;
    private final JdbcClient jdbc;
    private final MentionRepository mentions;
    private final MentionCorrectionRepository corrections;

    public ArticleService(ArticleRepository articles, ArticleAnalyzer analyzer, AnalysisStore analysis,
                          JdbcClient jdbc, MentionRepository mentions, MentionCorrectionRepository corrections,
                          LinkTallies tallies, PlaceAreas areas) {
        this.tallies = tallies;
        this.areas = areas;
        this.mentions = mentions;
        this.corrections = corrections;
        this.articles = articles;
        this.analyzer = analyzer;
        this.analysis = analysis;
        this.jdbc = jdbc;
    }

    /**
     * Cleans, splits, geoparses and dates one article and stores it whole (article, passages, months, places,
     * mentions, exercise and border links) in one transaction; or reports it as a duplicate. An article dated
     * outside {@link SaneDates} is refused before anything is written ({@link IllegalArgumentException}).
     */
    @Transactional
    public ImportOutcome store(NewArticle article) {
        checkDate(article);
        return duplicate(article).orElseGet(() -> insert(prepare(article)));
    }

    /**
     * The text work of {@link #store} (cleaning, geoparsing, dating, layer links) without the database: safe on
     * any thread and outside a transaction, so a bulk import prepares articles on all cores and stores them on one
     * with {@link #store(PreparedArticle)}.
     */
    public PreparedArticle prepare(NewArticle article) {
        checkDate(article);
        AnalyzedArticle analyzed = analyzer.analyze(article.originalText(), article.published());
        return new PreparedArticle(article, analyzed,
                analysis.links(article.originalText(), article.published(), analyzed));
    }

    /**
     * Runs a bulk import's group of {@link #store} calls inside the caller's transaction, the layer tallies of the
     * articles it stores counted together at its end ({@link LinkTallies#addingAtEnd}).
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public <T> T storingGroup(java.util.function.Supplier<T> group) {
        return tallies.addingAtEnd(group);
    }

    /**
     * Stores a {@link #prepare prepared} article whole, or reports it as a duplicate: in a transaction of its own,
     * or, called inside one (a bulk import's group), in a savepoint of it, so that a failure rolls back this
     * article alone.
     */
    @Transactional(propagation = Propagation.NESTED)
    public ImportOutcome store(PreparedArticle prepared) {
        checkDate(prepared.article());
        return duplicate(prepared.article()).orElseGet(() -> insert(prepared));
    }

    /** The outcome of storing this article if its text is stored already: a duplicate of that article. */
    @Transactional(readOnly = true)
    public Optional<ImportOutcome> duplicateOf(NewArticle article) {
        return duplicate(article);
    }

    private Optional<ImportOutcome> duplicate(NewArticle article) {
        return articles.findIdByContentHash(article.contentHash())
                .map(id -> ImportOutcome.duplicate(id, article.sourceName()));
    }

    private ImportOutcome insert(PreparedArticle prepared) {
        NewArticle article = prepared.article();
        CleanedArticle cleaned = prepared.analyzed().cleaned();
        long id = articles.insert(article, titleOf(article, cleaned));
        articles.insertPassages(id, cleaned.passages());
        analysis.store(id, article.originalText(), article.published(), prepared.analyzed(),
                articles.passageIdsByOrdinal(id), prepared.links());
        int body = cleaned.bodyPassages().size();
        int boilerplate = (int) cleaned.passages().stream().filter(p -> !p.kind().isArticleContent()).count();
        return ImportOutcome.imported(id, article.sourceName(), body, boilerplate);
    }

    private static void checkDate(NewArticle article) {
        SaneDates.publicationDateProblem(article.published()).ifPresent(problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /** Deletes an article with its passages, months and mentions; false if there was none with this id. */
    @Transactional
    public boolean delete(long articleId) {
        tallies.remove(articleId);
        return articles.delete(articleId);
    }

    @Transactional(readOnly = true)
    public List<Long> articleIds() {
        return articles.findIds();
    }

    @Transactional(readOnly = true)
    public CorpusStats stats() {
        // the body passages are counted row by row (a third of a second at 100k articles, on every navigation):
        // counted again only when the articles, the passages or the links changed
        long[] key = jdbc.sql("""
                SELECT (SELECT COUNT(*) FROM article), (SELECT COUNT(*) FROM passage),
                       (SELECT COALESCE(MAX(version), 0) FROM corpus_version)""")
                .query((rs, row) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).single();
        CountedStats counted = lastStats.get();
        if (counted != null && java.util.Arrays.equals(counted.key(), key)) {
            return counted.stats();
        }
        CorpusStats stats = new CorpusStats(key[0], key[1],
                jdbc.sql("SELECT COUNT(*) FROM passage WHERE kind = 'body'").query(Long.class).single());
        lastStats.set(new CountedStats(key, stats));
        return stats;
    }

    /** The corpus size as counted, and the counts and version it was counted at. */
    private record CountedStats(long[] key, CorpusStats stats) {
    }

    @Transactional(readOnly = true)
    public List<Article> findAll() {
        return articles.findAll();
    }

    /** How the corpus's mentions of a place ("gn:1142170", "country:AF") were resolved. */
    @Transactional(readOnly = true)
    public Optional<PlaceResolution> placeResolution(String gazetteerId) {
        return mentions.resolutionOf(gazetteerId, choice -> areas.withArea(choice).label());
    }

    /** The article with its passages and place mentions, for the reader. */
    @Transactional(readOnly = true)
    public Optional<ArticleReading> reading(long articleId) {
        return articles.findById(articleId).map(a -> new ArticleReading(a, articles.findPassages(articleId),
                mentions.findByArticle(articleId), corrections.findByArticle(articleId)));
    }

    /**
     * The places an article's body passages mention, most mentioned first (their stored gazetteer ids, e.g.
     * "gn:1221874"; on a tie the more precise kind of place first: site, city, admin-1 unit, country), at most
     * {@code limit}.
     */
    @Transactional(readOnly = true)
    public List<String> mainPlaces(long articleId, int limit) {
        return jdbc.sql("""
                SELECT pl.gazetteer_id FROM mention m
                JOIN passage p ON p.id = m.passage_id JOIN place pl ON pl.id = m.place_id
                WHERE p.article_id = ? AND p.kind = 'body'
                GROUP BY pl.gazetteer_id, pl.kind
                ORDER BY COUNT(*) DESC,
                         CASE pl.kind WHEN 'site' THEN 0 WHEN 'city' THEN 1 WHEN 'feature' THEN 2 WHEN 'admin1' THEN 3
                                      WHEN 'country' THEN 4 ELSE 5 END,
                         pl.gazetteer_id
                FETCH FIRST ? ROWS ONLY""").params(articleId, limit).query(String.class).list();
    }

    /**
     * The places the body passages of these articles mention, each once, weighed by how many of those passages
     * mention it: where a batch of new articles is on the map. Articles that are gone are left out.
     */
    @Transactional(readOnly = true)
    public List<PlacePoint> placesOf(Collection<Long> articleIds) {
        Map<String, PlacePoint> places = new LinkedHashMap<>();
        List<Long> ids = List.copyOf(new LinkedHashSet<>(articleIds));
        for (int from = 0; from < ids.size(); from += PLACES_CHUNK) {
            jdbc.sql("""
                    SELECT pl.gazetteer_id, pl.kind, pl.geom, t.passages FROM place pl JOIN (
                        SELECT m.place_id, COUNT(DISTINCT m.passage_id) passages FROM mention m
                        JOIN passage p ON p.id = m.passage_id
                        WHERE p.article_id IN (:ids) AND p.kind = 'body' AND m.place_id IS NOT NULL
                        GROUP BY m.place_id) t ON t.place_id = pl.id""")
                    .param("ids", ids.subList(from, Math.min(ids.size(), from + PLACES_CHUNK)))
                    .query((rs, row) -> {
                        Geometry geometry = StoredGeometry.read(rs, 3);
                        Point point = geometry instanceof Point p ? p : geometry.getInteriorPoint();
                        return new PlacePoint(rs.getString(1), rs.getString(2), point.getX(), point.getY(),
                                rs.getInt(4));
                    })
                    .list().stream().filter(p -> Double.isFinite(p.lon()) && Double.isFinite(p.lat()))
                    .forEach(p -> places.merge(p.gazetteerId(), p, (a, b) -> new PlacePoint(a.gazetteerId(),
                            a.kind(), a.lon(), a.lat(), a.passages() + b.passages())));
        }
        return List.copyOf(places.values());
    }

    @Transactional(readOnly = true)
    public List<Passage> passagesOf(long articleId) {
        return articles.findPassages(articleId);
    }

    private static String titleOf(NewArticle article, CleanedArticle cleaned) {
        if (article.title() != null && !article.title().isBlank()) {
            return article.title().strip();
        }
        String text = cleaned.headline().orElseGet(() -> firstBodyText(article.originalText(), cleaned));
        return shorten(text.strip().replaceAll("\\s+", " "));
    }

    private static String firstBodyText(String text, CleanedArticle cleaned) {
        return cleaned.passages().stream().filter(PassageSpan::isBody)
                .findFirst().or(() -> cleaned.passages().stream().findFirst())
                .map(p -> text.substring(p.start(), p.end()))
                .orElse("Untitled article");
    }

    private static String shorten(String text) {
        if (text.length() <= DERIVED_TITLE_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', DERIVED_TITLE_LENGTH - 1);
        return text.substring(0, cut > 40 ? cut : DERIVED_TITLE_LENGTH - 1) + "…";
    }
}
