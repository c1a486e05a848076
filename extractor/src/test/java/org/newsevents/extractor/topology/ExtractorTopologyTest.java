package org.newsevents.extractor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Granularity;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.SanctionsAction;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Speaker;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

class ExtractorTopologyTest {
    private static final String VERSION = "test-1";
    private final PlainEventSerdes serdes = new PlainEventSerdes();
    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> articles;
    private int extractions;

    /** A stand-in extraction: one event of each type per article; "reject" in the text rejects it. */
    private Extraction fakeExtract(Article a) {
        extractions++;
        if (a.getText().contains("reject")) {
            throw new ArticleRejectedException("NOT_ENGLISH", "language fra");
        }
        String id = a.getId();
        Statement s = Statement.newBuilder().setEventId(id + "-s").setArticleId(id).setSource(a.getSource())
            .setStart(0).setEnd(4).setQuote("text").setDirect(true)
            .setSpeaker(Speaker.newBuilder().setName("Matthew Miller").build()).setExtractorVersion(VERSION).build();
        DateMention d = DateMention.newBuilder().setEventId(id + "-d").setArticleId(id).setSource(a.getSource())
            .setStart(0).setEnd(4).setText("2023").setValue("2023").setGranularity(Granularity.YEAR)
            .setExtractorVersion(VERSION).build();
        SanctionsMention m = SanctionsMention.newBuilder().setEventId(id + "-m").setArticleId(id).setSource(a.getSource())
            .setStart(0).setEnd(4).setText("sanctions").setTrigger("sanctions").setAction(SanctionsAction.OTHER)
            .setTargets(List.of(Actor.newBuilder().setCode("PRK").setName("North Korea").build()))
            .setExtractorVersion(VERSION).build();
        ArticleSummary summary = ArticleSummary.newBuilder().setArticleId(id).setSource(a.getSource())
            .setPublishedFrom(PublishedFrom.RECEIVED).setStatementCount(1).setDateCount(1).setSanctionsCount(1)
            .setExtractorVersion(VERSION).build();
        return new Extraction(summary, List.of(s), List.of(d), List.of(m));
    }

    @BeforeEach
    void start() {
        Function<Article, Extraction> extract = this::fakeExtract;
        Topology topology = ExtractorTopology.build(serdes, () -> extract, VERSION);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(topology, props);
        articles = driver.createInputTopic(Topics.ARTICLES, Serdes.String().serializer(), Serdes.ByteArray().serializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private static Article article(String id, String text) {
        return Article.newBuilder().setId(id).setSource(id + ".txt").setReceivedAt(Instant.EPOCH).setText(text).build();
    }

    private void send(Article a) {
        articles.pipeInput(a.getId(), serdes.article().serializer().serialize(Topics.ARTICLES, a));
    }

    private <T> TestOutputTopic<String, T> out(String topic, org.apache.kafka.common.serialization.Serde<T> serde) {
        return driver.createOutputTopic(topic, Serdes.String().deserializer(), serde.deserializer());
    }

    @Test
    void routesEachEventTypeToItsTopicKeyedByArticleId() {
        send(article("a1", "some news"));

        assertThat(out(Topics.STATEMENTS, serdes.statement()).readKeyValuesToList())
            .singleElement().satisfies(kv -> assertThat(kv.key).isEqualTo("a1"));
        assertThat(out(Topics.DATES, serdes.date()).readValuesToList()).hasSize(1);
        assertThat(out(Topics.SANCTIONS, serdes.sanctions()).readValuesToList()).hasSize(1);
        assertThat(out(Topics.SUMMARIES, serdes.summary()).readValuesToList())
            .singleElement().satisfies(s -> assertThat(s.getArticleId()).isEqualTo("a1"));
        assertThat(out(Topics.DLQ, serdes.deadLetter()).isEmpty()).isTrue();
    }

    @Test
    void extractsAnArticleOnlyOncePerExtractorVersion() {
        send(article("a1", "some news"));
        send(article("a1", "some news"));

        assertThat(extractions).isEqualTo(1);
        assertThat(out(Topics.SUMMARIES, serdes.summary()).readValuesToList()).hasSize(1);
    }

    @Test
    void sendsPoisonBytesToTheDeadLetterTopicAndKeepsGoing() {
        articles.pipeInput("bad", new byte[] {0, 1, 2, 3, (byte) 0xff});
        send(article("a2", "more news"));

        List<DeadLetter> letters = out(Topics.DLQ, serdes.deadLetter()).readValuesToList();
        assertThat(letters).singleElement().satisfies(l -> {
            assertThat(l.getReason()).isEqualTo("DESERIALIZATION");
            assertThat(l.getStage()).isEqualTo("extractor");
            assertThat(l.getKey()).isEqualTo("bad");
            assertThat(l.getTopic()).isEqualTo(Topics.ARTICLES);
            assertThat(l.getOriginal().remaining()).isEqualTo(5);
        });
        assertThat(out(Topics.SUMMARIES, serdes.summary()).readValuesToList()).hasSize(1);
    }

    @Test
    void sendsRejectedArticlesToTheDeadLetterTopicWithTheirReason() {
        send(article("a3", "please reject me"));

        assertThat(out(Topics.DLQ, serdes.deadLetter()).readValuesToList()).singleElement()
            .satisfies(l -> {
                assertThat(l.getReason()).isEqualTo("NOT_ENGLISH");
                assertThat(l.getSource()).isEqualTo("a3.txt");
            });
        assertThat(out(Topics.SUMMARIES, serdes.summary()).isEmpty()).isTrue();
    }

    @Test
    void topologyShapeIsPinned() throws IOException {
        String described = ExtractorTopology.build(serdes, () -> this::fakeExtract, VERSION).describe().toString();
        // When the shape changes on purpose, copy this file over src/test/resources/.../topology.txt.
        java.nio.file.Files.writeString(java.nio.file.Path.of("target", "topology.actual.txt"), described);
        try (InputStream in = getClass().getResourceAsStream("topology.txt")) {
            assertThat(in).as("pinned topology resource").isNotNull();
            String pinned = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(described.strip()).isEqualTo(pinned.strip());
        }
    }
}
