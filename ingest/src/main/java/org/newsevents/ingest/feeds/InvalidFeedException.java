package org.newsevents.ingest.feeds;

/** A feed document that is not RSS or Atom, or not well-formed XML. */
public final class InvalidFeedException extends Exception {
    public InvalidFeedException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
