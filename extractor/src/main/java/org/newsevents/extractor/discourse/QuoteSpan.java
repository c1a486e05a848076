package org.newsevents.extractor.discourse;

/**
 * A quotation found in one paragraph. {@code open}/{@code close} are the offsets of the marks
 * ({@code close} = paragraph end when never closed); content is (open + 1, close).
 *
 * @param continuesPrevious the paragraph continues a quotation left open in the previous paragraph
 * @param chain             index shared by the quotes of one multi-paragraph quotation
 */
public record QuoteSpan(int open, int close, boolean closed, boolean single, int paragraphIndex,
                 boolean continuesPrevious, int chain) {

    public int contentStart() {
        return open + 1;
    }

    public int contentEnd() {
        return close;
    }

    public boolean contains(int offset) {
        return offset > open && offset < close;
    }
}
