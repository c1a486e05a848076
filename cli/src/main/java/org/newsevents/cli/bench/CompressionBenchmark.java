package org.newsevents.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Topics;

/**
 * Bytes on disk and client CPU per Kafka compression codec, on real event records (the registry-framed Avro values
 * the extractor writes). Each codec's records go to topics of their own on a real broker; the broker's log size is
 * read back (Admin describeLogDirs), and this JVM's CPU time is taken around producing and around consuming them
 * (bytes only: decompression, not Avro decoding). Two batchings: {@code article} flushes after each article, so a
 * batch holds one article's events per topic, as the extractor's short transactions give at its rates; {@code bulk}
 * sends everything at once (full batches, the best case for every codec).
 */
public final class CompressionBenchmark {
    public static final List<String> CODECS = List.of(CommonConfig.COMPRESSION_TYPES);
    public static final List<String> BATCHINGS = List.of("article", "bulk");
    private static final Duration WAIT = Duration.ofSeconds(120);

    /** One record of an event topic, already serialized. */
    public record Event(String topic, String key, byte[] value) {
    }

    /** One codec under one batching: median CPU of the repeats, bytes of the last. */
    public record Row(String codec, String batching, long records, long payloadBytes, long diskBytes,
                      double producerCpuMs, double consumerCpuMs) {
    }

    private final Map<String, Object> producerProps;
    private final Map<String, Object> consumerProps;
    private final Admin admin;
    private final int partitions;
    private final String runId;

    /**
     * @param producerProps the apps' producer settings (acks, idempotence, linger); compression is set per codec
     * @param consumerProps a consumer's settings; group and deserializers are set here
     */
    public CompressionBenchmark(Map<String, Object> producerProps, Map<String, Object> consumerProps, Admin admin,
                                int partitions, String runId) {
        this.producerProps = producerProps;
        this.consumerProps = consumerProps;
        this.admin = admin;
        this.partitions = partitions;
        this.runId = runId;
    }

    /** Every article's events and summary as the extractor serializes them, topic by topic. */
    public static List<List<Event>> events(List<Extraction> extractions, Serializer<SpecificRecord> values) {
        List<List<Event>> articles = new ArrayList<>();
        for (Extraction x : extractions) {
            List<Event> events = new ArrayList<>();
            String key = x.summary().getArticleId();
            x.statements().forEach(s -> events.add(new Event(Topics.STATEMENTS, key, values.serialize(Topics.STATEMENTS, s))));
            x.dates().forEach(d -> events.add(new Event(Topics.DATES, key, values.serialize(Topics.DATES, d))));
            x.sanctions().forEach(s -> events.add(new Event(Topics.SANCTIONS, key, values.serialize(Topics.SANCTIONS, s))));
            events.add(new Event(Topics.SUMMARIES, key, values.serialize(Topics.SUMMARIES, x.summary())));
            articles.add(events);
        }
        return articles;
    }

    /** A warm-up pass over every codec (not reported), then {@code repeats} measured passes. */
    public List<Row> run(List<List<Event>> articles, int repeats) throws Exception {
        for (String codec : CODECS) {
            measureWithRetry(articles, codec, "bulk", "warmup");
        }
        List<Row> rows = new ArrayList<>();
        for (String batching : BATCHINGS) {
            for (String codec : CODECS) {
                List<Row> runs = new ArrayList<>();
                for (int r = 0; r < repeats; r++) {
                    runs.add(measureWithRetry(articles, codec, batching, String.valueOf(r)));
                }
                Row last = runs.get(runs.size() - 1);
                rows.add(new Row(codec, batching, last.records(), last.payloadBytes(), last.diskBytes(),
                    median(runs.stream().mapToDouble(Row::producerCpuMs).toArray()),
                    median(runs.stream().mapToDouble(Row::consumerCpuMs).toArray())));
                System.err.printf("compression %s, %s batches: %,d bytes on disk%n", codec, batching, last.diskBytes());
            }
        }
        return rows;
    }

    /** A pass that failed (e.g. a broker hiccup on a loaded machine) is run once more on new topics. */
    private Row measureWithRetry(List<List<Event>> articles, String codec, String batching, String pass) throws Exception {
        try {
            return measureOnce(articles, codec, batching, pass);
        } catch (Exception e) {
            System.err.printf("compression %s, %s pass %s failed (%s); running it again%n", codec, batching, pass, e);
            return measureOnce(articles, codec, batching, pass + "-again");
        }
    }

    private Row measureOnce(List<List<Event>> articles, String codec, String batching, String pass) throws Exception {
        String prefix = "bench.compression." + runId + "." + codec + "." + batching + "." + pass + ".";
        List<String> topics = Topics.EVENT_TOPICS.stream().map(t -> prefix + t).toList();
        admin.createTopics(topics.stream().map(t -> new NewTopic(t, partitions, (short) 1)).toList()).all()
            .get(WAIT.toSeconds(), TimeUnit.SECONDS);
        try {
            awaitLeaders(topics);
            long records = 0;
            long payload = 0;
            Map<String, Object> props = new HashMap<>(producerProps);
            props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, codec);
            // On brand-new partitions an idempotent producer whose first batch meets NOT_LEADER_OR_FOLLOWER can loop on
            // OUT_OF_ORDER_SEQUENCE_NUMBER until the delivery timeout (seen here); idempotence is not what is measured.
            props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, false);
            long producerCpu;
            AtomicReference<Exception> failed = new AtomicReference<>();
            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(), new ByteArraySerializer())) {
                topics.forEach(producer::partitionsFor); // metadata fetched before measuring
                long before = ProcessCpu.nanos();
                for (List<Event> article : articles) {
                    for (Event e : article) {
                        producer.send(new ProducerRecord<>(prefix + e.topic(), e.key(), e.value()), (m, error) -> {
                            if (error != null) {
                                failed.compareAndSet(null, error);
                            }
                        });
                        records++;
                        payload += e.key().length() + e.value().length;
                    }
                    if (batching.equals("article")) {
                        producer.flush();
                    }
                }
                producer.flush();
                producerCpu = ProcessCpu.nanos() - before;
            }
            if (failed.get() != null) {
                throw new IllegalStateException("producing to " + topics + " failed: " + failed.get(), failed.get());
            }
            long disk = logBytes(topics);
            long consumerCpu = consumeAll(topics, records);
            return new Row(codec, batching, records, payload, disk, producerCpu / 1e6, consumerCpu / 1e6);
        } finally {
            admin.deleteTopics(topics).all().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    /** New topics take a moment to get partition leaders; producing before that only measures retries. */
    private void awaitLeaders(List<String> topics) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            try {
                boolean ready = admin.describeTopics(topics).allTopicNames().get(WAIT.toSeconds(), TimeUnit.SECONDS).values()
                    .stream().flatMap(d -> d.partitions().stream()).allMatch(p -> p.leader() != null && !p.leader().isEmpty());
                if (ready) {
                    return;
                }
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof UnknownTopicOrPartitionException)) {
                    throw e;
                }
                // Created but not yet in the metadata this broker serves: ask again.
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("no partition leaders for " + topics + " after " + WAIT);
            }
            Thread.sleep(100);
        }
    }

    /** The size of the topics' logs on every broker, as the brokers report it. */
    private long logBytes(List<String> topics) throws ExecutionException, InterruptedException, TimeoutException {
        List<Integer> brokers = admin.describeCluster().nodes().get(WAIT.toSeconds(), TimeUnit.SECONDS).stream()
            .map(Node::id).toList();
        long bytes = 0;
        for (Map<String, LogDirDescription> dirs : admin.describeLogDirs(brokers).allDescriptions()
            .get(WAIT.toSeconds(), TimeUnit.SECONDS).values()) {
            for (LogDirDescription dir : dirs.values()) {
                bytes += dir.replicaInfos().entrySet().stream().filter(e -> topics.contains(e.getKey().topic()))
                    .mapToLong(e -> e.getValue().size()).sum();
            }
        }
        return bytes;
    }

    /** CPU nanoseconds of reading {@code expected} records back from the start (polls after the first record). */
    private long consumeAll(List<String> topics, long expected) {
        Map<String, Object> props = new HashMap<>(consumerProps);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-compression-" + runId + "-" + topics.get(0).hashCode());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(topics);
            long read = 0;
            long before = -1;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (read < expected) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read " + read + " of " + expected + " records of " + topics + " in " + WAIT);
                }
                int n = consumer.poll(Duration.ofMillis(200)).count();
                if (n > 0 && before < 0) {
                    // From the first fetch on: the group join before it costs the same for every codec.
                    before = ProcessCpu.nanos();
                }
                read += n;
            }
            return ProcessCpu.nanos() - before;
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /** The table as Markdown, sizes also relative to {@code none} under the same batching. */
    public static String render(List<Row> rows) {
        StringBuilder out = new StringBuilder(
            "| batching | codec | records | keys+values bytes | log bytes on disk | vs none | producer CPU ms | consumer CPU ms |\n"
                + "|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            long none = rows.stream().filter(o -> o.batching().equals(r.batching()) && o.codec().equals("none"))
                .mapToLong(Row::diskBytes).findFirst().orElse(r.diskBytes());
            out.append(String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %.1f %% | %.0f | %.0f |%n", r.batching(),
                r.codec(), r.records(), r.payloadBytes(), r.diskBytes(), 100.0 * r.diskBytes() / none,
                r.producerCpuMs(), r.consumerCpuMs()));
        }
        return out.toString();
    }
}
