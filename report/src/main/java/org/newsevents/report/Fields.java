package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;

/** Reading the events' JSON fields leniently: a missing or null field is null, never an exception. */
final class Fields {
    private Fields() {
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    static int integer(JsonNode node, String field) {
        return node.path(field).asInt(-1);
    }

    /** How an actor is shown: its code (USA, EU, OTHER...) or, without one, its name as the text gives it. */
    static String actor(JsonNode actor) {
        if (actor == null || actor.isNull() || actor.isMissingNode()) {
            return null;
        }
        String code = text(actor, "code");
        return code != null && !"OTHER".equals(code) ? code : text(actor, "name");
    }
}
