package org.newsevents.ingest.http;

import java.util.Locale;

/**
 * The accepted request media types: {@code text/plain} (one article), {@code text/html} (one web page) and {@code application/json} (one
 * object {@code {"text", "id"?, "source"?, "url"?, "title"?, "published"?}}). A charset parameter, if
 * given, must be UTF-8 (or its subset US-ASCII): ingest does not transcode legacy charsets.
 */
enum BodyType {
    TEXT, JSON, HTML;

    /** The body type of a Content-Type header; throws {@link Unsupported} with the reason for anything else. */
    static BodyType of(String contentType) throws Unsupported {
        if (contentType == null || contentType.isBlank()) {
            throw new Unsupported("Content-Type is missing; use text/plain, text/html or application/json");
        }
        String[] parts = contentType.split(";");
        String media = parts[0].trim().toLowerCase(Locale.ROOT);
        BodyType type = switch (media) {
            case "text/plain" -> TEXT;
            case "application/json" -> JSON;
            case "text/html", "application/xhtml+xml" -> HTML;
            default -> throw new Unsupported("media type " + media + " is not supported; use text/plain, text/html or application/json");
        };
        for (int i = 1; i < parts.length; i++) {
            String[] param = parts[i].trim().split("=", 2);
            if (param.length == 2 && param[0].trim().equalsIgnoreCase("charset")) {
                String charset = param[1].trim().replace("\"", "").toLowerCase(Locale.ROOT);
                if (!charset.equals("utf-8") && !charset.equals("utf8") && !charset.equals("us-ascii")) {
                    throw new Unsupported("charset " + charset + " is not supported; send UTF-8");
                }
            }
        }
        return type;
    }

    /** A media type or charset ingest does not take. */
    static final class Unsupported extends Exception {
        Unsupported(String message) {
            super(message, null, false, false);
        }
    }
}
