package org.newsevents.cli.tail;

import java.util.Arrays;
import java.util.Locale;
import org.apache.avro.Schema;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

/** What {@code tail} can follow: each event type by its short name, with its topic and schema. */
public enum TailTopic {
    STATEMENTS(Topics.STATEMENTS, Statement.getClassSchema()),
    DATES(Topics.DATES, DateMention.getClassSchema()),
    SANCTIONS(Topics.SANCTIONS, SanctionsMention.getClassSchema()),
    /** The per-article summaries (news.events.articles), not the raw articles. */
    ARTICLES(Topics.SUMMARIES, ArticleSummary.getClassSchema());

    private final String topic;
    private final Schema schema;

    TailTopic(String topic, Schema schema) {
        this.topic = topic;
        this.schema = schema;
    }

    public String topic() {
        return topic;
    }

    public Schema schema() {
        return schema;
    }

    public String shortName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException listing the names there are */
    public static TailTopic parse(String name) {
        return Arrays.stream(values()).filter(t -> t.shortName().equals(name.toLowerCase(Locale.ROOT))).findFirst()
            .orElseThrow(() -> new IllegalArgumentException("unknown event type '" + name + "' (one of "
                + String.join(", ", Arrays.stream(values()).map(TailTopic::shortName).toList()) + ")"));
    }
}
