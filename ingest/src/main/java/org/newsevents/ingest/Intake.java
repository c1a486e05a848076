package org.newsevents.ingest;

import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.Article;

/** What became of one input: an article to publish, or a rejection to report. */
public sealed interface Intake {
    record Accepted(Article article) implements Intake {
    }

    record Rejected(Rejection rejection) implements Intake {
    }
}
