package org.newsevents.ingest;

import java.nio.file.Path;
import java.util.Locale;

/** How an input's bytes are read: one plain-text article, or one JSON object per line. */
public enum InputFormat {
    TEXT,
    JSON_LINES;

    /** {@code .jsonl} files are JSON Lines; every other file is one plain-text article. */
    public static InputFormat of(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") ? JSON_LINES : TEXT;
    }
}
