package org.newsatlas.article.ingest;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Paths named by a user to the files to import: a file stands for itself (even with an unsupported type, so
 * the user hears why it was skipped); a folder is searched recursively for supported files, following symbolic
 * links (a link back to a folder above it is not followed twice). Every path found and left out is named with
 * its reason (hidden, unsupported type, broken link, loop); a folder that cannot be listed becomes a source that
 * fails with the reason. A file named on its own brings its sidecar ({@link Sidecar}) if one lies beside it.
 */
final class PathSources {

    /** The files to import, and the paths found in folders and left out, with why. */
    record Expansion(List<ArticleSource> sources, List<SkippedPath> skipped) {
    }

    private PathSources() {
    }

    static Expansion expand(List<Path> paths) {
        List<ArticleSource> sources = new ArrayList<>();
        List<SkippedPath> skipped = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                walk(path, sources, skipped);
            } else {
                sources.add(ArticleSource.of(path));
                Path sidecar = path.resolveSibling(path.getFileName() + ".json");
                if (Sidecar.isSidecar(sidecar.toString()) && Files.isRegularFile(sidecar) && !paths.contains(sidecar)) {
                    sources.add(ArticleSource.of(sidecar));
                }
            }
        }
        skipped.sort(Comparator.comparing(SkippedPath::path));
        return new Expansion(sources, skipped);
    }

    private static void walk(Path folder, List<ArticleSource> sources, List<SkippedPath> skipped) {
        List<ArticleSource> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(folder) && hidden(dir)) {
                                skipped.add(new SkippedPath(dir.toString(), "hidden folder"));
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                            String reason = reasonToSkip(file, attrs);
                            if (reason == null) {
                                found.add(ArticleSource.of(file));
                            } else {
                                skipped.add(new SkippedPath(file.toString(), reason));
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) {
                            if (e instanceof FileSystemLoopException) {
                                skipped.add(new SkippedPath(file.toString(),
                                        "link to a folder it is already in (not followed again)"));
                            } else {
                                found.add(new Unlisted(file.toString(), e));
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException e) {
            found.add(new Unlisted(folder.toString(), e));
        }
        found.sort(Comparator.comparing(ArticleSource::name));
        sources.addAll(found);
    }

    private static String reasonToSkip(Path file, BasicFileAttributes attrs) {
        if (attrs.isSymbolicLink()) {
            return "broken link: what it points to does not exist";
        }
        if (!attrs.isRegularFile()) {
            return "not a regular file";
        }
        if (hidden(file)) {
            return "hidden file";
        }
        if (!ArticleFileReader.isSupported(file.toString()) && !Sidecar.isSidecar(file.toString())) {
            return "not an article file: only " + String.join(", ", ArticleFileReader.extensions()) + " are read";
        }
        return null;
    }

    private static boolean hidden(Path path) {
        Path name = path.getFileName();
        return name != null && name.toString().startsWith(".");
    }

    /** A file or folder the walk could not open: reading it reports why. */
    private record Unlisted(String name, IOException cause) implements ArticleSource {
        @Override
        public long size() throws IOException {
            throw cause;
        }

        @Override
        public byte[] bytes(int limit) throws IOException {
            throw cause;
        }
    }
}
