package org.newsevents.extractor.statements;

import java.util.List;
import org.newsevents.extractor.discourse.Honorifics;
import org.newsevents.extractor.discourse.QuoteScanner;
import org.newsevents.extractor.discourse.QuoteSpan;
import org.newsevents.extractor.text.Paragraph;

/** Shape tests on a paragraph's tokens and text that the statement rules share (no lexicon state). */
final class Shapes {
    private Shapes() {
    }

    /** The mark at {@code open} starts a sentence: paragraph start, or after . ? ! (possibly closing a quote). */
    static boolean opensSentence(String text, int open, int paragraphStart) {
        int i = open - 1;
        while (i >= paragraphStart && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < paragraphStart) {
            return true;
        }
        char c = text.charAt(i);
        if (QuoteScanner.isDoubleMark(c) && i > paragraphStart) {
            c = text.charAt(i - 1);
        }
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    /** The quotation's content ends a sentence (. ? ! inside the closing mark). */
    static boolean closesSentence(String text, QuoteSpan q) {
        if (!q.closed()) {
            return false;
        }
        int i = q.close() - 1;
        while (i > q.open() && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        char c = text.charAt(i);
        return c == '.' || c == '?' || c == '!' || c == '\u2026';
    }

    static boolean[] insideQuotes(TokenView v, List<QuoteSpan> spans) {
        boolean[] in = new boolean[v.size()];
        int q = 0;
        for (int i = 0; i < v.size(); i++) {
            int s = v.get(i).start();
            while (q < spans.size() && spans.get(q).close() <= s) {
                q++;
            }
            in[i] = q < spans.size() && spans.get(q).contains(s);
        }
        return in;
    }

    static boolean hasWords(TokenView v, int from, int to) {
        return v.wordsBetween(from, to) > 0;
    }

    /** Only determiners and honorifics ("the", "Sen", ".") in [from, to). */
    static boolean onlyDeterminers(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.word(i);
            boolean honorific = Honorifics.isHonorific(w) || w.equals(".") && i > from && Honorifics.isHonorific(v.word(i - 1));
            if (!Words.isDeterminer(w) && !honorific) {
                return false;
            }
        }
        return true;
    }

    /** Quote content without surrounding white space and a trailing comma or period. */
    static int[] trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start) {
            char c = text.charAt(end - 1);
            if (Character.isWhitespace(c) || c == ',' || c == '.' || c == ':' || c == ';') {
                end--;
            } else {
                break;
            }
        }
        return new int[] {start, end};
    }

    static boolean isPassive(TokenView v, int i, String lemma) {
        if (!lemma.equals("accuse") && !lemma.equals("charge") && !lemma.equals("ask") && !lemma.equals("tell")) {
            return false;
        }
        int j = i - 1;
        while (j >= 0 && "ADV".equals(v.pos(j))) {
            j--;
        }
        if (j < 0) {
            return false;
        }
        String w = Words.lower(v.word(j));
        return w.equals("was") || w.equals("were") || w.equals("been") || w.equals("is") || w.equals("are")
                || w.equals("be") || w.equals("being") || w.equals("when") || w.equals("if");
    }

    static boolean isAsSaying(TokenView v, int i) {
        return i > 0 && Words.lower(v.word(i)).equals("saying") && Words.lower(v.word(i - 1)).equals("as");
    }

    /** "... and (also) said": the verb shares the subject of the first verb. */
    static boolean afterCoordinator(TokenView v, int i, int floor) {
        int j = i - 1;
        while (j > floor && (Words.isAuxiliary(v.word(j)) || "ADV".equals(v.pos(j))
                && Character.isLowerCase(v.word(j).charAt(0)))) {
            j--;
        }
        return j > floor && (Words.lower(v.word(j)).equals("and") || Words.lower(v.word(j)).equals("but"));
    }

    /** First token of a speaker phrase, determiners included. */
    static int speakerStart(TokenView v, SpeakerPhrase s) {
        int i = s.firstToken();
        while (i > 0 && Words.isDeterminer(v.word(i - 1))) {
            i--;
        }
        return i;
    }

    static int key(Paragraph p, TokenView v, int token) {
        return p.index() * 10_000 + (token >= 0 && token < v.size() ? v.sentenceOf(token) : 0);
    }
}
