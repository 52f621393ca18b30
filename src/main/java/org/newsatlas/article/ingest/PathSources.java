package org.newsatlas.article.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Paths named by a user to the files to import: a file stands for itself (even with an unsupported type, so
 * the user hears why it was skipped); a folder is searched recursively for supported files, hidden ones
 * left out. A folder that cannot be listed becomes a source that fails with the reason.
 */
final class PathSources {

    private PathSources() {
    }

    static List<ArticleSource> expand(List<Path> paths) {
        List<ArticleSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                sources.addAll(filesIn(path));
            } else {
                sources.add(ArticleSource.of(path));
            }
        }
        return sources;
    }

    private static List<ArticleSource> filesIn(Path folder) {
        List<ArticleSource> found = new ArrayList<>();
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isRegularFile() && !hidden(file) && ArticleFileReader.isSupported(file.toString())) {
                        found.add(ArticleSource.of(file));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Unlisted(file.toString(), e));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            found.add(new Unlisted(folder.toString(), e));
        }
        found.sort(Comparator.comparing(ArticleSource::name));
        return found;
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
