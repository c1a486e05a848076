package org.newsevents.sink;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.common.metrics.Health;
import org.newsevents.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink's loop: poll the event topics, decode, hand the batch to the target, dead-letter what
 * cannot be written, commit the offsets the target reports durable, tell the listeners. When the
 * target is unavailable the batch is kept (partitions paused, so the group membership stays) and
 * retried with capped exponential backoff; nothing is committed meanwhile.
 */
public final class ConsumingEventSink implements EventSink {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumingEventSink.class);

    private final Consumer<String, byte[]> consumer;
    private final EventDecoder decoder;
    private final DeadLetterPublisher deadLetters;
    private final SinkTarget target;
    private final Duration pollTimeout;
    private final Backoff backoff;
    private final SinkMetrics metrics;
    private final List<CommitListener> listeners = new CopyOnWriteArrayList<>();
    private final CountDownLatch stopSignal = new CountDownLatch(1);

    private volatile boolean caughtUp;
    private volatile Health health = Health.down("not started");
    private boolean assignedOnce;
    /** Polled but not yet decoded (kept while the registry is unreachable). */
    private ConsumerRecords<String, byte[]> undecoded;
    /** Decoded but not yet taken by the target (kept while the target is unavailable). */
    private List<SinkRecord> pending;

    public ConsumingEventSink(Consumer<String, byte[]> consumer, EventDecoder decoder, DeadLetterPublisher deadLetters,
                              SinkTarget target, Duration pollTimeout, Backoff backoff) {
        this(consumer, decoder, deadLetters, target, pollTimeout, backoff, SinkMetrics.none());
    }

    public ConsumingEventSink(Consumer<String, byte[]> consumer, EventDecoder decoder, DeadLetterPublisher deadLetters,
                              SinkTarget target, Duration pollTimeout, Backoff backoff, SinkMetrics metrics) {
        this.consumer = consumer;
        this.decoder = decoder;
        this.deadLetters = deadLetters;
        this.target = target;
        this.pollTimeout = pollTimeout;
        this.backoff = backoff;
        this.metrics = metrics;
    }

    @Override
    public Health health() {
        return health;
    }

    @Override
    public void addCommitListener(CommitListener listener) {
        listeners.add(listener);
    }

    @Override
    public boolean caughtUp() {
        return caughtUp;
    }

    @Override
    public void stop() {
        stopSignal.countDown();
    }

    private boolean stopping() {
        return stopSignal.getCount() == 0;
    }

    @Override
    public void run() {
        boolean clean = false;
        health = Health.up();
        try {
            consumer.subscribe(Topics.EVENT_TOPICS, new Rebalance());
            while (!stopping()) {
                turn();
            }
            if (undecoded == null && pending == null) {
                finish(target.revoked(consumer.assignment()));
            }
            clean = true;
        } catch (RuntimeException | Error e) {
            health = Health.down("failed: " + e);
            LOG.error("sink failed; nothing further is committed: {}", e.toString(), e);
            throw e;
        } finally {
            if (clean) {
                health = Health.down("stopped");
            }
            closeQuietly(metrics, "metrics");
            // On a crash nothing more is published or committed: what was not durable is read again.
            closeQuietly(target, "target");
            closeQuietly(consumer, "consumer");
            closeQuietly(deadLetters, "DLQ producer");
            closeQuietly(decoder, "decoder");
            LOG.info("sink stopped{}", clean ? "" : " after an error");
        }
    }

    private void turn() {
        ConsumerRecords<String, byte[]> polled = consumer.poll(pollTimeout);
        if (undecoded == null && pending == null && !polled.isEmpty()) {
            undecoded = polled;
        } else if (!polled.isEmpty()) {
            // A batch is kept and its partitions paused, yet records came (fetched just before the pause,
            // or a partition newly assigned): rewind so they are read again once the kept batch is written.
            rewind(polled);
        }
        try {
            if (undecoded != null) {
                pending = decode(undecoded);
                undecoded = null;
            }
            if (pending != null) {
                Durable durable = target.write(pending);
                metrics.written(pending);
                pending = null;
                finish(durable);
                if (backoff.failures() > 0) {
                    LOG.info("target available again after {} failed attempt(s); resuming", backoff.failures());
                }
                backoff.reset();
                metrics.available();
                health = Health.up();
                consumer.resume(consumer.paused());
            }
        } catch (TargetUnavailableException e) {
            waitBeforeRetry(e);
            return;
        }
        boolean idle = polled.isEmpty() && pending == null && undecoded == null && lagIsZero();
        finish(target.tick(idle));
        caughtUp = idle && target.nothingPending();
    }

    private List<SinkRecord> decode(ConsumerRecords<String, byte[]> records) {
        List<SinkRecord> decoded = new ArrayList<>(records.count());
        List<Rejected> rejected = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            TopicPartition tp = new TopicPartition(r.topic(), r.partition());
            try {
                decoded.add(new SinkRecord(tp, r.offset(), r.key(), decoder.decode(r.topic(), r.value()), r.value()));
            } catch (EventDecoder.UndecodableException e) {
                rejected.add(new Rejected(new SinkRecord(tp, r.offset(), r.key(), null, r.value()), "DESERIALIZATION", e.getMessage()));
            }
        }
        // At least once into the DLQ: a crash before the commit sends these again.
        deadLetters.publish(rejected);
        metrics.deadLetters(rejected);
        return decoded;
    }

    private void waitBeforeRetry(TargetUnavailableException e) {
        long delay = backoff.nextDelayMs();
        int batch = pending != null ? pending.size() : undecoded.count();
        LOG.warn("attempt {} failed, {} record(s) kept, nothing committed, retrying in {} ms: {}",
            backoff.failures(), batch, delay, e.getMessage());
        metrics.retrying();
        health = Health.down("target unavailable (attempt " + backoff.failures() + "): " + e.getMessage());
        consumer.pause(consumer.assignment());
        caughtUp = false;
        try {
            stopSignal.await(delay, TimeUnit.MILLISECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
            stop();
        }
    }

    private boolean lagIsZero() {
        if (!assignedOnce) {
            return false;
        }
        for (TopicPartition tp : consumer.assignment()) {
            OptionalLong lag = consumer.currentLag(tp);
            if (lag.isEmpty() || lag.getAsLong() > 0) {
                return false;
            }
        }
        return true;
    }

    private void finish(Durable durable) {
        deadLetters.publish(durable.rejected());
        metrics.deadLetters(durable.rejected());
        if (durable.offsets().isEmpty()) {
            return;
        }
        try {
            consumer.commitSync(durable.offsets());
            metrics.committed();
        } catch (KafkaException e) {
            // The data is durable at the target; a lost commit only means it is read again and written idempotently.
            LOG.warn("offset commit failed ({}); records since the last commit will be read again", e.getMessage());
        }
        for (CommitListener l : listeners) {
            l.committed(durable.summaries());
        }
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, Long> first = new HashMap<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
        }
        first.forEach(consumer::seek);
        consumer.pause(first.keySet());
    }

    /** Forgets the kept batch and, for partitions we keep, rewinds to its start so it is read again. */
    private void dropKept(Collection<TopicPartition> going) {
        Map<TopicPartition, Long> first = new HashMap<>();
        if (pending != null) {
            for (SinkRecord r : pending) {
                first.merge(r.partition(), r.offset(), Math::min);
            }
        }
        if (undecoded != null) {
            for (ConsumerRecord<String, byte[]> r : undecoded) {
                first.merge(new TopicPartition(r.topic(), r.partition()), r.offset(), Math::min);
            }
        }
        Set<TopicPartition> keep = new HashSet<>(consumer.assignment());
        keep.removeAll(going);
        first.forEach((tp, offset) -> {
            if (keep.contains(tp)) {
                consumer.seek(tp, offset);
            }
        });
        pending = null;
        undecoded = null;
        consumer.resume(consumer.paused());
    }

    private static void closeQuietly(AutoCloseable c, String what) {
        try {
            c.close();
        } catch (Exception e) {
            LOG.warn("closing the {} failed: {}", what, e.toString());
        }
    }

    private final class Rebalance implements ConsumerRebalanceListener {
        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            dropKept(partitions);
            finish(target.revoked(partitions));
        }

        @Override
        public void onPartitionsLost(Collection<TopicPartition> partitions) {
            dropKept(partitions);
            target.revoked(partitions);
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            assignedOnce = true;
            target.assigned(partitions).forEach(consumer::seek);
            if (pending != null || undecoded != null) {
                consumer.pause(partitions);
            }
            LOG.info("assigned {}", partitions);
        }
    }
}
