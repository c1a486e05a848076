package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewPartitions;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.bench.OffsetsAtEnd;
import org.newsevents.cli.bench.SyntheticCorpus;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.newsevents.sink.files.FileCompactor;
import org.newsevents.sink.files.SegmentLayout;
import org.newsevents.stack.testing.RealStack;

/**
 * Two extractor instances (one application id, own state directories) share a 6-partition articles
 * topic on a real broker and registry; one is closed half-way through 200 distinct articles (some of
 * its work in flight, more arriving on its partitions afterwards), the other takes over its
 * partitions, and the file sink holds every article's summary and events exactly once.
 */
class ScaleOutIT {
    private static final int ARTICLES = 200;
    private static final int PARTITIONS = 6;
    private static final Duration TIMEOUT = Duration.ofSeconds(300);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENT_TOPICS = List.of(Topics.STATEMENTS, Topics.DATES, Topics.SANCTIONS);

    @TempDir
    Path work;

    private Settings settings(String app, org.apache.kafka.common.config.ConfigDef definition, Map<String, String> more) {
        RealStack stack = RealStack.get();
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        flags.put(CommonConfig.REGISTRY_URL, stack.registryUrl());
        flags.putAll(more);
        return new SettingsLoader(definition, Map.of()).load(app, work.resolve("no-config"), flags);
    }

    private Settings extractorSettings(String appId, String stateDir) {
        return settings(ExtractorConfig.APP, ExtractorConfig.define(), Map.of(ExtractorConfig.APPLICATION_ID, appId,
            ExtractorConfig.STATE_DIR, work.resolve(stateDir).toString(), ExtractorConfig.PARTITIONS, String.valueOf(PARTITIONS)));
    }

    @Test
    void twoInstancesShareTheTopicAndTheSurvivorFinishesEveryArticleExactlyOnce() throws Exception {
        String appId = "scale-out-" + UUID.randomUUID();
        Settings first = extractorSettings(appId, "streams-a");
        Settings second = extractorSettings(appId, "streams-b");
        Path out = work.resolve("out");
        Settings sinkSettings = settings(SinkConfig.APP, SinkConfig.define(), Map.of(SinkConfig.TO, out.toString(),
            SinkConfig.GROUP_ID, "scale-out-sink-" + UUID.randomUUID(), SinkConfig.ROLL_MS, "200"));
        Settings ingestSettings = settings(IngestConfig.APP, IngestConfig.define(), Map.of());
        createTopicsWithSixPartitions(first);
        // Other tests of this JVM may have left articles: the extractors start after them. (The file sink reads
        // every event topic from the start into its empty directory; the checks below look at this test's ids.)
        OffsetsAtEnd.commit(first, appId, List.of(Topics.ARTICLES));

        List<Article> articles = SyntheticCorpus.build(SyntheticCorpus.readSeeds(Path.of("..", "corpus")), 0, ARTICLES);
        Set<String> ids = articles.stream().map(Article::getId).collect(Collectors.toSet());
        Set<String> summarized = ConcurrentHashMap.newKeySet();
        EventSink sink = EventSinks.create(sinkSettings);
        sink.addCommitListener(summaries -> summaries.forEach(s -> summarized.add(s.getArticleId())));
        Thread sinkThread = new Thread(sink::run, "scale-out-sink");
        sinkThread.start();

        Extractors extractors = Extractors.fromSettings(first);
        ExtractorApp a = ExtractorApp.start(first, extractors::newExtractionFunction, extractors.version());
        try (ExtractorApp b = ExtractorApp.start(second, extractors::newExtractionFunction, extractors.version());
             ArticlePublisher publisher = ArticlePublisher.create(ingestSettings)) {
            assertThat(a.awaitRunning(TIMEOUT)).isTrue();
            assertThat(b.awaitRunning(TIMEOUT)).isTrue();
            awaitUntil(() -> activeTasks(a) > 0 && activeTasks(b) > 0 && activeTasks(a) + activeTasks(b) == PARTITIONS,
                "both instances to own part of the " + PARTITIONS + " partitions");

            // First half, then the first instance leaves while it still has work in flight; the second half
            // then also lands on the partitions it owned, which only the survivor can process.
            List<Article> firstHalf = articles.subList(0, ARTICLES / 2);
            List<Article> secondHalf = articles.subList(ARTICLES / 2, ARTICLES);
            firstHalf.forEach(publisher::publish);
            publisher.flush();
            awaitUntil(() -> mine(summarized, ids) >= ARTICLES / 4, "a quarter of the summaries");
            Set<Integer> leftBehind = partitions(a);
            a.close();
            secondHalf.forEach(publisher::publish);
            publisher.flush();
            assertThat(secondHalf.stream().filter(x -> leftBehind.contains(partitionOf(x.getId()))))
                .as("articles sent to the partitions of the instance that left").isNotEmpty();
            awaitUntil(() -> activeTasks(b) == PARTITIONS, "the survivor to own every partition");
            awaitUntil(() -> mine(summarized, ids) == ARTICLES, "every summary after the hand-over");
            awaitUntil(sink::caughtUp, "the sink to catch up");
        } finally {
            a.close();
            sink.stop();
            sinkThread.join();
        }

        assertSinkHoldsEachArticleOnce(out, ids);
        FileCompactor.compact(out);
        assertThat(lines(out.resolve("articles.jsonl")).stream().filter(s -> ids.contains(s.get("articleId").asText())))
            .hasSize(ARTICLES);
    }

    /** Raw segments, before compaction (which would hide duplicates): one summary per article, events once, counts equal. */
    private static void assertSinkHoldsEachArticleOnce(Path out, Set<String> ids) throws IOException {
        List<JsonNode> summaries = segmentLines(out, Topics.SUMMARIES, ids);
        assertThat(summaries).hasSize(ARTICLES);
        assertThat(summaries.stream().map(s -> s.get("articleId").asText()).distinct()).hasSize(ARTICLES);
        Map<String, Map<String, Long>> counts = new HashMap<>();
        for (String topic : EVENT_TOPICS) {
            List<JsonNode> events = segmentLines(out, topic, ids);
            assertThat(events).as(topic).isNotEmpty();
            assertThat(events.stream().map(e -> e.get("eventId").asText()).distinct().count())
                .as("no event twice in " + topic).isEqualTo(events.size());
            counts.put(topic, events.stream().collect(Collectors.groupingBy(e -> e.get("articleId").asText(), Collectors.counting())));
        }
        for (JsonNode s : summaries) {
            String id = s.get("articleId").asText();
            assertThat(counts.get(Topics.STATEMENTS).getOrDefault(id, 0L)).as("statements of " + id).isEqualTo(s.get("statementCount").asLong());
            assertThat(counts.get(Topics.DATES).getOrDefault(id, 0L)).as("dates of " + id).isEqualTo(s.get("dateCount").asLong());
            assertThat(counts.get(Topics.SANCTIONS).getOrDefault(id, 0L)).as("sanctions of " + id).isEqualTo(s.get("sanctionsCount").asLong());
        }
    }

    private static void createTopicsWithSixPartitions(Settings settings) throws Exception {
        TopicAdmin.ensureTopics(settings, PARTITIONS, (short) 1);
        // A topic another test created with fewer partitions is grown, so two instances have work to share.
        try (Admin admin = Admin.create(KafkaClients.base(settings))) {
            int now = admin.describeTopics(List.of(Topics.ARTICLES)).allTopicNames().get().get(Topics.ARTICLES).partitions().size();
            if (now < PARTITIONS) {
                admin.createPartitions(Map.of(Topics.ARTICLES, NewPartitions.increaseTo(PARTITIONS))).all().get();
            }
        }
    }

    private static int activeTasks(ExtractorApp app) {
        return app.streams().metadataForLocalThreads().stream().mapToInt(t -> t.activeTasks().size()).sum();
    }

    private static Set<Integer> partitions(ExtractorApp app) {
        return app.streams().metadataForLocalThreads().stream().flatMap(t -> t.activeTasks().stream())
            .flatMap(t -> t.topicPartitions().stream()).map(org.apache.kafka.common.TopicPartition::partition)
            .collect(Collectors.toSet());
    }

    /** The producer's partition for a key (murmur2, as the default partitioner does). */
    private static int partitionOf(String key) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % PARTITIONS;
    }

    private static long mine(Set<String> summarized, Set<String> ids) {
        return summarized.stream().filter(ids::contains).count();
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(100);
        }
    }

    private static List<JsonNode> segmentLines(Path out, String topic, Set<String> ids) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        Path dir = SegmentLayout.segmentDir(out, topic);
        if (!Files.isDirectory(dir)) {
            return nodes;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                for (JsonNode n : lines(f)) {
                    if (ids.contains(n.get("articleId").asText())) {
                        nodes.add(n);
                    }
                }
            }
        }
        return nodes;
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                nodes.add(JSON.readTree(line));
            }
        }
        return nodes;
    }
}
