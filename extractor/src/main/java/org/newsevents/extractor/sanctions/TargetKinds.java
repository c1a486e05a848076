package org.newsevents.extractor.sanctions;

import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;

/**
 * The kind of a target actor: a state mention that only qualifies an organisation, a person or a vessel
 * ("Russian banks", "an Iranian tanker") stands for OTHER, and so does a named or counted entity.
 */
final class TargetKinds {
    static final String OTHER = "OTHER";
    private static final int HEAD_REACH = 6;

    private final SanctionsLexicon lexicon;

    TargetKinds(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The actor a subject or target mention stands for: OTHER when it only qualifies an organisation or person. */
    ActorRef headed(SentenceView s, ActorMention m, int limit) {
        int head = -1;
        for (int k = m.lastToken() + 1; k < Math.min(limit, m.lastToken() + HEAD_REACH); k++) {
            boolean noun = s.pos(k).startsWith("NOUN") || s.pos(k).startsWith("PROPN") && s.mentionAt[k] < 0;
            if (noun) {
                head = k;
            } else if (head >= 0 || !s.pos(k).startsWith("ADJ") && !(s.pos(k).startsWith("PART") && s.lower[k].startsWith("'"))
                    && !s.lower[k].equals("-") && !(s.lower[k - 1].equals("-") && s.pos(k).startsWith("VERB"))) {
                // the head is the end of the first noun run ("officials last year" -> officials); "state-owned banks" -> banks
                break;
            }
        }
        if (head >= 0 && lexicon.has("entityNoun", s.lower[head]) && !lexicon.has("stateNoun", s.lower[head])) {
            return new ActorRef(OTHER, s.mentions.size() > 0 ? text(s, m.firstToken(), head) : null);
        }
        return m.actor();
    }

    /** A named or counted organisation, person or vessel with no state in it ("three entities", "Rosneft"). */
    ActorRef entityPhrase(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.mentionAt[k] >= 0 || lexicon.has("timeWord", s.lower[k])) {
                continue;
            }
            boolean entity = s.pos(k).startsWith("NOUN") && lexicon.has("entityNoun", s.lower[k])
                    || s.pos(k).startsWith("PROPN") && Character.isUpperCase(s.tokens.get(k).text().charAt(0));
            if (entity) {
                return new ActorRef(OTHER, text(s, from, k));
            }
        }
        return null;
    }

    /**
     * A mention that only names where an event happens ("summit in Hanoi", "talks at the UN"): a locative
     * preposition after an event noun, with at most modifiers before the mention.
     */
    boolean isSetting(SentenceView s, int first) {
        for (int k = first - 1; k >= Math.max(0, first - 4); k--) {
            String w = s.lower[k];
            if (w.equals("in") || w.equals("at") || w.equals("near") || w.equals("inside") || w.equals("during")) {
                return k > 0 && lexicon.has("eventNoun", s.lower[k - 1]); // the place of an event, not a destination
            }
            String p = s.pos(k);
            if (!(p.startsWith("DET") || p.startsWith("ADJ") || p.startsWith("NUM"))) {
                return false;
            }
        }
        return false;
    }

    static String text(SentenceView s, int first, int last) {
        int start = s.tokens.get(first).start() - s.sentence.start();
        int end = s.tokens.get(Math.max(first, last)).end() - s.sentence.start();
        return s.sentence.text().substring(start, end);
    }
}
