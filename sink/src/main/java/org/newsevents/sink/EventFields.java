package org.newsevents.sink;

import org.apache.avro.Schema;
import org.apache.avro.specific.SpecificRecord;
import org.newsevents.schemas.ArticleSummary;

/** The fields every event shares (eventId, articleId, extractorVersion), read the same way from any event type. */
public final class EventFields {
    private EventFields() {
    }

    public static String articleId(SpecificRecord r) {
        return text(r, "articleId");
    }

    /** The event id; for an {@link ArticleSummary} (one per article) the article id. */
    public static String eventId(SpecificRecord r) {
        return r instanceof ArticleSummary s ? s.getArticleId() : text(r, "eventId");
    }

    public static String extractorVersion(SpecificRecord r) {
        return text(r, "extractorVersion");
    }

    private static String text(SpecificRecord r, String field) {
        Schema.Field f = r.getSchema().getField(field);
        if (f == null) {
            throw new IllegalArgumentException(r.getSchema().getFullName() + " has no field " + field);
        }
        Object v = r.get(f.pos());
        return v == null ? null : v.toString();
    }
}
