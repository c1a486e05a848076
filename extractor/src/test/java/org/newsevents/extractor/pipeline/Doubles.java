package org.newsevents.extractor.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.dates.DateExtractor;
import org.newsevents.extractor.dates.DateFinding;
import org.newsevents.extractor.published.PublicationDateResolver;
import org.newsevents.extractor.published.PublishedDate;
import org.newsevents.extractor.sanctions.SanctionsExtractor;
import org.newsevents.extractor.sanctions.SanctionsFinding;
import org.newsevents.extractor.statements.StatementExtractor;
import org.newsevents.extractor.statements.StatementFinding;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.schemas.Granularity;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.SanctionsAction;

/** Small stand-ins for the real extractors: they find fixed words so the pipeline can be tested alone. */
final class Doubles {
    static final LocalDate TEXT_DATE = LocalDate.parse("2023-08-01");

    private Doubles() {
    }

    /** Feed date when given, else a fixed date "from the text". */
    static PublicationDateResolver resolver() {
        return (text, paragraphs, feed, received) -> feed != null
                ? new PublishedDate(LocalDate.parse(feed), PublishedFrom.FEED)
                : new PublishedDate(TEXT_DATE, PublishedFrom.TEXT);
    }

    /** "Monday" = 2023-07-31 (DAY), "July" = 2023-07 (MONTH); returned in reverse text order. */
    static DateExtractor dates() {
        return (article, discourse) -> {
            List<DateFinding> out = new ArrayList<>();
            for (Sentence s : article.sentences()) {
                find(article, s, "Monday", (start, end) -> out.add(new DateFinding(start, end, "Monday", "2023-07-31", Granularity.DAY)));
                find(article, s, "July", (start, end) -> out.add(new DateFinding(start, end, "July", "2023-07", Granularity.MONTH)));
            }
            return reversed(out);
        };
    }

    /** "X said <rest>": speaker Matthew Miller, quote = rest of the sentence without its period. */
    static StatementExtractor statements() {
        return (article, discourse) -> {
            List<StatementFinding> out = new ArrayList<>();
            for (Sentence s : article.sentences()) {
                int cue = s.text().indexOf(" said ");
                if (cue >= 0) {
                    int start = s.start() + cue + 6;
                    int end = s.text().endsWith(".") ? s.end() - 1 : s.end();
                    out.add(new StatementFinding(start, end, article.text().substring(start, end), false,
                            "Matthew Miller", "spokesperson", null, "said", s.start() + cue + 1));
                }
            }
            return reversed(out);
        };
    }

    /** Every "sanctions" word: IMPOSE by USA on PRK. */
    static SanctionsExtractor sanctions() {
        return article -> {
            List<SanctionsFinding> out = new ArrayList<>();
            for (Sentence s : article.sentences()) {
                find(article, s, "sanctions", (start, end) -> out.add(new SanctionsFinding(start, end, "sanctions", "sanctions",
                        SanctionsAction.IMPOSE, new ActorRef("USA", "Washington"), List.of(new ActorRef("PRK", "North Korea")))));
            }
            return reversed(out);
        };
    }

    private interface SpanSink {
        void accept(int start, int end);
    }

    private static void find(AnalyzedArticle a, Sentence s, String word, SpanSink sink) {
        int from = 0;
        int i;
        while ((i = s.text().indexOf(word, from)) >= 0) {
            sink.accept(s.start() + i, s.start() + i + word.length());
            from = i + word.length();
        }
    }

    private static <T> List<T> reversed(List<T> in) {
        List<T> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }
}
