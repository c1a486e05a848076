package org.newsevents.extractor.statements;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.extractor.discourse.Honorifics;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;

/**
 * The tokens of one paragraph's content sentences in one list, so that quotations that the
 * sentence detector split can be read across sentence boundaries.
 */
final class TokenView {
    final String text;
    final List<Token> tokens;
    /** index of the sentence (within the paragraph) of each token */
    private final int[] sentenceOf;
    /** first token index of each sentence, plus tokens.size() at the end */
    private final int[] sentenceStarts;
    final boolean headline;
    /** number of word tokens before each index (prefix sums), for O(1) "any words between" tests */
    private final int[] wordsBefore;

    TokenView(String articleText, List<Sentence> sentences, boolean headline) {
        this.text = articleText;
        this.headline = headline;
        List<Token> all = new ArrayList<>();
        List<Integer> startList = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (Sentence sentence : sentences) {
            if (startList.isEmpty() || !continuesSentence(all)) {
                startList.add(all.size());
            }
            for (Token t : sentence.tokens()) {
                all.add(t);
                owner.add(startList.size() - 1);
            }
        }
        int[] starts = new int[startList.size() + 1];
        for (int s = 0; s < startList.size(); s++) {
            starts[s] = startList.get(s);
        }
        starts[startList.size()] = all.size();
        this.tokens = all;
        this.sentenceStarts = starts;
        this.sentenceOf = owner.stream().mapToInt(Integer::intValue).toArray();
        this.wordsBefore = new int[all.size() + 1];
        for (int i = 0; i < all.size(); i++) {
            String w = all.get(i).text();
            boolean word = !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
            wordsBefore[i + 1] = wordsBefore[i] + (word ? 1 : 0);
        }
    }

    /**
     * The sentence detector ends sentences after abbreviations: "Sen." before a name, "R-Tenn.," in
     * "Anna Lee, R-Tenn., said". A sentence that ends in a comma or in an honorific's period goes on.
     */
    private static boolean continuesSentence(List<Token> before) {
        int n = before.size();
        String last = before.get(n - 1).text();
        if (last.equals(",")) {
            return true;
        }
        return n >= 2 && last.equals(".") && before.get(n - 2).end() == before.get(n - 1).start()
                && Honorifics.isHonorific(before.get(n - 2).text());
    }

    /** Number of word tokens in [from, to). */
    int wordsBetween(int from, int to) {
        int a = Math.max(0, Math.min(from, tokens.size()));
        int b = Math.max(a, Math.min(to, tokens.size()));
        return wordsBefore[b] - wordsBefore[a];
    }

    int size() {
        return tokens.size();
    }

    Token get(int i) {
        return tokens.get(i);
    }

    String word(int i) {
        return tokens.get(i).text();
    }

    /** The base UPOS tag: the tagger joins tags of contracted tokens ("PROPN+PART"). */
    String pos(int i) {
        String p = tokens.get(i).pos();
        if (p == null) {
            return "X";
        }
        int plus = p.indexOf('+');
        return plus < 0 ? p : p.substring(0, plus);
    }

    int sentenceOf(int i) {
        return sentenceOf[i];
    }

    int sentenceStart(int i) {
        return sentenceStarts[sentenceOf[i]];
    }

    /** Exclusive end token index of the sentence holding token i. */
    int sentenceEnd(int i) {
        return sentenceStarts[sentenceOf[i] + 1];
    }

    /** Index of the first token starting at or after {@code offset} (size() if none). */
    int firstAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Index of the last token ending at or before {@code offset} (-1 if none). */
    int lastEndingAtOrBefore(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /** Raw text of tokens [from, to] inclusive. */
    String span(int from, int to) {
        return text.substring(tokens.get(from).start(), tokens.get(to).end());
    }

    /** True when token i follows token i-1 without white space ("Chon" "-" "il"). */
    boolean glued(int i) {
        return i > 0 && tokens.get(i).start() == tokens.get(i - 1).end();
    }
}
