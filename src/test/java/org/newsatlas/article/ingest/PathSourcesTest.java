package org.newsatlas.article.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders to import: links followed once, every path left out named with its reason. */
class PathSourcesTest {

    @TempDir
    Path dir;

    @Test
    void linked_files_and_folders_are_followed_and_a_link_loop_is_named_not_walked_forever() throws IOException {
        Path archive = Files.createDirectories(dir.resolve("archive/2018"));
        Files.writeString(archive.resolve("floods.txt"), "Floods in Khorog.");
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.createSymbolicLink(corpus.resolve("linked.txt"), archive.resolve("floods.txt"));
        Files.createSymbolicLink(corpus.resolve("years"), dir.resolve("archive"));
        Files.createSymbolicLink(archive.resolve("up"), dir.resolve("archive"));

        PathSources.Expansion found = PathSources.expand(List.of(corpus));

        assertThat(found.sources()).extracting(ArticleSource::name).containsExactly(
                corpus.resolve("linked.txt").toString(), corpus.resolve("years/2018/floods.txt").toString());
        assertThat(found.skipped()).extracting(SkippedPath::path, SkippedPath::reason).containsExactly(
                tuple(corpus.resolve("years/2018/up").toString(),
                        "link to a folder it is already in (not followed again)"));
    }

    @Test
    void hidden_broken_and_unsupported_paths_are_each_named_with_why() throws IOException {
        Path corpus = Files.createDirectories(dir.resolve("corpus"));
        Files.writeString(corpus.resolve("a.md"), "# Quake in Osh");
        Files.writeString(corpus.resolve("notes.pdf"), "not an article");
        Files.writeString(corpus.resolve(".draft.txt"), "hidden");
        Files.createDirectories(corpus.resolve(".git"));
        Files.writeString(corpus.resolve(".git/HEAD.txt"), "inside a hidden folder");
        Files.createSymbolicLink(corpus.resolve("gone.txt"), dir.resolve("deleted.txt"));

        PathSources.Expansion found = PathSources.expand(List.of(corpus));

        assertThat(found.sources()).extracting(ArticleSource::name).containsExactly(corpus.resolve("a.md").toString());
        assertThat(found.skipped()).extracting(SkippedPath::path, SkippedPath::reason).containsExactly(
                tuple(corpus.resolve(".draft.txt").toString(), "hidden file"),
                tuple(corpus.resolve(".git").toString(), "hidden folder"),
                tuple(corpus.resolve("gone.txt").toString(), "broken link: what it points to does not exist"),
                tuple(corpus.resolve("notes.pdf").toString(),
                        "not an article file: only .txt, .md, .markdown, .html, .htm, .csv, .jsonl, .ndjson, .rss, .atom, .xml, .zip are read"));
    }
}
