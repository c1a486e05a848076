package org.newsevents.ingest.watch;

import java.nio.file.Path;
import java.util.Locale;

/**
 * The rename convention of the watched folder: a writer writes under a temporary name and renames the file
 * to its final name when complete. Names ending in {@code .part} or {@code .tmp}, and dotfiles (and anything
 * under a dot-directory, as rsync and many tools use), are never read.
 */
public final class InProgressNames {
    private InProgressNames() {
    }

    /** Whether {@code file} (inside {@code root}) is still being written by the convention above. */
    public static boolean isInProgress(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            String name = part.toString();
            if (name.startsWith(".")) {
                return true;
            }
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".part") || name.endsWith(".tmp");
    }
}
