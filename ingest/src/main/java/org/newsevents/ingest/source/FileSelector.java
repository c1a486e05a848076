package org.newsevents.ingest.source;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses the files to read inside a folder, recursively, by include globs (java.nio glob syntax). A glob
 * without '/' matches the file name at any depth ({@code *.txt}); a glob with '/' matches the path relative to
 * the folder ({@code 2024/**}{@code /*.jsonl}). Files are returned sorted, so runs are reproducible.
 */
public final class FileSelector {
    private final List<PathMatcher> nameMatchers = new ArrayList<>();
    private final List<PathMatcher> pathMatchers = new ArrayList<>();

    public FileSelector(List<String> includeGlobs) {
        if (includeGlobs.isEmpty()) {
            throw new IllegalArgumentException("at least one include glob is needed");
        }
        for (String glob : includeGlobs) {
            PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            (glob.contains("/") ? pathMatchers : nameMatchers).add(matcher);
        }
    }

    /** Whether {@code file} (inside {@code root}) is included. */
    public boolean includes(Path root, Path file) {
        Path name = file.getFileName();
        if (name != null && nameMatchers.stream().anyMatch(m -> m.matches(name))) {
            return true;
        }
        Path relative = root.relativize(file);
        return pathMatchers.stream().anyMatch(m -> m.matches(relative));
    }

    /** The included regular files under {@code root}, and the paths that could not be listed with the reason. */
    public Selection select(Path root) throws IOException {
        List<Path> files = new ArrayList<>();
        Map<Path, String> unreadable = new LinkedHashMap<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (attrs.isRegularFile() && includes(root, file)) {
                    files.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.put(file, String.valueOf(e));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(null);
        return new Selection(files, unreadable);
    }

    /** The result of {@link #select(Path)}. */
    public record Selection(List<Path> files, Map<Path, String> unreadable) {
    }
}
