package org.newsevents.extractor.eval;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.stream.Stream;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;

/** Reads {@code *.gold.json} files and turns their substring + occurrence pairs into offsets. */
public final class GoldLoader {
    public static final String SUFFIX = ".gold.json";
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private GoldLoader() {
    }

    /** Gold files of a directory, sorted by name. */
    public static List<Path> goldFiles(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException("gold directory " + dir + " does not exist or is not a directory");
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(SUFFIX)).sorted().toList();
        }
    }

    public static GoldArticle read(Path file) throws IOException {
        try {
            GoldArticle g = JSON.readValue(file.toFile(), GoldArticle.class);
            if (g.article() == null || g.article().isBlank()) {
                String name = file.getFileName().toString();
                return new GoldArticle(name.substring(0, name.length() - SUFFIX.length()) + ".txt",
                        g.published(), g.dates(), g.statements(), g.sanctions());
            }
            return g;
        } catch (IOException e) {
            throw new IOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The gold events of one article with offsets into {@code text}. */
    public static GoldSpans locate(GoldArticle gold, String text) {
        List<DateSpan> dates = new ArrayList<>();
        for (GoldArticle.Date d : gold.dates()) {
            int start = offsetOf(text, d.text(), d.occurrence(), gold.article());
            dates.add(new DateSpan(start, start + d.text().length(), d.value()));
        }
        List<QuoteSpan> statements = new ArrayList<>();
        for (GoldArticle.Statement s : gold.statements()) {
            int start = offsetOf(text, s.quote(), s.occurrence(), gold.article());
            statements.add(new QuoteSpan(start, start + s.quote().length(), s.quote(), s.speaker(), s.direct()));
        }
        List<SanctionSpan> sanctions = new ArrayList<>();
        for (GoldArticle.Sanction s : gold.sanctions()) {
            int start = offsetOf(text, s.text(), s.occurrence(), gold.article());
            sanctions.add(new SanctionSpan(start, start + s.text().length(), s.action(), s.imposer(),
                    s.targets() == null ? new HashSet<>() : new HashSet<>(s.targets())));
        }
        return new GoldSpans(gold.published(), dates, statements, sanctions);
    }

    /**
     * Start of the {@code occurrence}-th (1-based, default 1) occurrence of {@code needle};
     * occurrences are counted at every start position, so they may overlap.
     */
    static int offsetOf(String text, String needle, Integer occurrence, String article) {
        if (needle == null || needle.isEmpty()) {
            throw new IllegalArgumentException(article + ": gold entry with an empty text");
        }
        int n = occurrence == null ? 1 : occurrence;
        int at = -1;
        for (int i = 0; i < n; i++) {
            at = text.indexOf(needle, at + 1);
            if (at < 0) {
                throw new IllegalArgumentException(article + ": occurrence " + n + " of \"" + needle + "\" is not in the article text");
            }
        }
        return at;
    }

    /** Gold events with offsets. */
    public record GoldSpans(String published, List<DateSpan> dates, List<QuoteSpan> statements, List<SanctionSpan> sanctions) {
    }
}
