package org.newsevents.ingest.validation;

/** An input refused with a reason; the detail says what was wrong without quoting article text. */
public final class InvalidArticleException extends Exception {
    private final RejectReason reason;

    public InvalidArticleException(RejectReason reason, String detail) {
        super(detail, null, false, false);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }

    public String detail() {
        return getMessage();
    }
}
