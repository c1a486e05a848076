package org.newsevents.ingest.publish;

/** Kafka did not acknowledge a record even after the producer's retries: the run has failed. */
public final class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
