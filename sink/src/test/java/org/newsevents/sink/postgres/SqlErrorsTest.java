package org.newsevents.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

class SqlErrorsTest {
    @Test
    void blamesTheRecordForDataExceptionsAndIntegrityViolations() {
        assertThat(SqlErrors.classify(new SQLException("check", "23514"))).isEqualTo(SqlErrors.Kind.RECORD);
        assertThat(SqlErrors.classify(new SQLException("bad value", "22021"))).isEqualTo(SqlErrors.Kind.RECORD);
        assertThat(SqlErrors.reason(new SQLException("check", "23514"))).isEqualTo("CONSTRAINT_VIOLATION");
        assertThat(SqlErrors.reason(new SQLException("bad value", "22P05"))).isEqualTo("INVALID_DATA");
    }

    @Test
    void retriesWhenTheDatabaseIsUnreachableOrRestarting() {
        assertThat(SqlErrors.classify(new SQLException("refused", "08001"))).isEqualTo(SqlErrors.Kind.RETRIABLE);
        assertThat(SqlErrors.classify(new SQLException("shutdown", "57P01"))).isEqualTo(SqlErrors.Kind.RETRIABLE);
        assertThat(SqlErrors.classify(new SQLException("deadlock", "40P01"))).isEqualTo(SqlErrors.Kind.RETRIABLE);
        assertThat(SqlErrors.classify(new SQLTransientConnectionException("pool timeout"))).isEqualTo(SqlErrors.Kind.RETRIABLE);
        assertThat(SqlErrors.classify(new SQLException("io", null, new ConnectException("refused")))).isEqualTo(SqlErrors.Kind.RETRIABLE);
    }

    @Test
    void stopsOnErrorsNoRetryCanFix() {
        assertThat(SqlErrors.classify(new SQLException("no such table", "42P01"))).isEqualTo(SqlErrors.Kind.FATAL);
    }

    @Test
    void describesWithoutTheServersDetailLine() {
        assertThat(SqlErrors.describe(new SQLException("ERROR: check violated\n  Detail: Failing row contains (secret)", "23514")))
            .isEqualTo("SQLState 23514: ERROR: check violated");
    }
}
