package org.newsevents.extractor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.pipeline.ArticleAnalyzer;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;

/** Builds analyzed articles for unit tests with the real OpenNLP models. */
public final class Articles {
    private static final ThreadLocal<NlpPipeline> NLP = ThreadLocal.withInitial(NlpPipeline::new);

    private Articles() {
    }

    /** Every line of {@code text} is a content paragraph (no boilerplate classification). */
    public static AnalyzedArticle analyze(String text, LocalDate published) {
        ArticleAnalyzer analyzer = new ArticleAnalyzer(NLP.get(), Articles::plainParagraphs);
        return analyzer.analyze(text, plainParagraphs(text), published);
    }

    public static AnalyzedArticle analyze(String text, String publishedIso) {
        return analyze(text, LocalDate.parse(publishedIso));
    }

    /** A seed article from ../shared/corpus/seeds, read as UTF-8. */
    public static String seed(String fileName) {
        Path p = Path.of("..", "corpus", fileName);
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Line-based paragraphs, none of them boilerplate: enough for extractor unit tests. */
    public static List<Paragraph> plainParagraphs(String text) {
        List<Paragraph> out = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && !text.substring(start, end).isBlank()) {
                out.add(new Paragraph(out.size(), start, end, text.substring(start, end), false, null));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return out;
    }
}
