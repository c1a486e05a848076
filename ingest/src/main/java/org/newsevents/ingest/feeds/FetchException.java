package org.newsevents.ingest.feeds;

/** A request that did not give a usable response, with the kind of failure for logs, metrics and dead letters. */
public final class FetchException extends Exception {
    /** What went wrong. */
    public enum Kind {
        /** Not http/https, or a host resolving to an address the {@link AddressPolicy} refuses. */
        BLOCKED,
        /** An HTTP status of 400 or above (or a 3xx without a usable Location). */
        HTTP_STATUS,
        /** Connect, read or whole-response timeout. */
        TIMEOUT,
        /** A body above the size cap. */
        TOO_LARGE,
        /** More redirects than allowed, or a redirect back to a URL already visited. */
        REDIRECTS,
        /** Unknown host, refused connection, reset, TLS failure... */
        NETWORK
    }

    private final Kind kind;
    private final int status;

    public FetchException(Kind kind, String message) {
        this(kind, 0, message, null);
    }

    public FetchException(Kind kind, int status, String message, Throwable cause) {
        super(message, cause, false, false);
        this.kind = kind;
        this.status = status;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
    public int status() {
        return status;
    }
}
