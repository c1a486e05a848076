package org.newsevents.cli.tail;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.Schema;

/**
 * {@code --where field=value} conditions on an event's JSON, all of which must hold. A field is a dotted
 * path ({@code imposer.code}); where the path crosses an array, any element may match
 * ({@code targets.code=PRK}). Values compare as text, exactly ({@code direct=true}, {@code start=42},
 * {@code speaker.title=null} for an absent title).
 */
public final class WhereFilter {
    /** One {@code path=value}. */
    public record Condition(List<String> path, String value) {
        /** @throws IllegalArgumentException when the text is not {@code field[.field...]=value} */
        public static Condition parse(String text) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("--where '" + text + "': expected field=value, e.g. action=THREATEN");
            }
            List<String> path = Arrays.asList(text.substring(0, eq).trim().split("\\.", -1));
            if (path.stream().anyMatch(String::isEmpty)) {
                throw new IllegalArgumentException("--where '" + text + "': empty name in the dotted field path");
            }
            return new Condition(List.copyOf(path), text.substring(eq + 1));
        }

        public String field() {
            return String.join(".", path);
        }
    }

    private final List<Condition> conditions;

    private WhereFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    /** @throws IllegalArgumentException naming the first malformed expression */
    public static WhereFilter parse(List<String> expressions) {
        List<Condition> parsed = new ArrayList<>();
        for (String e : expressions) {
            parsed.add(Condition.parse(e));
        }
        return new WhereFilter(List.copyOf(parsed));
    }

    public List<Condition> conditions() {
        return conditions;
    }

    /**
     * Checks every field path against the event's Avro schema, so that a misspelt field is an error
     * instead of a filter that silently never matches.
     *
     * @throws IllegalArgumentException naming the field and the fields that exist there
     */
    public void validate(Schema schema) {
        for (Condition c : conditions) {
            Schema at = schema;
            for (String name : c.path()) {
                Schema record = recordIn(at);
                if (record == null) {
                    throw new IllegalArgumentException("--where " + c.field() + ": '" + name + "' is below a field that has no fields");
                }
                Schema.Field field = record.getField(name);
                if (field == null) {
                    throw new IllegalArgumentException("--where " + c.field() + ": " + record.getName() + " has no field '"
                        + name + "' (fields: " + String.join(", ", record.getFields().stream().map(Schema.Field::name).toList()) + ")");
                }
                at = field.schema();
            }
            Schema record = recordIn(at);
            if (record != null) {
                throw new IllegalArgumentException("--where " + c.field() + " is a record; name one of its fields: "
                    + String.join(", ", record.getFields().stream().map(Schema.Field::name).toList()));
            }
        }
    }

    /** The record a schema holds, looking through nullable unions and arrays; null when it holds none. */
    private static Schema recordIn(Schema schema) {
        switch (schema.getType()) {
            case RECORD:
                return schema;
            case ARRAY:
                return recordIn(schema.getElementType());
            case UNION:
                for (Schema branch : schema.getTypes()) {
                    Schema r = recordIn(branch);
                    if (r != null) {
                        return r;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    public boolean matches(JsonNode event) {
        for (Condition c : conditions) {
            if (!matches(event, c.path(), 0, c.value())) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(JsonNode node, List<String> path, int depth, String value) {
        if (node == null || node.isMissingNode()) {
            return false;
        }
        if (node.isArray()) {
            for (JsonNode element : node) {
                if (matches(element, path, depth, value)) {
                    return true;
                }
            }
            return false;
        }
        if (depth == path.size()) {
            if (node.isNull()) {
                return "null".equals(value);
            }
            return node.isValueNode() && node.asText().equals(value);
        }
        return node.isObject() && matches(node.get(path.get(depth)), path, depth + 1, value);
    }
}
