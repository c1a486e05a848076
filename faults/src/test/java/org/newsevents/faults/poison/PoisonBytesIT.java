package org.newsevents.faults.poison;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DeadLetterTail;
import org.newsevents.faults.support.DistinctArticles;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.InProcessPipeline;
import org.newsevents.faults.support.SinkOutput;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/**
 * Poison bytes on {@code news.articles} and on every event topic, on every partition: not Avro, the Confluent
 * frame with a schema id the registry does not know, and a truncated Avro record. The extractor and the sink
 * dead-letter each with reason DESERIALIZATION and go on: good articles ingested after the poison come through.
 */
class PoisonBytesIT {
    @TempDir
    Path work;

    @Test
    void poisonOnArticlesAndEventTopicsIsDeadLetteredAndGoodRecordsAfterItArrive() throws Exception {
        RealStack stack = FaultStack.stack();
        String run = UUID.randomUUID().toString().substring(0, 8);
        Settings settings = FaultStack.ingest(stack, Map.of());
        Map<String, String> expectedStage = new LinkedHashMap<>();
        byte[] truncated = truncatedArticle(settings);
        Map<String, byte[]> kinds = new LinkedHashMap<>();
        kinds.put("not-avro", "{\"text\": \"this is JSON, not Avro\"}".getBytes(StandardCharsets.UTF_8));
        // Magic byte 0 and content id 0x7FFFFFF0, which no registry has handed out, then some payload.
        kinds.put("unknown-id", new byte[] {0, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 2, 4, 6, 8});
        kinds.put("truncated", truncated);

        try (KafkaProducer<String, byte[]> raw = new KafkaProducer<>(KafkaClients.producer(settings, "faults-poison"),
                new StringSerializer(), new ByteArraySerializer())) {
            List<String> topics = new ArrayList<>(List.of(Topics.ARTICLES));
            topics.addAll(Topics.EVENT_TOPICS);
            for (String topic : topics) {
                for (int partition = 0; partition < FaultStack.PARTITIONS; partition++) {
                    for (Map.Entry<String, byte[]> kind : kinds.entrySet()) {
                        String key = "poison-" + run + "-" + topic + "-p" + partition + "-" + kind.getKey();
                        raw.send(new ProducerRecord<>(topic, partition, key, kind.getValue())).get();
                        expectedStage.put(key, Topics.ARTICLES.equals(topic) ? "extractor" : "sink");
                    }
                }
            }
        }

        List<String> texts = DistinctArticles.texts("poison-" + run, 12);
        var ids = DistinctArticles.ids(texts);
        try (DeadLetterTail dlq = new DeadLetterTail(settings);
             InProcessPipeline pipeline = InProcessPipeline.start(stack, work)) {
            BulkIngest.run(settings, List.of(DistinctArticles.write(work.resolve("good"), texts).toString()));

            Await.until("every poison record dead-lettered and every good article in the sink", Duration.ofSeconds(120),
                () -> expectedStage.keySet().stream().allMatch(k -> dlq.get(k) != null)
                    && SinkOutput.check(pipeline.out, ids, Map.of()).complete(),
                () -> "missing dead letters " + expectedStage.keySet().stream().filter(k -> dlq.get(k) == null).toList()
                    + "; sink " + SinkOutput.check(pipeline.out, ids, Map.of()) + "; sink failure " + pipeline.sink.failure.get());

            for (Map.Entry<String, String> e : expectedStage.entrySet()) {
                DeadLetter d = dlq.get(e.getKey());
                assertThat(d.getStage()).as(e.getKey()).isEqualTo(e.getValue());
                assertThat(d.getReason()).as(e.getKey()).isEqualTo("DESERIALIZATION");
                assertThat(d.getDetail()).as(e.getKey()).isNotBlank();
                assertThat(d.getTopic()).as(e.getKey()).isNotBlank();
                assertThat(d.getOriginal()).as(e.getKey()).isNotNull();
            }
            assertThat(pipeline.sink.thread.isAlive()).isTrue();
            assertThat(pipeline.extractor.isRunning()).isTrue();
            SinkOutput.Check check = SinkOutput.check(pipeline.out, ids, Map.of());
            assertThat(check.complete()).as(check.toString()).isTrue();
            FaultResults.record("poison bytes (not Avro, unknown schema id, truncated) x " + FaultStack.PARTITIONS
                    + " partitions on news.articles and the 4 event topics", ids.size(), check.eventsOut(), check.lost(),
                check.duplicated(), expectedStage.size() + " poison records, all dead-lettered DESERIALIZATION "
                    + "(extractor for articles, sink for events); good articles after them all arrived");
        }
    }

    /** A real Article in the Confluent frame, cut in the middle of its Avro body. */
    private static byte[] truncatedArticle(Settings settings) {
        Article article = Article.newBuilder().setId("truncated").setText("A text long enough to be cut in half. ".repeat(20))
            .setSource("poison").setReceivedAt(Instant.now()).build();
        try (Serializer<Article> s = RegistrySerdes.serializer(settings)) {
            byte[] full = s.serialize(Topics.ARTICLES, article);
            return Arrays.copyOf(full, full.length / 2);
        }
    }
}
