package org.newsevents.extractor.statements;

/**
 * A quotation found in one paragraph. {@code open}/{@code close} are the offsets of the marks
 * ({@code close} = paragraph end when never closed); content is (open + 1, close).
 *
 * @param continuesPrevious the paragraph continues a quotation left open in the previous paragraph
 * @param chain             index shared by the quotes of one multi-paragraph quotation
 */
record QuoteSpan(int open, int close, boolean closed, boolean single, int paragraphIndex,
                 boolean continuesPrevious, int chain) {

    int contentStart() {
        return open + 1;
    }

    int contentEnd() {
        return close;
    }

    boolean contains(int offset) {
        return offset > open && offset < close;
    }
}
