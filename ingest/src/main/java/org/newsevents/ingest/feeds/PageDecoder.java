package org.newsevents.ingest.feeds;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsevents.ingest.validation.TextDecoder;

/**
 * Turns a fetched page's bytes into its HTML text, unchanged. The charset comes, as browsers take it, from a
 * byte order mark, else the HTTP {@code charset}, else a {@code <meta charset>} / {@code http-equiv} declaration
 * in the first 1024 bytes (the HTML spec's prescan, reduced to a pattern: the raw markup must be kept as sent,
 * so a parser that re-serialises the document cannot do it), else UTF-8. Unlike plain-text input, a web page
 * declares its charset, so decoding a legacy one is reading, not guessing.
 */
final class PageDecoder {
    private static final int PRESCAN_BYTES = 1024;
    private static final Pattern META_CHARSET = Pattern.compile(
        "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private PageDecoder() {
    }

    static String decode(byte[] body, Optional<Charset> declared) {
        if (TextDecoder.startsWith(body, 0xEF, 0xBB, 0xBF)) {
            return new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        }
        if (TextDecoder.startsWith(body, 0xFE, 0xFF)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16BE);
        }
        if (TextDecoder.startsWith(body, 0xFF, 0xFE)) {
            return new String(body, 2, body.length - 2, StandardCharsets.UTF_16LE);
        }
        Charset charset = declared.or(() -> metaCharset(body)).orElse(StandardCharsets.UTF_8);
        return new String(body, charset);
    }

    static Optional<Charset> metaCharset(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(m.group(1)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }

    /** A page served without a content type is taken for HTML when it has no NUL byte near its start. */
    static boolean looksLikeText(byte[] body) {
        for (int i = 0; i < Math.min(body.length, PRESCAN_BYTES); i++) {
            if (body[i] == 0) {
                return false;
            }
        }
        return true;
    }
}
