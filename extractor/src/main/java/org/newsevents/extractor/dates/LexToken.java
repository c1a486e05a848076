package org.newsevents.extractor.dates;

import java.util.Objects;
import org.newsevents.extractor.text.Token;

/**
 * A token of the date grammar: a run of letters, a run of ASCII digits, or one other character.
 * Offsets index the raw article text. {@code lower} is lowercased with curly apostrophes made straight.
 * {@code pos} is the UPOS tag of the OpenNLP token covering it, or null when text was not tagged;
 * when built with {@link #taggedBy(Token)} it is read from that token only when first asked for,
 * so the sentence is POS-tagged only if a date rule needs a tag. (A final class rather than a
 * record because a record cannot defer a component.)
 */
public final class LexToken {

    public enum Kind { WORD, NUMBER, PUNCT }

    private final String text;
    private final String lower;
    private final int start;
    private final int end;
    private final Kind kind;
    private final String pos;
    private final Token covering;

    public LexToken(String text, String lower, int start, int end, Kind kind, String pos) {
        this(text, lower, start, end, kind, pos, null);
    }

    private LexToken(String text, String lower, int start, int end, Kind kind, String pos, Token covering) {
        this.text = text;
        this.lower = lower;
        this.start = start;
        this.end = end;
        this.kind = kind;
        this.pos = pos;
        this.covering = covering;
    }

    public String text() {
        return text;
    }

    public String lower() {
        return lower;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public Kind kind() {
        return kind;
    }

    public String pos() {
        return covering != null ? covering.pos() : pos;
    }

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

    /** This token with the UPOS tag of {@code token} (null: none), read when {@link #pos()} is first called. */
    public LexToken taggedBy(Token token) {
        return token == null ? withPos(null) : new LexToken(text, lower, start, end, kind, null, token);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LexToken t && start == t.start && end == t.end && kind == t.kind
                && text.equals(t.text) && lower.equals(t.lower) && Objects.equals(pos(), t.pos());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, lower, start, end, kind, pos());
    }

    @Override
    public String toString() {
        return "LexToken[text=" + text + ", lower=" + lower + ", start=" + start + ", end=" + end
                + ", kind=" + kind + ", pos=" + pos() + "]";
    }
}
