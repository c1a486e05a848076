package org.newsevents.sink;

import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.Granularity;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.SanctionsAction;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Speaker;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

/** Small, valid events for tests; ids follow the article and version like the extractor's do. */
public final class TestEvents {
    private TestEvents() {
    }

    public static String id(String article, String version, String kind, int n) {
        return article + "-" + version + "-" + kind + n;
    }

    public static Statement statement(String article, String version, int n) {
        return Statement.newBuilder().setEventId(id(article, version, "s", n)).setArticleId(article).setSource(article + ".txt")
            .setStart(10 * n).setEnd(10 * n + 5).setQuote("quote " + n).setDirect(true)
            .setSpeaker(Speaker.newBuilder().setName("Jane Doe").setTitle("minister").setCode("USA").build())
            .setCue("said").setDate("2024-05-24").setExtractorVersion(version).build();
    }

    public static DateMention date(String article, String version, int n) {
        return DateMention.newBuilder().setEventId(id(article, version, "d", n)).setArticleId(article).setSource(article + ".txt")
            .setStart(10 * n).setEnd(10 * n + 8).setText("May 2024").setValue("2024-05").setGranularity(Granularity.MONTH)
            .setExtractorVersion(version).build();
    }

    public static SanctionsMention sanction(String article, String version, int n) {
        return SanctionsMention.newBuilder().setEventId(id(article, version, "x", n)).setArticleId(article).setSource(article + ".txt")
            .setStart(10 * n).setEnd(10 * n + 9).setText("imposed sanctions on Iran").setTrigger("imposed sanctions")
            .setAction(SanctionsAction.IMPOSE).setImposer(Actor.newBuilder().setCode("USA").setName("Washington").build())
            .setTargets(List.of(Actor.newBuilder().setCode("IRN").setName("Iran").build(),
                Actor.newBuilder().setCode(null).setName("entities").build()))
            .setDate(null).setExtractorVersion(version).build();
    }

    public static ArticleSummary summary(String article, String version, int statements, int dates, int sanctions) {
        return ArticleSummary.newBuilder().setArticleId(article).setSource(article + ".txt").setPublished("2024-05-24")
            .setPublishedFrom(PublishedFrom.TEXT).setHeadline("Headline of " + article).setStatementCount(statements)
            .setDateCount(dates).setSanctionsCount(sanctions).setExtractorVersion(version).build();
    }

    /** The article's events and its summary: {@code n} of each event type. */
    public static List<SpecificRecord> article(String article, String version, int n) {
        List<SpecificRecord> out = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(statement(article, version, i));
            out.add(date(article, version, i));
            out.add(sanction(article, version, i));
        }
        out.add(summary(article, version, n, n, n));
        return out;
    }

    public static String topicOf(SpecificRecord r) {
        if (r instanceof Statement) {
            return Topics.STATEMENTS;
        } else if (r instanceof DateMention) {
            return Topics.DATES;
        } else if (r instanceof SanctionsMention) {
            return Topics.SANCTIONS;
        }
        return Topics.SUMMARIES;
    }

    /** Wraps records as if consumed: partition 0 of their topic, offsets counting per topic from {@code start}. */
    public static List<SinkRecord> consumed(List<SpecificRecord> records, long start) {
        java.util.Map<String, Long> next = new java.util.HashMap<>();
        List<SinkRecord> out = new java.util.ArrayList<>();
        for (SpecificRecord r : records) {
            String topic = topicOf(r);
            long offset = next.merge(topic, start, (a, b) -> a + 1);
            out.add(new SinkRecord(new TopicPartition(topic, 0), offset, EventFields.articleId(r), r, new byte[0]));
        }
        return out;
    }
}
