package org.newsevents.extractor.sanctions;

import org.newsevents.schemas.SanctionsAction;

/**
 * The word scans the action of a mention is read from: the nearest cue of a kind, threat words
 * aimed at the trigger, modals before and after it, negation, refusal and judgements. Each looks at
 * a bounded window of one clause.
 */
final class ClauseCues {
    static final int NEGATION_REACH = 3;
    /** Tokens from the trigger to its copula, and from the copula to the judgement word. */
    private static final int JUDGEMENT_REACH = 5;

    private final SanctionsLexicon lexicon;

    ClauseCues(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    int lastCue(SentenceView s, int from, int to, SanctionsAction wanted) {
        for (int k = to - 1; k >= from; k--) {
            if (lexicon.cue(s.lower[k]) == wanted && s.mentionAt[k] < 0 && !s.pos(k).startsWith("PROPN")) {
                return k;
            }
        }
        return -1;
    }

    /** A judgement predicated of the trigger: a copula, then an objection word ("were ineffective"). */
    int judgedAfter(SentenceView s, int from, int clauseEnd) {
        // the copula may follow a short modifier of the trigger ("sanctions on the country are ...")
        for (int k = from; k < Math.min(clauseEnd, from + JUDGEMENT_REACH); k++) {
            if (s.pos(k).startsWith("AUX") && lexicon.has("copula", s.lower[k])) {
                // the predicate may run into a quotation, which the clause splitter cuts off ("were a “violation”")
                for (int j = k + 1; j < Math.min(s.size(), k + JUDGEMENT_REACH + 1) && !s.lower[j].equals(","); j++) {
                    boolean judgement = lexicon.cue(s.lower[j]) == SanctionsAction.OTHER || lexicon.has("judgement", s.lower[j]);
                    if (judgement && !s.pos(j).startsWith("VERB")) {
                        return j;
                    }
                }
                return -1;
            }
            if (s.pos(k).startsWith("VERB") || s.pos(k).startsWith("AUX") || s.lower[k].equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    boolean legislation(SentenceView s, Trigger t, int clauseEnd) {
        return t.last() + 1 < clauseEnd && lexicon.has("legislation", s.lower[t.last() + 1]);
    }

    /** An adjective inside the trigger's noun phrase ("crippling sanctions") describes it; it is no base. */
    static boolean modifierOf(SentenceView s, int k, int trigger) {
        if (!s.pos(k).startsWith("ADJ")) {
            return false;
        }
        for (int j = k + 1; j < trigger; j++) {
            if (!s.isNominal(j)) {
                return false;
            }
        }
        return true;
    }

    /** The last threat word before {@code to} whose object the trigger is (not "vows revenge over sanctions"). */
    int threatCue(SentenceView s, int from, int to, int trigger) {
        int cue = lastCue(s, from, to, SanctionsAction.THREATEN);
        if (cue < 0) {
            return -1;
        }
        for (int k = cue + 1; k < trigger; k++) {
            if (lexicon.has("threatBlocker", s.lower[k])) {
                return -1;
            }
        }
        return cue;
    }

    /** The modal right after the trigger's noun phrase, when the trigger is the subject, or null. */
    String modalAfter(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + NEGATION_REACH + 2); k++) {
            if (s.pos(k).startsWith("AUX") && (lexicon.has("modal", s.lower[k]) || lexicon.has("advocacy", s.lower[k]))) {
                return s.lower[k];
            }
            if (s.isVerb(k) || s.lower[k].equals("that") || s.lower[k].equals("which")) {
                return null;
            }
        }
        return null;
    }

    boolean hasWord(SentenceView s, int from, int to, String category) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (lexicon.has(category, s.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** A modal before the base; a plain future ("will impose") only under a condition in the clause. */
    boolean hasModal(SentenceView s, int from, int to, boolean conditional) {
        for (int k = from; k < to; k++) {
            if (lexicon.has("future", s.lower[k]) && !conditional) {
                continue;
            }
            if (lexicon.has("modal", s.lower[k]) && (s.pos(k).startsWith("AUX") || s.lower[k].equals("going")
                    || s.lower[k].equals("set") && k + 1 < to && s.lower[k + 1].equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** A negation in the verb chain right before the base cue ("does not remove", "will not be lifted"). */
    boolean negated(SentenceView s, int from, int base) {
        for (int k = base - 1; k >= Math.max(from, base - NEGATION_REACH); k--) {
            if (lexicon.has("negation", s.lower[k])) {
                return true;
            }
            if (!(s.pos(k).startsWith("AUX") || s.pos(k).startsWith("ADV") || s.pos(k).startsWith("PART"))
                    || s.lower[k].equals("to")) {
                return false;
            }
        }
        return false;
    }

    /** "refused to extend", "declined to renew". */
    boolean refused(SentenceView s, int from, int base) {
        return base - 2 >= from && s.lower[base - 1].equals("to") && lexicon.has("refusal", s.lower[base - 2]);
    }

    /** The target warning against sanctions ("warned against new sanctions") is not a threat. */
    static boolean warnsAgainst(SentenceView s, int cue) {
        return s.lower[cue].startsWith("warn") && cue + 1 < s.size()
                && (s.lower[cue + 1].equals("against") || cue + 2 < s.size() && s.lower[cue + 2].equals("against"));
    }
}
