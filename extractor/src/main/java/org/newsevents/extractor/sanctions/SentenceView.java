package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;

/**
 * One sentence prepared once for all rules: normalized words, UPOS tags, the actor mentions and,
 * per token, the mention covering it and whether it lies inside quotation marks.
 */
final class SentenceView {
    final Sentence sentence;
    final List<Token> tokens;
    final String[] lower;
    /** UPOS tags, read from the tokens on first use ("X" when untagged): see {@link #pos(int)}. */
    private final String[] pos;
    final List<ActorMention> mentions;
    final int[] mentionAt;
    final boolean[] quoted;

    SentenceView(Sentence sentence, ActorResolver actors, QuoteMap quotes) {
        this.sentence = sentence;
        this.tokens = sentence.tokens();
        int n = tokens.size();
        lower = new String[n];
        pos = new String[n];
        quoted = new boolean[n];
        for (int i = 0; i < n; i++) {
            Token t = tokens.get(i);
            lower[i] = SanctionsLexicon.norm(t.text());
            quoted[i] = quotes.inQuote(t.start());
        }
        mentions = new ArrayList<>(actors.find(tokens, 0, n));
        mentionAt = new int[n];
        Arrays.fill(mentionAt, -1);
        for (int m = 0; m < mentions.size(); m++) {
            for (int i = mentions.get(m).firstToken(); i <= mentions.get(m).lastToken(); i++) {
                mentionAt[i] = m;
            }
        }
    }

    /** The UPOS tag of token i; asking for it may tag the sentence, so rules ask only when they need it. */
    String pos(int i) {
        String p = pos[i];
        if (p == null) {
            p = tokens.get(i).pos();
            pos[i] = p = p == null ? "X" : p;
        }
        return p;
    }

    int size() {
        return tokens.size();
    }

    boolean isVerb(int i) {
        return pos(i).startsWith("VERB") || pos(i).startsWith("AUX");
    }

    boolean isNominal(int i) {
        String p = pos(i);
        return p.startsWith("NOUN") || p.startsWith("PROPN") || p.startsWith("ADJ") || p.startsWith("DET")
                || p.startsWith("NUM") || (p.startsWith("PART") && lower[i].startsWith("'"));
    }

    boolean isPunct(int i) {
        return !Character.isLetterOrDigit(lower[i].isEmpty() ? ' ' : lower[i].charAt(0)) && pos(i).startsWith("PUNCT");
    }

    /** Double quotation marks delimit clauses; single ones are scare quotes inside a clause. */
    boolean isDoubleQuote(int i) {
        String t = tokens.get(i).text();
        return t.equals("\"") || t.equals("\u201C") || t.equals("\u201D") || t.equals("\u00AB") || t.equals("\u00BB")
                || t.equals("''") || t.equals("``");
    }
}
