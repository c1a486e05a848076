package org.newsevents.ingest.validation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.schemas.Article;

/**
 * Builds the {@link Article} for a valid {@link FeedItem}. Id: the feed's own {@code id} when it gives one
 * (trimmed; at most {@value #MAX_ID_LENGTH} characters, no control characters), so a feed that re-sends an
 * edited article under the same id replaces it in the compacted topic; otherwise the SHA-256 hex of the text
 * as UTF-8, so the same text always has the same id. {@code published} must be an ISO date
 * ({@code 2024-03-01}); an ISO date-time with offset ({@code 2024-03-01T10:00:00Z}) is accepted and reduced to
 * its date as written; anything else is refused INVALID_PUBLISHED. Source: the feed's {@code source}, else
 * where the input came from. Thread-safe.
 */
public final class ArticleFactory {
    public static final int MAX_ID_LENGTH = 256;

    public Article create(FeedItem item, String inputSource, String language, Instant receivedAt) throws InvalidArticleException {
        return Article.newBuilder()
            .setId(id(item))
            .setSource(blankToNull(item.source()) != null ? item.source().trim() : inputSource)
            .setUrl(blankToNull(item.url()))
            .setTitle(blankToNull(item.title()))
            .setPublished(published(item.published()))
            .setReceivedAt(receivedAt)
            .setText(item.text())
            .setLanguage(language)
            .setContentType(item.contentType())
            .build();
    }

    static String id(FeedItem item) throws InvalidArticleException {
        if (item.id() == null) {
            return ContentHash.sha256Hex(item.text());
        }
        String id = item.id().trim();
        if (id.isEmpty()) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "\"id\" is blank");
        }
        if (id.length() > MAX_ID_LENGTH) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "\"id\" is longer than " + MAX_ID_LENGTH + " characters");
        }
        if (id.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidArticleException(RejectReason.INVALID_FIELD, "\"id\" contains control characters");
        }
        return id;
    }

    static String published(String value) throws InvalidArticleException {
        if (blankToNull(value) == null) {
            return null;
        }
        String v = value.trim();
        try {
            return LocalDate.parse(v).toString();
        } catch (DateTimeParseException notADate) {
            try {
                return OffsetDateTime.parse(v).toLocalDate().toString();
            } catch (DateTimeParseException notADateTime) {
                throw new InvalidArticleException(RejectReason.INVALID_PUBLISHED,
                    "\"published\" is not an ISO date (YYYY-MM-DD) or date-time with offset: " + abbreviate(v));
            }
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
