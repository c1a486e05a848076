package org.newsevents.extractor.statements;

import java.util.Optional;

/**
 * A social-media post embedded in an article, as pages render it: the post's text, then
 * "— Anna Lee (@annalee) May 3, 2024". The text before the dash is the named author's words.
 */
final class EmbeddedPosts {
    /** A post's text [firstToken, lastToken] and its author. */
    record Post(int firstToken, int lastToken, int dash, SpeakerPhrase author) {
    }

    private final SpeakerPhraseParser parser;

    EmbeddedPosts(SpeakerPhraseParser parser) {
        this.parser = parser;
    }

    /** The post this paragraph holds, or empty. */
    Optional<Post> find(TokenView v) {
        for (int i = 1; i + 3 < v.size(); i++) {
            String w = v.word(i);
            if (!(w.equals("\u2014") || w.equals("--") || w.equals("-"))) {
                continue;
            }
            int paren = i + 1;
            while (paren < v.size() && paren - i <= 5 && !v.word(paren).equals("(")) {
                paren++;
            }
            if (paren + 1 >= v.size() || paren == i + 1 || !v.word(paren).equals("(")
                    || !v.word(paren + 1).startsWith("@") || v.word(paren + 1).length() < 2) {
                continue;
            }
            int first = 0;
            while (first < i && v.wordsBetween(first, first + 1) == 0) {
                first++;
            }
            if (v.wordsBetween(first, i) < 3) {
                return Optional.empty();
            }
            final int dash = i;
            final int start = first;
            return parser.phraseAfter(v, i + 1, paren)
                    .filter(s -> s.kind() == SpeakerPhrase.Kind.PERSON || s.kind() == SpeakerPhrase.Kind.INSTITUTION)
                    .map(s -> new Post(start, dash - 1, dash, s));
        }
        return Optional.empty();
    }
}
