package org.newsevents.extractor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.Granularity;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.Speaker;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

/** What the extractor's processor counts, driven through the real topology (TopologyTestDriver). */
class ExtractorMetricsTest {
    private static final String VERSION = "test-1";
    private final PlainEventSerdes serdes = new PlainEventSerdes();
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;

    /** Two statements and one date per article; "reject" rejects it, "crash" breaks a rule. */
    private static Extraction fakeExtract(Article a) {
        if (a.getText().contains("reject")) {
            throw new ArticleRejectedException("NOT_ENGLISH", "language is 'fra'");
        }
        if (a.getText().contains("crash")) {
            throw new IllegalStateException("rule broke on: " + a.getText());
        }
        String id = a.getId();
        Statement s1 = statement(id, "-s1");
        Statement s2 = statement(id, "-s2");
        DateMention d = DateMention.newBuilder().setEventId(id + "-d").setArticleId(id).setSource(a.getSource())
            .setStart(0).setEnd(4).setText("2023").setValue("2023").setGranularity(Granularity.YEAR)
            .setExtractorVersion(VERSION).build();
        ArticleSummary summary = ArticleSummary.newBuilder().setArticleId(id).setSource(a.getSource())
            .setPublishedFrom(PublishedFrom.RECEIVED).setStatementCount(2).setDateCount(1).setSanctionsCount(0)
            .setExtractorVersion(VERSION).build();
        return new Extraction(summary, List.of(s1, s2), List.of(d), List.of());
    }

    private static Statement statement(String id, String suffix) {
        return Statement.newBuilder().setEventId(id + suffix).setArticleId(id).setSource(id)
            .setStart(0).setEnd(4).setQuote("text").setDirect(true)
            .setSpeaker(Speaker.newBuilder().setName("Matthew Miller").build()).setExtractorVersion(VERSION).build();
    }

    @BeforeEach
    void start() {
        Function<Article, Extraction> extract = ExtractorMetricsTest::fakeExtract;
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "metrics-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(ExtractorTopology.build(serdes, () -> extract, VERSION, registry), props);
        articles = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private void send(String id, String text) {
        Article a = Article.newBuilder().setId(id).setSource(id + ".txt").setReceivedAt(Instant.EPOCH).setText(text).build();
        articles.pipeInput(id, serdes.article().serializer().serialize(Topics.ARTICLES, a));
    }

    private double count(String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void countsArticlesInExtractedAndEventsPerType() {
        send("a1", "some news");
        send("a2", "more news");

        assertThat(count(ExtractorMetrics.ARTICLES_IN)).isEqualTo(2);
        assertThat(count(ExtractorMetrics.ARTICLES_EXTRACTED)).isEqualTo(2);
        assertThat(count(ExtractorMetrics.EVENTS, "type", "statements")).isEqualTo(4);
        assertThat(count(ExtractorMetrics.EVENTS, "type", "dates")).isEqualTo(2);
        assertThat(count(ExtractorMetrics.EVENTS, "type", "sanctions")).isZero();
        Timer timer = registry.find(ExtractorMetrics.DURATION).tag("outcome", "extracted").timer();
        assertThat(timer).isNotNull();
        assertThat(timer.count()).isEqualTo(2);
    }

    @Test
    void countsDuplicatesDroppedWithoutExtractingThemAgain() {
        send("a1", "some news");
        send("a1", "some news");

        assertThat(count(ExtractorMetrics.ARTICLES_IN)).isEqualTo(2);
        assertThat(count(ExtractorMetrics.ARTICLES_EXTRACTED)).isEqualTo(1);
        assertThat(count(ExtractorMetrics.DUPLICATES)).isEqualTo(1);
        assertThat(count(ExtractorMetrics.EVENTS, "type", "statements")).isEqualTo(2);
    }

    @Test
    void countsDeadLettersByReason() {
        articles.pipeInput("bad", new byte[] {0, 1, 2, 3, (byte) 0xff});
        send("r1", "please reject me");
        send("c1", "crash here");

        assertThat(count(ExtractorMetrics.ARTICLES_IN)).isEqualTo(3);
        assertThat(count(ExtractorMetrics.ARTICLES_EXTRACTED)).isZero();
        assertThat(count(ExtractorMetrics.DEAD_LETTERS, "reason", "DESERIALIZATION")).isEqualTo(1);
        assertThat(count(ExtractorMetrics.DEAD_LETTERS, "reason", "NOT_ENGLISH")).isEqualTo(1);
        assertThat(count(ExtractorMetrics.DEAD_LETTERS, "reason", "EXTRACTION_ERROR")).isEqualTo(1);
        assertThat(registry.find(ExtractorMetrics.DURATION).tag("outcome", "rejected").timer().count()).isEqualTo(1);
        assertThat(registry.find(ExtractorMetrics.DURATION).tag("outcome", "failed").timer().count()).isEqualTo(1);
    }
}
