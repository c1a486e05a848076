package org.newsevents.extractor.topology;

import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.newsevents.common.dlq.DeadLetters;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deserializes an article, drops it when this extractor version already extracted it, extracts it
 * and forwards its events followed by its summary (all in one transaction under exactly_once_v2).
 * Anything that cannot be processed is forwarded as a {@link DeadLetter} with its reason.
 * Values arrive as bytes so that a poison record becomes a dead letter instead of a crash.
 */
final class ExtractProcessor implements Processor<String, byte[], String, SpecificRecord> {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractProcessor.class);
    static final String STAGE = "extractor";

    private final Deserializer<Article> articles;
    private final Supplier<Function<Article, Extraction>> extractor;
    private final String extractorVersion;
    private final ExtractorMetrics metrics;
    private ProcessorContext<String, SpecificRecord> context;
    private KeyValueStore<String, String> extracted;

    ExtractProcessor(Deserializer<Article> articles, Supplier<Function<Article, Extraction>> extractor, String extractorVersion,
                     ExtractorMetrics metrics) {
        this.articles = articles;
        this.extractor = extractor;
        this.extractorVersion = extractorVersion;
        this.metrics = metrics;
    }

    @Override
    public void init(ProcessorContext<String, SpecificRecord> context) {
        this.context = context;
        this.extracted = context.getStateStore(TopologyNames.DEDUPE_STORE);
    }

    @Override
    public void process(Record<String, byte[]> record) {
        metrics.articleIn();
        Article article;
        try {
            article = record.value() == null ? null : articles.deserialize(topic(), record.value());
        } catch (RuntimeException e) {
            // The exception's message is not logged: a deserializer may quote the bytes it could not read.
            LOG.warn("record {} (key {}) is not a readable Article: dead-lettered ({})", position(), record.key(),
                e.getClass().getSimpleName());
            deadLetter(record, "DESERIALIZATION", "not a readable Article: " + e.getMessage(), null);
            return;
        }
        if (article == null) {
            LOG.warn("record {} (key {}) has no value: dead-lettered", position(), record.key());
            deadLetter(record, "EMPTY_RECORD", "record without a value", null);
            return;
        }
        String id = article.getId();
        if (extractorVersion.equals(extracted.get(id))) {
            metrics.duplicate();
            LOG.debug("article {} already extracted by {}: duplicate dropped", id, extractorVersion);
            return;
        }
        Extraction extraction;
        long t0 = System.nanoTime();
        try {
            extraction = extractor.get().apply(article);
        } catch (ArticleRejectedException e) {
            metrics.timed("rejected", System.nanoTime() - t0);
            // Rejection messages are written by InputGate and Deadline: counts and codes, never text.
            LOG.info("article {} rejected: {} ({})", id, e.reasonCode(), e.getMessage());
            deadLetter(record, e.reasonCode(), e.getMessage(), article.getSource());
            extracted.put(id, extractorVersion);
            return;
        } catch (RuntimeException e) {
            metrics.timed("failed", System.nanoTime() - t0);
            // A rule that breaks on one article must not stop the stream: the article is parked with the error.
            // The log names the exception and where it was thrown, not its message, which may quote the text;
            // the full message goes to the dead letter with the article itself.
            LOG.warn("article {} failed extraction: {} at {}", id, e.getClass().getName(), thrownAt(e));
            deadLetter(record, "EXTRACTION_ERROR", e.toString(), article.getSource());
            extracted.put(id, extractorVersion);
            return;
        }
        long nanos = System.nanoTime() - t0;
        metrics.timed("extracted", nanos);
        LOG.debug("article {} extracted in {} ms", id, nanos / 1_000_000);
        String key = id;
        extraction.statements().forEach(s -> context.forward(record.withKey(key).withValue(s)));
        extraction.dates().forEach(d -> context.forward(record.withKey(key).withValue(d)));
        extraction.sanctions().forEach(s -> context.forward(record.withKey(key).withValue(s)));
        context.forward(record.withKey(key).withValue(extraction.summary()));
        extracted.put(id, extractorVersion);
        metrics.extracted(extraction);
    }

    private String position() {
        return context.recordMetadata().map(m -> m.topic() + "-" + m.partition() + "@" + m.offset()).orElse("?");
    }

    private static String thrownAt(Throwable e) {
        StackTraceElement[] trace = e.getStackTrace();
        return trace.length == 0 ? "?" : trace[0].toString();
    }

    private String topic() {
        return context.recordMetadata().map(RecordMetadata::topic).orElse(null);
    }

    private void deadLetter(Record<String, byte[]> record, String reason, String detail, String source) {
        metrics.deadLetter(reason);
        DeadLetter.Builder letter = DeadLetters.of(STAGE, reason, detail)
            .setSource(source)
            .setKey(record.key())
            .setOriginal(DeadLetters.original(record.value()));
        context.recordMetadata().ifPresent(m -> letter
            .setTopic(m.topic()).setPartition(m.partition()).setOffset(m.offset()));
        context.forward(record.withValue(letter.build()));
    }
}
