package org.newsevents.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.Article;

/**
 * What the publisher counts. Kafka's MockProducer stands in for the broker (as in ArticlePublisherTest): the
 * point is when each outcome is counted (on acknowledgement), which a real broker cannot be made to withhold.
 */
class IngestMetricsTest {
    private final MockProducer<String, SpecificRecord> producer =
        new MockProducer<>(false, null, new StringSerializer(), (topic, value) -> new byte[0]);
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final ArticlePublisher publisher = new ArticlePublisher(producer, 100, registry);

    private static Article article(String id) {
        return Article.newBuilder().setId(id).setSource(id + ".txt").setReceivedAt(Instant.EPOCH).setText("news").build();
    }

    private double count(String name, String... tags) {
        return registry.get(name).tags(tags).counter().count();
    }

    @Test
    void countsAcceptedDuplicatesAndRejectionsOnceAcknowledged() {
        publisher.publish(article("a1"));
        publisher.publish(article("a1"));
        publisher.reject(new Rejection(RejectReason.BINARY, "NUL byte at offset 3", "b.txt", new byte[] {0}));
        assertThat(count(IngestMetrics.ACCEPTED)).isZero();

        producer.completeNext();
        producer.completeNext();

        assertThat(count(IngestMetrics.ACCEPTED)).isEqualTo(1);
        assertThat(count(IngestMetrics.DUPLICATES)).isEqualTo(1);
        assertThat(count(IngestMetrics.REJECTED, "reason", "BINARY")).isEqualTo(1);
        assertThat(count(IngestMetrics.REJECTED, "reason", "EMPTY")).isZero();
        assertThat(registry.get(IngestMetrics.SEND).tag("outcome", "acknowledged").timer().count()).isEqualTo(2);
    }

    @Test
    void timesFailedSendsSeparately() {
        publisher.publish(article("a2"));
        producer.errorNext(new org.apache.kafka.common.errors.TimeoutException("no broker"));

        assertThat(count(IngestMetrics.ACCEPTED)).isZero();
        assertThat(registry.get(IngestMetrics.SEND).tag("outcome", "failed").timer().count()).isEqualTo(1);
    }
}
