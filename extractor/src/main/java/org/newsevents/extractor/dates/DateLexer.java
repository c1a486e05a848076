package org.newsevents.extractor.dates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsevents.extractor.text.Token;

/**
 * Splits text into {@link LexToken}s in one pass. The date grammar runs on these rather than on
 * OpenNLP tokens so that the extractor and the publication-date resolver (which reads untagged
 * byline lines) share one tokenization and one parser; OpenNLP POS tags are attached by offset.
 */
public final class DateLexer {

    private DateLexer() {
    }

    /** Tokens of {@code text[from, to)}, offsets into {@code text}, without POS tags. */
    public static List<LexToken> lex(String text, int from, int to) {
        List<LexToken> out = new ArrayList<>();
        int i = from;
        while (i < to) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                i++;
                continue;
            }
            int j = i + 1;
            LexToken.Kind kind;
            if (isAsciiDigit(c)) {
                kind = LexToken.Kind.NUMBER;
                while (j < to && isAsciiDigit(text.charAt(j))) {
                    j++;
                }
            } else if (Character.isLetter(c)) {
                kind = LexToken.Kind.WORD;
                while (j < to && Character.isLetter(text.charAt(j))) {
                    j++;
                }
            } else {
                kind = LexToken.Kind.PUNCT;
            }
            String s = text.substring(i, j);
            out.add(new LexToken(s, normalize(s), i, j, kind, null));
            i = j;
        }
        return out;
    }

    /** Tokens of {@code text[from, to)} with the UPOS tag of the OpenNLP token covering each one. */
    public static List<LexToken> lex(String text, int from, int to, List<Token> tagged) {
        List<LexToken> plain = lex(text, from, to);
        List<LexToken> out = new ArrayList<>(plain.size());
        int k = 0;
        for (LexToken t : plain) {
            while (k < tagged.size() && tagged.get(k).end() <= t.start()) {
                k++;
            }
            Token covering = k < tagged.size() && tagged.get(k).start() <= t.start() ? tagged.get(k) : null;
            out.add(t.taggedBy(covering));
        }
        return out;
    }

    static String normalize(String s) {
        return s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
