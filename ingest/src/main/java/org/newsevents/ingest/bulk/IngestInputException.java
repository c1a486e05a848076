package org.newsevents.ingest.bulk;

/** The command line named inputs that do not exist: nothing was ingested. */
public final class IngestInputException extends RuntimeException {
    public IngestInputException(String message) {
        super(message);
    }
}
