package org.newsevents.sink;

import java.io.IOException;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

/**
 * Turns a value's bytes into the event its topic carries, through the registry. The consumer reads
 * raw bytes so that one undecodable value becomes a dead letter instead of stopping the sink.
 */
public final class EventDecoder implements AutoCloseable {
    private static final Map<String, Class<? extends SpecificRecord>> TYPES = Map.of(
        Topics.STATEMENTS, Statement.class,
        Topics.DATES, DateMention.class,
        Topics.SANCTIONS, SanctionsMention.class,
        Topics.SUMMARIES, ArticleSummary.class);

    private final Deserializer<SpecificRecord> deserializer;

    public EventDecoder(Deserializer<SpecificRecord> deserializer) {
        this.deserializer = deserializer;
    }

    /** The event class a topic carries. */
    public static Class<? extends SpecificRecord> typeOf(String topic) {
        Class<? extends SpecificRecord> type = TYPES.get(topic);
        if (type == null) {
            throw new IllegalArgumentException("not an event topic: " + topic);
        }
        return type;
    }

    /**
     * @throws UndecodableException when these bytes can never be read as the topic's event
     * @throws RegistryUnavailableException when the registry could not be reached (try again later)
     */
    public SpecificRecord decode(String topic, byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new UndecodableException("empty value (tombstone) on an event topic");
        }
        Object value;
        try {
            value = deserializer.deserialize(topic, bytes);
        } catch (RuntimeException e) {
            if (causedByIo(e)) {
                throw new RegistryUnavailableException("schema registry unreachable: " + e.getMessage(), e);
            }
            throw new UndecodableException(describe(e));
        }
        Class<? extends SpecificRecord> expected = typeOf(topic);
        if (!expected.isInstance(value)) {
            throw new UndecodableException("expected " + expected.getSimpleName() + " on " + topic + " but read "
                + (value == null ? "null" : value.getClass().getName()));
        }
        return expected.cast(value);
    }

    private static boolean causedByIo(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            // Avro reports bytes that end too early (a truncated record) as EOFException: that is poison, not an
            // unreachable registry, and retrying it would stall the sink forever.
            if (t instanceof IOException && !(t instanceof java.io.EOFException)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable e) {
        StringBuilder sb = new StringBuilder();
        for (Throwable t = e; t != null && sb.length() < 1000; t = t.getCause()) {
            if (sb.length() > 0) {
                sb.append(" <- ");
            }
            sb.append(t.getClass().getSimpleName()).append(": ").append(t.getMessage());
        }
        return sb.toString();
    }

    @Override
    public void close() {
        deserializer.close();
    }

    /** The bytes are not an event of the topic's type. */
    public static final class UndecodableException extends RuntimeException {
        public UndecodableException(String message) {
            super(message);
        }
    }

    /** The registry is down: the same bytes may decode later. */
    public static final class RegistryUnavailableException extends TargetUnavailableException {
        public RegistryUnavailableException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
