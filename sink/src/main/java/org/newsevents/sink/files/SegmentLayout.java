package org.newsevents.sink.files;

import java.nio.file.Path;
import org.newsevents.schemas.Topics;

/** Where each topic's files live; every name comes from the topic name, never from event content. */
public final class SegmentLayout {
    public static final String SEGMENTS = "segments";

    private SegmentLayout() {
    }

    /** The last dot-separated part of the topic name: {@code news.events.statements} -> {@code statements}. */
    public static String typeName(String topic) {
        for (int i = 0; i < topic.length(); i++) {
            char c = topic.charAt(i);
            boolean legal = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
            if (!legal) {
                throw new IllegalArgumentException("not a legal topic name: " + topic);
            }
        }
        String type = topic.substring(topic.lastIndexOf('.') + 1);
        if (type.isEmpty() || type.startsWith("-")) {
            throw new IllegalArgumentException("cannot derive a file name from topic " + topic);
        }
        return type;
    }

    public static Path segmentDir(Path root, String topic) {
        return root.resolve(SEGMENTS).resolve(typeName(topic));
    }

    /** The compacted output of a topic, e.g. {@code DIR/statements.jsonl}. */
    public static Path output(Path root, String topic) {
        return root.resolve(typeName(topic) + ".jsonl");
    }

    /** Summaries are compacted to {@code articles.jsonl}. */
    public static Path articles(Path root) {
        return output(root, Topics.SUMMARIES);
    }
}
