package org.newsevents.extractor.topology;

/**
 * Stable names of the extractor topology's steps and state stores. Changing one changes internal
 * topic names and breaks a running application's state: treat them as part of the contract.
 */
public final class TopologyNames {
    public static final String SOURCE_ARTICLES = "articles-source";
    public static final String EXTRACT = "extract-events";
    public static final String SPLIT = "split-by-type-";
    public static final String BRANCH_STATEMENTS = "statements";
    public static final String BRANCH_DATES = "dates";
    public static final String BRANCH_SANCTIONS = "sanctions";
    public static final String BRANCH_SUMMARIES = "summaries";
    public static final String BRANCH_DEAD_LETTERS = "dead-letters";
    public static final String CAST = "-as-type";
    public static final String SINK_STATEMENTS = "statements-sink";
    public static final String SINK_DATES = "dates-sink";
    public static final String SINK_SANCTIONS = "sanctions-sink";
    public static final String SINK_SUMMARIES = "summaries-sink";
    public static final String SINK_DLQ = "dead-letters-sink";
    /** articleId -> extractorVersion of the last extraction: drops duplicates of an article already extracted. */
    public static final String DEDUPE_STORE = "extracted-articles-store";

    private TopologyNames() {
    }
}
