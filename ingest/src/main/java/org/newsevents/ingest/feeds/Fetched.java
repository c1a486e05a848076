package org.newsevents.ingest.feeds;

import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;

/**
 * A response: the URL it finally came from (after redirects), its body (empty for 304), the validators for the
 * next conditional request and the declared content type.
 */
public record Fetched(URI url, int status, byte[] body, String contentType, String etag, String lastModified) {
    public boolean notModified() {
        return status == 304;
    }

    /** The media type without parameters, lower case; empty when none was declared. */
    public String mediaType() {
        if (contentType == null) {
            return "";
        }
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    /** The {@code charset} parameter of the content type, when it names a charset this JVM knows. */
    public Optional<Charset> charset() {
        if (contentType == null) {
            return Optional.empty();
        }
        for (String part : contentType.split(";")) {
            String p = part.trim();
            if (p.regionMatches(true, 0, "charset=", 0, 8)) {
                String name = p.substring(8).replace("\"", "").replace("'", "").trim();
                try {
                    return Optional.of(Charset.forName(name));
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return Optional.empty();
                }
            }
        }
        return Optional.empty();
    }
}
