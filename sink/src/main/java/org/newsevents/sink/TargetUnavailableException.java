package org.newsevents.sink;

/** The target cannot take a batch now (e.g. the database is down); retrying later may succeed. */
public class TargetUnavailableException extends RuntimeException {
    public TargetUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
