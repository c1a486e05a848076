package org.newsevents.sink.postgres;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** Sorts database errors: retry the batch later, reject one record, or stop (a bug or a broken schema). */
public final class SqlErrors {
    public enum Kind {
        /** The database is unreachable, restarting, overloaded, or the transaction lost a race. */
        RETRIABLE,
        /** This record's data cannot be stored: data exception (22) or integrity violation (23). */
        RECORD,
        /** Anything else: retrying will not help and no record is to blame. */
        FATAL
    }

    private SqlErrors() {
    }

    public static Kind classify(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            if (state.startsWith("22") || state.startsWith("23")) {
                return Kind.RECORD;
            }
            if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P") || state.startsWith("40")
                || state.equals("55000") || state.equals("55006") || state.equals("57014")) {
                return Kind.RETRIABLE;
            }
        }
        if (e instanceof SQLTransientException || e instanceof SQLRecoverableException) {
            return Kind.RETRIABLE;
        }
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof IOException) {
                return Kind.RETRIABLE;
            }
        }
        return Kind.FATAL;
    }

    /**
     * The SQLState and the server's primary message only: the server's "Detail" line can quote the
     * row (event text), which belongs neither in logs nor in the DLQ's detail.
     */
    public static String describe(SQLException e) {
        String message = e.getMessage();
        if (e instanceof PSQLException p && p.getServerErrorMessage() != null) {
            ServerErrorMessage m = p.getServerErrorMessage();
            message = m.getMessage() + (m.getConstraint() != null ? " (constraint " + m.getConstraint() + ")" : "");
        } else if (message != null) {
            int detail = message.indexOf("\n");
            message = detail >= 0 ? message.substring(0, detail) : message;
        }
        return "SQLState " + e.getSQLState() + ": " + message;
    }

    public static String reason(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.startsWith("23") ? "CONSTRAINT_VIOLATION" : "INVALID_DATA";
    }
}
