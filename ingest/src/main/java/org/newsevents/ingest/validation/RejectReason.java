package org.newsevents.ingest.validation;

/** Why ingest refused an input: the machine-readable code in the dead letter and the summary. */
public enum RejectReason {
    /** Empty or whitespace-only text. */
    EMPTY,
    /** NUL bytes: not text. */
    BINARY,
    /** Not valid UTF-8 (and no UTF-16 byte order mark). */
    INVALID_UTF8,
    /** Above {@code ingest.max.bytes}. */
    TOO_LARGE,
    /** A JSON input that is not one JSON object. */
    MALFORMED_JSON,
    /** A JSON object without a string {@code text}. */
    MISSING_TEXT,
    /** A feed {@code published} that is not an ISO date. */
    INVALID_PUBLISHED,
    /** A feed field of the wrong type or shape (e.g. an id that is blank or too long). */
    INVALID_FIELD,
    /** A web page in which no article body was found: script-only, a paywall stub, an index or error page. */
    NO_ARTICLE_TEXT,
    /** The input could not be read (permissions, I/O error). */
    UNREADABLE,
    /** A feed item's linked page could not be fetched (HTTP error, timeout, too many redirects, network). */
    FETCH_FAILED,
    /** A feed item's link is not http/https or points at an internal address (see {@code feed.allow.addresses}). */
    BLOCKED_URL,
    /** A feed item's linked page is not HTML (an image, a PDF, audio...). */
    NOT_HTML
}
