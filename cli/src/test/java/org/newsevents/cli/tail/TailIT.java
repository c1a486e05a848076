package org.newsevents.cli.tail;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.cli.CliRun;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.SanctionsAction;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/** {@code tail} on a real broker and registry: registry-framed events in, filtered JSON lines out. */
class TailIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static RealStack stack;
    private static Settings settings;

    @BeforeAll
    static void topics() {
        stack = RealStack.get();
        settings = Settings.of(Map.of(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers(),
            CommonConfig.REGISTRY_URL, stack.registryUrl()));
        TopicAdmin.ensureTopics(settings, 2, (short) 1);
    }

    private static SanctionsMention mention(String articleId, String eventId, SanctionsAction action, String imposer,
                                            String... targets) {
        List<Actor> actors = new ArrayList<>();
        for (String t : targets) {
            actors.add(Actor.newBuilder().setCode(t).setName(t).build());
        }
        return SanctionsMention.newBuilder().setEventId(eventId).setArticleId(articleId).setSource("tail-it")
            .setStart(0).setEnd(10).setText("sanctions text").setTrigger("sanctions").setAction(action)
            .setImposer(Actor.newBuilder().setCode(imposer).setName(imposer).build()).setTargets(actors)
            .setDate(null).setExtractorVersion("tail-it").build();
    }

    /** A transactional producer, like the extractor's: tail must show committed events only. */
    private static KafkaProducer<String, SanctionsMention> producer() {
        Map<String, Object> props = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
            ProducerConfig.TRANSACTIONAL_ID_CONFIG, "tail-it-" + UUID.randomUUID());
        KafkaProducer<String, SanctionsMention> producer = new KafkaProducer<>(props, new StringSerializer(),
            RegistrySerdes.<SanctionsMention>serializer(settings));
        producer.initTransactions();
        return producer;
    }

    private static void send(KafkaProducer<String, SanctionsMention> producer, boolean commit, SanctionsMention... events)
            throws Exception {
        producer.beginTransaction();
        for (SanctionsMention e : events) {
            producer.send(new ProducerRecord<>(Topics.SANCTIONS, e.getArticleId(), e)).get();
        }
        if (commit) {
            producer.commitTransaction();
        } else {
            producer.abortTransaction();
        }
    }

    private static String[] tail(String... more) {
        List<String> args = new ArrayList<>(List.of("tail"));
        args.addAll(List.of(more));
        args.addAll(List.of("--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", "target/no-config"));
        return args.toArray(String[]::new);
    }

    private static List<JsonNode> lines(String out) throws Exception {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : out.split("\n")) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }

    @Test
    void printsCommittedEventsMatchingEveryWhereFromTheBeginning() throws Exception {
        String article = "tail-it-" + UUID.randomUUID();
        try (KafkaProducer<String, SanctionsMention> producer = producer()) {
            send(producer, true,
                mention(article, "a", SanctionsAction.THREATEN, "USA", "PRK"),
                mention(article, "b", SanctionsAction.IMPOSE, "EU", "RUS"),
                mention(article, "c", SanctionsAction.THREATEN, "USA", "RUS", "IRN"));
            send(producer, false, mention(article, "aborted", SanctionsAction.THREATEN, "USA", "PRK"));
        }

        CliRun threats = CliRun.of(tail("sanctions", "--from-beginning", "--where", "articleId=" + article,
            "--where", "action=THREATEN", "--where", "imposer.code=USA", "--timeout", "10"));
        assertThat(threats.exitCode()).isZero();
        List<JsonNode> printed = lines(threats.out());
        assertThat(printed).extracting(n -> n.get("eventId").asText()).containsExactly("a", "c");
        assertThat(printed.get(0).get("imposer").get("code").asText()).isEqualTo("USA");
        assertThat(printed.get(0).get("action").asText()).isEqualTo("THREATEN");

        CliRun anyTarget = CliRun.of(tail("sanctions", "--from-beginning", "--where", "articleId=" + article,
            "--where", "targets.code=RUS", "--max", "2", "--timeout", "60"));
        assertThat(anyTarget.exitCode()).isZero();
        assertThat(lines(anyTarget.out())).extracting(n -> n.get("eventId").asText()).containsExactly("b", "c");
    }

    @Test
    void printsNewEventsAsTheyArrive() throws Exception {
        String article = "tail-it-live-" + UUID.randomUUID();
        CompletableFuture<CliRun> tail = CompletableFuture.supplyAsync(() -> CliRun.of(
            tail("sanctions", "--where", "articleId=" + article, "--max", "1", "--timeout", "120")));
        // The tail starts at the end: keep sending until it has seen one (its start time is not observable).
        try (KafkaProducer<String, SanctionsMention> producer = producer()) {
            for (int i = 0; !tail.isDone() && i < 200; i++) {
                send(producer, true, mention(article, "live-" + i, SanctionsAction.LIFT, "EU", "IRN"));
                Thread.sleep(500);
            }
        }
        CliRun run = tail.get(130, TimeUnit.SECONDS);
        assertThat(run.exitCode()).isZero();
        List<JsonNode> printed = lines(run.out());
        assertThat(printed).hasSize(1);
        assertThat(printed.get(0).get("articleId").asText()).isEqualTo(article);
        assertThat(printed.get(0).get("action").asText()).isEqualTo("LIFT");
    }

    @Test
    void misspeltWhereFieldIsAUsageError() {
        CliRun run = CliRun.of(tail("sanctions", "--where", "actoin=THREATEN", "--max", "1"));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
    }
}
