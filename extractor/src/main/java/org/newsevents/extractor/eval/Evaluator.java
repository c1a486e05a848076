package org.newsevents.extractor.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.schemas.Article;

/**
 * Runs a system over annotated articles and scores it: for every {@code <stem>.gold.json} in the
 * gold directory, the article it names is taken from the articles (a folder of text files or a
 * JSON Lines file of feed items, see {@link EvalArticles}), given to the system, and scored with
 * {@link Scorer}. Independent of Kafka. A rejected article counts as an empty output and is named
 * in the report.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static EvalReport evaluate(Path goldDir, Path articles, Function<EvalArticle, SystemOutput> system) throws IOException {
        EvalArticles source = EvalArticles.at(articles);
        List<ArticleScore> scores = new ArrayList<>();
        for (Path goldFile : GoldLoader.goldFiles(goldDir)) {
            GoldArticle gold = GoldLoader.read(goldFile);
            EvalArticle article = source.find(gold.article()).orElseThrow(() -> new IOException(
                    "gold file " + goldFile + " names article " + gold.article() + ", which is not in " + source.describe()));
            String text = article.text();
            GoldLoader.GoldSpans spans;
            try {
                spans = GoldLoader.locate(gold, text);
            } catch (IllegalArgumentException e) {
                throw new IOException("gold file " + goldFile + " does not fit its article: " + e.getMessage(), e);
            }
            SystemOutput out;
            String error = null;
            try {
                out = system.apply(article);
            } catch (ArticleRejectedException e) {
                out = SystemOutput.empty();
                error = "rejected " + e.reasonCode() + ": " + e.detail();
            }
            scores.add(Scorer.score(gold.article(), text, spans, out, error));
        }
        return new EvalReport(scores);
    }

    /**
     * The in-process extractor as a system under evaluation: the article becomes an {@link Article}
     * with what its feed item gave (id, url, title, publication date; a plain text file gives none,
     * so the publication date must then come from the text), id = SHA-256 of the text when the item
     * has none, and {@code receivedAt} as given (the fallback date; pass a fixed instant for
     * repeatable runs).
     */
    public static Function<EvalArticle, SystemOutput> system(ArticleExtractor extractor, Instant receivedAt) {
        return a -> SystemOutput.of(extractor.extract(Article.newBuilder()
                .setId(a.id() != null ? a.id() : ContentHash.sha256Hex(a.text()))
                .setSource(a.name())
                .setUrl(a.url())
                .setTitle(a.title())
                .setPublished(a.published())
                .setReceivedAt(receivedAt)
                .setText(a.text())
                .build()));
    }
}
