package org.newsevents.extractor.sanctions;

import java.util.BitSet;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;

/**
 * Which characters of an article lie inside double quotation marks. Straight quotes toggle, curly
 * ones open and close; a quote never closed runs to the end of its paragraph (GUIDELINES 2).
 */
final class QuoteMap {
    private final BitSet inside;

    private QuoteMap(BitSet inside) {
        this.inside = inside;
    }

    static QuoteMap of(AnalyzedArticle article) {
        String text = article.text();
        BitSet inside = new BitSet(text.length());
        for (Paragraph p : article.paragraphs()) {
            if (p.boilerplate()) {
                continue;
            }
            boolean open = false;
            int end = Math.min(p.end(), text.length());
            for (int i = p.start(); i < end; i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    open = !open;
                } else if (c == '\u201C') {
                    open = true;
                } else if (c == '\u201D') {
                    open = false;
                } else if (open) {
                    inside.set(i);
                }
            }
        }
        return new QuoteMap(inside);
    }

    boolean inQuote(int offset) {
        return offset >= 0 && inside.get(offset);
    }
}
