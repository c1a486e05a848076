package org.newsevents.sink;

/** A record the target refused for good (bad data, constraint), with a reason code and detail for the DLQ. */
public record Rejected(SinkRecord record, String reason, String detail) {
}
