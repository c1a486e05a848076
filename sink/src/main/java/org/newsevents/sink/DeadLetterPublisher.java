package org.newsevents.sink;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.newsevents.common.dlq.DeadLetters;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Sends rejected records to the DLQ and waits for the broker's ack, so their offsets may be committed after. */
public final class DeadLetterPublisher implements AutoCloseable {
    public static final String STAGE = "sink";
    private static final Logger LOG = LoggerFactory.getLogger(DeadLetterPublisher.class);

    private final Producer<String, DeadLetter> producer;

    public DeadLetterPublisher(Producer<String, DeadLetter> producer) {
        this.producer = producer;
    }

    public static DeadLetter letter(Rejected r) {
        SinkRecord rec = r.record();
        return DeadLetters.of(STAGE, r.reason(), r.detail())
            .setSource(rec.topic())
            .setKey(rec.key())
            .setTopic(rec.topic())
            .setPartition(rec.partition().partition())
            .setOffset(rec.offset())
            .setOriginal(DeadLetters.original(rec.original()))
            .build();
    }

    public void publish(List<Rejected> rejected) {
        if (rejected.isEmpty()) {
            return;
        }
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Rejected r : rejected) {
            LOG.warn("dead-lettering {}-{}@{}: {} ({})", r.record().topic(), r.record().partition().partition(),
                r.record().offset(), r.reason(), r.detail());
            acks.add(producer.send(new ProducerRecord<>(Topics.DLQ, r.record().key(), letter(r))));
        }
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write to the DLQ " + Topics.DLQ + ": " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing to the DLQ", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
