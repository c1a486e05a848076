package org.newsevents.extractor.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;

/**
 * The quotations of one article, per content paragraph, with multi-paragraph quotations chained:
 * a paragraph that opens with a double mark while the previous one ended inside an open quotation
 * continues it (the news convention of reopening the mark in each paragraph).
 */
public final class QuoteMap {
    private final Map<Integer, List<QuoteSpan>> byParagraph;
    private final List<QuoteSpan> all;

    private QuoteMap(Map<Integer, List<QuoteSpan>> byParagraph, List<QuoteSpan> all) {
        this.byParagraph = byParagraph;
        this.all = all;
    }

    /** Scans the paragraphs that are not boilerplate, in one linear pass. */
    public static QuoteMap of(AnalyzedArticle article) {
        QuoteScanner scanner = new QuoteScanner();
        Map<Integer, List<QuoteSpan>> byParagraph = new HashMap<>();
        List<QuoteSpan> all = new ArrayList<>();
        boolean openAtEnd = false;
        int chain = 0;
        for (Paragraph p : article.paragraphs()) {
            if (p.boilerplate()) {
                continue;
            }
            boolean continues = openAtEnd && startsWithDoubleMark(p.text());
            if (!continues) {
                chain++;
            }
            List<QuoteSpan> spans = scanner.scan(p.text(), p.start(), p.index(), continues, chain);
            openAtEnd = !spans.isEmpty() && !spans.get(spans.size() - 1).closed();
            byParagraph.put(p.index(), spans);
            all.addAll(spans);
        }
        return new QuoteMap(byParagraph, List.copyOf(all));
    }

    /** The quotations of one paragraph in text order (empty for boilerplate). */
    public List<QuoteSpan> inParagraph(int paragraphIndex) {
        return byParagraph.getOrDefault(paragraphIndex, List.of());
    }

    /** The quotation whose content holds {@code offset}, or null (binary search). */
    public QuoteSpan quoteAt(int offset) {
        int lo = 0;
        int hi = all.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            QuoteSpan q = all.get(mid);
            if (q.close() <= offset) {
                lo = mid + 1;
            } else if (q.open() >= offset) {
                hi = mid - 1;
            } else {
                return q;
            }
        }
        return null;
    }

    public boolean inQuote(int offset) {
        return quoteAt(offset) != null;
    }

    private static boolean startsWithDoubleMark(String text) {
        String t = text.stripLeading();
        return !t.isEmpty() && QuoteScanner.isDoubleMark(t.charAt(0));
    }
}
