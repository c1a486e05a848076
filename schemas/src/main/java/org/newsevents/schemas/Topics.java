package org.newsevents.schemas;

import java.util.List;

/** Every topic of the pipeline: the one place their names are written. All are keyed by article id. */
public final class Topics {
    /** Raw articles ({@link Article}); compacted by id so the corpus can be replayed. */
    public static final String ARTICLES = "news.articles";
    /** One {@link ArticleSummary} per extracted article, written after its events. */
    public static final String SUMMARIES = "news.events.articles";
    public static final String DATES = "news.events.dates";
    public static final String STATEMENTS = "news.events.statements";
    public static final String SANCTIONS = "news.events.sanctions";
    /** {@link DeadLetter}s: rejected articles and records no stage could process. */
    public static final String DLQ = "news.articles.dlq";

    /** The event topics a subscriber or sink reads, summaries last in spirit: they close an article. */
    public static final List<String> EVENT_TOPICS = List.of(STATEMENTS, DATES, SANCTIONS, SUMMARIES);
    public static final List<String> ALL = List.of(ARTICLES, SUMMARIES, DATES, STATEMENTS, SANCTIONS, DLQ);

    private Topics() {
    }
}
