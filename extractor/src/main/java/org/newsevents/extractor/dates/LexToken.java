package org.newsevents.extractor.dates;

/**
 * A token of the date grammar: a run of letters, a run of ASCII digits, or one other character.
 * Offsets index the raw article text. {@code lower} is lowercased with curly apostrophes made straight.
 * {@code pos} is the UPOS tag of the OpenNLP token covering it, or null when text was not tagged.
 */
public record LexToken(String text, String lower, int start, int end, Kind kind, String pos) {

    public enum Kind { WORD, NUMBER, PUNCT }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isNumber() {
        return kind == Kind.NUMBER;
    }

    public boolean is(String lowerText) {
        return lower.equals(lowerText);
    }

    public boolean capitalized() {
        return Character.isUpperCase(text.charAt(0));
    }

    /** True when this token directly follows {@code previous} with no space between. */
    public boolean touches(LexToken previous) {
        return previous.end == start;
    }

    /** The numeric value of a NUMBER token of at most 9 digits, else -1. */
    public int number() {
        if (kind != Kind.NUMBER || text.length() > 9) {
            return -1;
        }
        return Integer.parseInt(text);
    }

    public LexToken withPos(String tag) {
        return new LexToken(text, lower, start, end, kind, tag);
    }
}
