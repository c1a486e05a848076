package org.newsevents.common.config;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.types.Password;

/** An app's resolved, validated settings (see {@link SettingsLoader} for precedence). */
public final class Settings {
    private final Map<String, Object> values;
    private final Map<String, String> clientPassthrough;

    Settings(Map<String, Object> values, Map<String, String> clientPassthrough) {
        this.values = Collections.unmodifiableMap(values);
        this.clientPassthrough = Map.copyOf(clientPassthrough);
    }

    /** For tests and programmatic use: settings from already-typed values. */
    public static Settings of(Map<String, Object> values) {
        return new Settings(new java.util.HashMap<>(values), Map.of());
    }

    /** A copy with one value replaced, for a command that derives a setting (e.g. replay's application id). */
    public Settings with(String key, Object value) {
        Map<String, Object> copy = new java.util.HashMap<>(values);
        copy.put(key, value);
        return new Settings(copy, clientPassthrough);
    }

    public String string(String key) {
        Object v = values.get(key);
        if (v instanceof Password p) {
            return p.value();
        }
        return v == null ? null : v.toString();
    }

    public int integer(String key) {
        return ((Number) values.get(key)).intValue();
    }

    public long longValue(String key) {
        return ((Number) values.get(key)).longValue();
    }

    public boolean bool(String key) {
        return (Boolean) values.get(key);
    }

    @SuppressWarnings("unchecked")
    public List<String> list(String key) {
        return (List<String>) values.get(key);
    }

    public boolean has(String key) {
        return values.get(key) != null;
    }

    /** Client settings given as {@code kafka.<client key>}, prefix removed. */
    public Map<String, String> clientPassthrough() {
        return clientPassthrough;
    }

    /** For start-up logs: every value, passwords hidden. */
    @Override
    public String toString() {
        return new java.util.TreeMap<>(values).toString();
    }
}
