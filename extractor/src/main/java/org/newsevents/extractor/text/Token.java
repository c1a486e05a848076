package org.newsevents.extractor.text;

/** A token with its offsets (UTF-16, end exclusive) into the raw article text and its UPOS tag. */
public record Token(String text, int start, int end, String pos) {
    public boolean isProperNoun() {
        return "PROPN".equals(pos);
    }
}
