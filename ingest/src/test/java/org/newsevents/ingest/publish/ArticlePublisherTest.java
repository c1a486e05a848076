package org.newsevents.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;

/**
 * Acknowledgement bookkeeping needs acknowledgements and failures on demand, which a real broker cannot give
 * a unit test; Kafka's own MockProducer does. The ITs run the same publisher against the real broker.
 */
class ArticlePublisherTest {
    private final MockProducer<String, SpecificRecord> producer =
        new MockProducer<>(false, null, new StringSerializer(), (topic, value) -> new byte[0]);
    private final ArticlePublisher publisher = new ArticlePublisher(producer, 100);

    private static Article article(String id) {
        return Article.newBuilder().setId(id).setSource("s").setReceivedAt(Instant.EPOCH).setText("t").setLanguage("eng").build();
    }

    @Test
    void countsAnArticleOnlyWhenKafkaAcknowledgedIt() {
        CompletableFuture<PublishOutcome> sent = publisher.publish(article("a"));
        assertThat(sent).isNotDone();
        assertThat(publisher.summary().accepted()).isZero();

        producer.completeNext();

        assertThat(sent).isCompletedWithValue(PublishOutcome.ACCEPTED);
        assertThat(publisher.summary().accepted()).isEqualTo(1);
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.ARTICLES);
            assertThat(r.key()).isEqualTo("a");
        });
    }

    @Test
    void sendsAnIdOnceAndCountsTheRepeatAsDuplicateAfterTheAck() {
        CompletableFuture<PublishOutcome> first = publisher.publish(article("a"));
        CompletableFuture<PublishOutcome> again = publisher.publish(article("a"));
        assertThat(again).isNotDone();

        producer.completeNext();

        assertThat(first).isCompletedWithValue(PublishOutcome.ACCEPTED);
        assertThat(again).isCompletedWithValue(PublishOutcome.DUPLICATE);
        assertThat(producer.history()).hasSize(1);
        assertThat(publisher.summary().duplicates()).isEqualTo(1);
    }

    @Test
    void failedSendFailsTheRunAndIsNotCounted() {
        CompletableFuture<PublishOutcome> sent = publisher.publish(article("a"));
        producer.errorNext(new TimeoutException("expired"));

        assertThat(sent).isCompletedExceptionally();
        assertThat(publisher.summary().accepted()).isZero();
        assertThat(publisher.failure()).isPresent();
        assertThatThrownBy(publisher::flush).isInstanceOf(PublishFailedException.class)
            .hasMessageContaining("article a").hasMessageContaining(Topics.ARTICLES).hasMessageContaining("expired");
    }

    @Test
    void anIdWhoseSendFailedIsSentAgainLater() {
        publisher.publish(article("a"));
        producer.errorNext(new TimeoutException("expired"));
        CompletableFuture<PublishOutcome> retry = publisher.publish(article("a"));
        producer.completeNext();
        assertThat(retry).isCompletedWithValue(PublishOutcome.ACCEPTED);
    }

    @Test
    void rejectionGoesToTheDlqWithReasonSourceAndOriginalBytes() {
        CompletableFuture<PublishOutcome> sent = publisher.reject(new Rejection(RejectReason.BINARY, "NUL at 3", "f.txt", new byte[] {1, 0, 2}));
        producer.completeNext();

        assertThat(sent).isCompletedWithValue(PublishOutcome.REJECTED);
        assertThat(publisher.summary().rejected()).containsEntry(RejectReason.BINARY, 1L);
        assertThat(producer.history()).singleElement().satisfies(r -> {
            assertThat(r.topic()).isEqualTo(Topics.DLQ);
            DeadLetter letter = (DeadLetter) r.value();
            assertThat(letter.getStage()).isEqualTo("ingest");
            assertThat(letter.getReason()).isEqualTo("BINARY");
            assertThat(letter.getSource()).isEqualTo("f.txt");
            assertThat(letter.getOriginal().array()).containsExactly(1, 0, 2);
            assertThat(r.key()).isEqualTo(letter.getKey()).hasSize(64);
        });
    }
}
