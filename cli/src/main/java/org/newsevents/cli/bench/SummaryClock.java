package org.newsevents.cli.bench;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.sink.CommitListener;

/** When each article's summary was first committed by the sink ({@link System#nanoTime()}). */
final class SummaryClock implements CommitListener {
    private final Map<String, Long> committedAt = new ConcurrentHashMap<>();

    @Override
    public void committed(List<ArticleSummary> summaries) {
        long now = System.nanoTime();
        summaries.forEach(s -> committedAt.putIfAbsent(s.getArticleId(), now));
    }

    Long committedAt(String articleId) {
        return committedAt.get(articleId);
    }

    boolean allCommitted(Collection<String> ids) {
        return ids.stream().allMatch(committedAt::containsKey);
    }

    long missing(Collection<String> ids) {
        return ids.stream().filter(id -> !committedAt.containsKey(id)).count();
    }
}
