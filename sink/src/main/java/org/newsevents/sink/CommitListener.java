package org.newsevents.sink;

import java.util.List;
import org.newsevents.schemas.ArticleSummary;

/** Told what has just become durable at the target (and been committed to Kafka). */
@FunctionalInterface
public interface CommitListener {
    /** @param summaries the article summaries in the commit, possibly empty */
    void committed(List<ArticleSummary> summaries);
}
