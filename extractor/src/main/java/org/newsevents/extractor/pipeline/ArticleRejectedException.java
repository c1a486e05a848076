package org.newsevents.extractor.pipeline;

/** An article the extractor will not process, with a machine-readable reason code. */
public final class ArticleRejectedException extends RuntimeException {
    private final String reasonCode;

    public ArticleRejectedException(String reasonCode, String detail) {
        super(detail);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
