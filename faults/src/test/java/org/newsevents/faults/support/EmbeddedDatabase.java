package org.newsevents.faults.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Copied from the sink module's tests. A real PostgreSQL server (zonky) on a fixed port and data directory, so a test can stop and restart it. */
public final class EmbeddedDatabase implements AutoCloseable {
    public static final String DB = "events";

    private final Path dataDir;
    private int port;
    private EmbeddedPostgres pg;

    private EmbeddedDatabase(Path dataDir) {
        this.dataDir = dataDir;
    }

    public static EmbeddedDatabase start() {
        try {
            EmbeddedDatabase db = new EmbeddedDatabase(Files.createTempDirectory("newsevents-pg-"));
            db.pg = EmbeddedPostgres.builder().setDataDirectory(db.dataDir).setCleanDataDirectory(false).start();
            db.port = db.pg.getPort();
            try (Connection c = db.pg.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE DATABASE " + DB);
            }
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DB;
    }

    public String user() {
        return "postgres";
    }

    /** Stops the server (clients see refused connections); data is kept. */
    public void stop() {
        try {
            pg.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts it again on the same port and data. */
    public void restart() {
        try {
            pg = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long count(String sql, Object... params) {
        List<List<Object>> rows = query(sql, params);
        return ((Number) rows.get(0).get(0)).longValue();
    }

    public List<List<Object>> query(String sql, Object... params) {
        try (Connection c = pg.getDatabase(user(), DB).getConnection();
             var ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<List<Object>> out = new ArrayList<>();
                int n = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<Object> row = new ArrayList<>();
                    for (int i = 1; i <= n; i++) {
                        Object v = rs.getObject(i);
                        row.add(v instanceof java.sql.Array a ? java.util.Arrays.asList((Object[]) a.getArray()) : v);
                    }
                    out.add(row);
                }
                return out;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        stop();
    }
}
