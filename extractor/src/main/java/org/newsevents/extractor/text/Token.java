package org.newsevents.extractor.text;

import java.util.Objects;

/**
 * A token with its offsets (UTF-16, end exclusive) into the raw article text and its UPOS tag.
 *
 * <p>The tag may be computed on first use: POS tagging is most of the extraction cost and most
 * sentences are never read by a rule that needs tags, so the tokens of a sentence can share a
 * {@link TagSource} that tags the whole sentence the first time any of its tokens is asked for
 * {@link #pos()}. The value is the same whenever it is computed, so results do not depend on which
 * rules read tags. (A final class rather than a record because a record cannot hold the source.)
 */
public final class Token {
    /** Tags of one sentence's tokens, computed at most once, on the thread that reads them. */
    public interface TagSource {
        String tag(int index);
    }

    private final String text;
    private final int start;
    private final int end;
    private String pos;
    private TagSource source;
    private final int index;

    public Token(String text, int start, int end, String pos) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.pos = pos;
        this.source = null;
        this.index = -1;
    }

    /** A token whose tag is {@code source.tag(index)}, asked for only when {@link #pos()} is first called. */
    public Token(String text, int start, int end, TagSource source, int index) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.source = Objects.requireNonNull(source, "source");
        this.index = index;
    }

    public String text() {
        return text;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    /** The UPOS tag, or null for untagged text. */
    public String pos() {
        TagSource s = source;
        if (s != null) {
            pos = s.tag(index);
            source = null;
        }
        return pos;
    }

    public boolean isProperNoun() {
        return "PROPN".equals(pos());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Token t && start == t.start && end == t.end && text.equals(t.text)
                && Objects.equals(pos(), t.pos());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, start, end, pos());
    }

    @Override
    public String toString() {
        return "Token[text=" + text + ", start=" + start + ", end=" + end + ", pos=" + pos() + "]";
    }
}
