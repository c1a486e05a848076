package org.newsevents.extractor.topology;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.function.Function;
import java.util.function.Supplier;
import org.newsevents.schemas.Article;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.Stores;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;
import org.newsevents.schemas.Topics;

/**
 * The extractor's Kafka Streams topology, built in one place:
 * <pre>
 * news.articles (bytes) -> extract-events [extracted-articles-store]
 *   -> split by type -> news.events.statements | news.events.dates | news.events.sanctions
 *                     | news.events.articles (summary, after the article's events) | news.articles.dlq
 * </pre>
 * The extraction itself is plain Java behind a {@code Function<Article, Extraction>}; this class only wires it.
 */
public final class ExtractorTopology {
    private ExtractorTopology() {
    }

    /**
     * @param extractors makes one extractor per stream thread (OpenNLP taggers are not thread-safe)
     */
    public static Topology build(EventSerdes serdes, Supplier<Function<Article, Extraction>> extractors, String extractorVersion) {
        return build(serdes, extractors, extractorVersion, new SimpleMeterRegistry());
    }

    /**
     * @param extractors makes one extractor per stream thread (OpenNLP taggers are not thread-safe)
     * @param meters     where the processor counts articles, events, dead letters and extraction time
     */
    public static Topology build(EventSerdes serdes, Supplier<Function<Article, Extraction>> extractors, String extractorVersion,
                                 MeterRegistry meters) {
        ExtractorMetrics metrics = new ExtractorMetrics(meters);
        StreamsBuilder builder = new StreamsBuilder();
        builder.addStateStore(Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(TopologyNames.DEDUPE_STORE), Serdes.String(), Serdes.String()));

        ThreadLocal<Function<Article, Extraction>> perThread = ThreadLocal.withInitial(extractors);
        KStream<String, SpecificRecord> outputs = builder
            .stream(Topics.ARTICLES, Consumed.with(Serdes.String(), Serdes.ByteArray()).withName(TopologyNames.SOURCE_ARTICLES))
            .process(() -> new ExtractProcessor(serdes.article().deserializer(), perThread::get, extractorVersion, metrics),
                Named.as(TopologyNames.EXTRACT), TopologyNames.DEDUPE_STORE);

        outputs.split(Named.as(TopologyNames.SPLIT))
            .branch((k, v) -> v instanceof Statement, route(TopologyNames.BRANCH_STATEMENTS, Statement.class,
                Topics.STATEMENTS, serdes.statement(), TopologyNames.SINK_STATEMENTS))
            .branch((k, v) -> v instanceof DateMention, route(TopologyNames.BRANCH_DATES, DateMention.class,
                Topics.DATES, serdes.date(), TopologyNames.SINK_DATES))
            .branch((k, v) -> v instanceof SanctionsMention, route(TopologyNames.BRANCH_SANCTIONS, SanctionsMention.class,
                Topics.SANCTIONS, serdes.sanctions(), TopologyNames.SINK_SANCTIONS))
            .branch((k, v) -> v instanceof ArticleSummary, route(TopologyNames.BRANCH_SUMMARIES, ArticleSummary.class,
                Topics.SUMMARIES, serdes.summary(), TopologyNames.SINK_SUMMARIES))
            .branch((k, v) -> v instanceof DeadLetter, route(TopologyNames.BRANCH_DEAD_LETTERS, DeadLetter.class,
                Topics.DLQ, serdes.deadLetter(), TopologyNames.SINK_DLQ));
        return builder.build();
    }

    private static <T extends SpecificRecord> Branched<String, SpecificRecord> route(
            String branch, Class<T> type, String topic, Serde<T> serde, String sinkName) {
        return Branched.withConsumer(stream -> stream
            .mapValues(type::cast, Named.as(branch + TopologyNames.CAST))
            .to(topic, Produced.with(Serdes.String(), serde).withName(sinkName)), branch);
    }
}
