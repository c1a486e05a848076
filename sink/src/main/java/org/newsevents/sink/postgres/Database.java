package org.newsevents.sink.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.newsevents.common.config.Settings;
import org.newsevents.sink.SinkConfig;

/** The sink's connection pool, with the schema migrated (Flyway, {@code db/migration}) before first use. */
public final class Database {
    private Database() {
    }

    public static HikariDataSource pool(Settings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.string(SinkConfig.TO));
        if (settings.has(SinkConfig.DB_USER)) {
            config.setUsername(settings.string(SinkConfig.DB_USER));
        }
        if (settings.has(SinkConfig.DB_PASSWORD)) {
            config.setPassword(settings.string(SinkConfig.DB_PASSWORD));
        }
        config.setPoolName("newsevents-sink");
        config.setMaximumPoolSize(settings.integer(SinkConfig.DB_POOL_SIZE));
        config.setAutoCommit(false);
        long timeout = settings.longValue(SinkConfig.DB_CONNECT_TIMEOUT_MS);
        config.setConnectionTimeout(timeout);
        config.setValidationTimeout(Math.min(timeout, 5_000));
        config.setInitializationFailTimeout(timeout);
        return new HikariDataSource(config);
    }

    /** Creates or upgrades the tables; a no-op when they are current. */
    public static void migrate(javax.sql.DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }
}
