package org.newsevents.ingest.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.util.Locale;
import org.newsevents.ingest.InputFormat;

/**
 * How standard input ({@code -}) is read ({@code ingest.stdin.format}): {@code text} = one plain-text
 * article; {@code jsonl} = JSON Lines; {@code auto} (default) = JSON Lines when the first byte that is not
 * white space (after an optional UTF-8 BOM) is '{', else one plain-text article. Prose practically never
 * starts with '{', and a feed that does can say {@code text}.
 */
public enum StdinFormat {
    AUTO, TEXT, JSONL;

    static final int PEEK_LIMIT = 64 * 1024;

    public static StdinFormat parse(String value) {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
    }

    /** The format of {@code in}; for AUTO it peeks at the stream and resets it. */
    public InputFormat resolve(BufferedInputStream in) throws IOException {
        return switch (this) {
            case TEXT -> InputFormat.TEXT;
            case JSONL -> InputFormat.JSON_LINES;
            case AUTO -> firstSignificantByte(in) == '{' ? InputFormat.JSON_LINES : InputFormat.TEXT;
        };
    }

    private static int firstSignificantByte(BufferedInputStream in) throws IOException {
        in.mark(PEEK_LIMIT);
        try {
            int b;
            int read = 0;
            while ((b = in.read()) != -1 && read++ < PEEK_LIMIT) {
                boolean bom = b == 0xEF || b == 0xBB || b == 0xBF;
                if (!bom && b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                    return b;
                }
            }
            return -1;
        } finally {
            in.reset();
        }
    }
}
