package org.newsevents.extractor.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
 * gold directory, the article it names is read (UTF-8) from the articles directory, given to the
 * system as raw text, and scored with {@link Scorer}. Independent of Kafka. A rejected article
 * counts as an empty output and is named in the report.
 */
public final class Evaluator {
    private Evaluator() {
    }

    public static EvalReport evaluate(Path goldDir, Path articlesDir, Function<String, SystemOutput> system) throws IOException {
        List<ArticleScore> scores = new ArrayList<>();
        for (Path goldFile : GoldLoader.goldFiles(goldDir)) {
            GoldArticle gold = GoldLoader.read(goldFile);
            Path articleFile = articlesDir.resolve(gold.article());
            if (!Files.isRegularFile(articleFile)) {
                throw new IOException("gold file " + goldFile + " names article " + gold.article() + ", which is not in " + articlesDir);
            }
            String text = Files.readString(articleFile, StandardCharsets.UTF_8);
            GoldLoader.GoldSpans spans;
            try {
                spans = GoldLoader.locate(gold, text);
            } catch (IllegalArgumentException e) {
                throw new IOException("gold file " + goldFile + " does not fit its article: " + e.getMessage(), e);
            }
            SystemOutput out;
            String error = null;
            try {
                out = system.apply(text);
            } catch (ArticleRejectedException e) {
                out = SystemOutput.empty();
                error = "rejected " + e.reasonCode() + ": " + e.detail();
            }
            scores.add(Scorer.score(gold.article(), text, spans, out, error));
        }
        return new EvalReport(scores);
    }

    /**
     * The in-process extractor as a system under evaluation: the text becomes an {@link Article}
     * with no feed date (so the publication date must come from the text), id = SHA-256 of the text,
     * and {@code receivedAt} as given (the fallback date; pass a fixed instant for repeatable runs).
     */
    public static Function<String, SystemOutput> system(ArticleExtractor extractor, Instant receivedAt) {
        return text -> SystemOutput.of(extractor.extract(Article.newBuilder()
                .setId(ContentHash.sha256Hex(text)).setSource("eval").setReceivedAt(receivedAt).setText(text).build()));
    }

}
