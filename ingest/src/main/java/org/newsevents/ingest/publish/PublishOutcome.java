package org.newsevents.ingest.publish;

/** What happened to one input once Kafka acknowledged it. */
public enum PublishOutcome {
    /** Sent to {@code news.articles}. */
    ACCEPTED,
    /** Its id was already sent by this process; not sent again (the earlier send was acknowledged). */
    DUPLICATE,
    /** Refused and sent to the DLQ. */
    REJECTED
}
