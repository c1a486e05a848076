package org.newsevents.sink.postgres;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.common.config.Settings;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.sink.Durable;
import org.newsevents.sink.Rejected;
import org.newsevents.sink.SinkRecord;
import org.newsevents.sink.SinkTarget;
import org.newsevents.sink.TargetUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL target: one transaction per poll batch (upserts by event id, re-extraction deletes
 * in the same transaction), so the batch's offsets may be committed once it returns. A record the
 * database refuses for its data is found by retrying the batch record by record and is rejected to
 * the DLQ; an unreachable database fails the whole batch as {@link TargetUnavailableException}.
 */
public final class PostgresEventSink implements SinkTarget {
    private static final Logger LOG = LoggerFactory.getLogger(PostgresEventSink.class);

    private final DataSource dataSource;
    private final AutoCloseable onClose;

    public PostgresEventSink(DataSource dataSource, AutoCloseable onClose) {
        this.dataSource = dataSource;
        this.onClose = onClose;
    }

    /** A pooled, migrated target for {@code sink.to=jdbc:postgresql://...}. */
    public static PostgresEventSink open(Settings settings) {
        HikariDataSource pool = Database.pool(settings);
        try {
            Database.migrate(pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        return new PostgresEventSink(pool, pool);
    }

    @Override
    public Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions) {
        return Map.of();
    }

    @Override
    public Durable revoked(Collection<TopicPartition> partitions) {
        return Durable.NOTHING;
    }

    @Override
    public Durable tick(boolean idle) {
        return Durable.NOTHING;
    }

    @Override
    public boolean nothingPending() {
        return true;
    }

    @Override
    public Durable write(List<SinkRecord> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (SinkRecord r : batch) {
            offsets.merge(r.partition(), new OffsetAndMetadata(r.offset() + 1),
                (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        List<SpecificRecord> values = batch.stream().map(SinkRecord::value).toList();
        try {
            return new Durable(offsets, inTransaction(values), List.of());
        } catch (SQLException e) {
            SqlErrors.Kind kind = SqlErrors.classify(rootOf(e));
            if (kind != SqlErrors.Kind.RECORD) {
                throw failure(kind, e);
            }
            LOG.info("batch of {} refused ({}); writing it record by record to find the bad one(s)",
                batch.size(), SqlErrors.describe(rootOf(e)));
            return oneByOne(batch, offsets);
        }
    }

    private Durable oneByOne(List<SinkRecord> batch, Map<TopicPartition, OffsetAndMetadata> offsets) {
        List<ArticleSummary> summaries = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        for (SinkRecord r : batch) {
            try {
                summaries.addAll(inTransaction(List.of(r.value())));
            } catch (SQLException e) {
                SQLException cause = rootOf(e);
                SqlErrors.Kind kind = SqlErrors.classify(cause);
                if (kind != SqlErrors.Kind.RECORD) {
                    throw failure(kind, e);
                }
                rejected.add(new Rejected(r, SqlErrors.reason(cause), SqlErrors.describe(cause)));
            }
        }
        return new Durable(offsets, summaries, rejected);
    }

    private List<ArticleSummary> inTransaction(List<SpecificRecord> records) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                List<ArticleSummary> summaries = new EventTransaction(c).write(records);
                c.commit();
                return summaries;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c);
                throw e;
            }
        }
    }

    private static RuntimeException failure(SqlErrors.Kind kind, SQLException e) {
        String what = SqlErrors.describe(rootOf(e));
        if (kind == SqlErrors.Kind.RETRIABLE) {
            return new TargetUnavailableException("database unavailable: " + what, e);
        }
        return new IllegalStateException("database error the sink cannot handle: " + what, e);
    }

    /** A batch failure wraps the statement's own error; that one has the SQLState that matters. */
    private static SQLException rootOf(SQLException e) {
        if (e instanceof BatchUpdateException b && b.getNextException() != null) {
            return b.getNextException();
        }
        return e;
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            // the connection is likely gone; the transaction dies with it
        }
    }

    @Override
    public void close() {
        try {
            onClose.close();
        } catch (Exception e) {
            LOG.warn("closing the connection pool failed: {}", e.toString());
        }
    }
}
