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
    /** Tokens from the trigger to the modal of which it is the subject ("sanctions imposed by X on Y would"). */
    private static final int RIGHT_SUBJECT_REACH = 14;
    /** Tokens from the trigger to a modal that says what becomes of it ("sanctions to the greatest extent must"). */
    private static final int MODAL_AFTER_REACH = 8;

    private final SanctionsLexicon lexicon;

    ClauseCues(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    int lastCue(SentenceView s, int from, int to, SanctionsAction wanted) {
        for (int k = to - 1; k >= from; k--) {
            if (lexicon.cue(s.lower[k]) == wanted && s.mentionAt[k] < 0 && !s.pos(k).startsWith("PROPN")
                    && !nounModifier(s, k) && !(k > 0 && s.lower[k - 1].equals("-"))) {
                return k;
            }
        }
        return -1;
    }

    /** A cue noun that modifies the next noun ("press secretary", "opposition leader") names no act. */
    private boolean nounModifier(SentenceView s, int k) {
        return s.pos(k).startsWith("NOUN") && k + 1 < s.size() && s.pos(k + 1).startsWith("NOUN")
                && s.mentionAt[k + 1] < 0 && !lexicon.has("trigger.word", s.lower[k + 1]);
    }

    /**
     * A verb coordinated after the cue has its own object: "X slams the government, slaps new sanctions",
     * "condemned the attack and imposed sanctions". The cue does not govern that verb.
     */
    boolean coordinated(SentenceView s, int cue, int base, int trigger) {
        for (int k = cue + 1; k < trigger; k++) {
            if (s.lower[k].equals(",") || s.lower[k].equals(";") || s.pos(k).startsWith("CCONJ")) {
                int j = k + 1;
                while (j < trigger && s.isPunct(j)) {
                    j++;
                }
                SanctionsAction a = lexicon.cue(s.lower[j]);
                if (j < trigger && a != null && a != SanctionsAction.OTHER && a != SanctionsAction.THREATEN) {
                    return true; // a headline's verbs are often mis-tagged: "X slams Y, slaps sanctions on Z"
                }
            }
        }
        if (base < 0 || base > trigger || !s.isVerb(base)) {
            return false;
        }
        for (int k = base - 1; k > cue && k >= base - 3; k--) {
            String w = s.lower[k];
            if (w.equals(",") || w.equals(";") || s.pos(k).startsWith("CCONJ")) {
                return true;
            }
            if (!s.pos(k).startsWith("ADV") && !s.pos(k).startsWith("AUX")) {
                return false;
            }
        }
        return false;
    }

    /**
     * "the US should impose sanctions", "there should be sanctions": a call for sanctions (OTHER), not a
     * threat; not the conditional inversion "Should the talks fail, ..." nor "if they should ...".
     */
    boolean advocated(SentenceView s, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (s.pos(k).startsWith("AUX") && lexicon.has("advocacyBefore", s.lower[k])
                    && !lexicon.has("condition.strict", s.lower[k - 1]) && !s.isPunct(k - 1)) {
                return true;
            }
        }
        return false;
    }

    /** The call whose complement the clause is: "[they] demand that | we have sanctions enacted". */
    int callBefore(SentenceView s, int clauseStart) {
        int that = clauseStart < s.size() && s.lower[clauseStart].equals("that") ? clauseStart
                : clauseStart > 0 && s.lower[clauseStart - 1].equals("that") ? clauseStart - 1 : -1;
        int k = that - 1;
        return k >= 0 && lexicon.cue(s.lower[k]) == SanctionsAction.OTHER && s.mentionAt[k] < 0 ? k : -1;
    }

    /**
     * A hypothetical modal, negated, after the trigger as subject: "any sanctions would not be effective",
     * "additional sanctions would not force them to talk". A judgement of sanctions not in force, unless
     * the verb is itself an imposing or lifting ("would not be lifted").
     */
    boolean negatedHypothetical(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + RIGHT_SUBJECT_REACH) - 1; k++) {
            String w = s.lower[k];
            if (lexicon.has("relative", w) || w.equals(",")) {
                return false;
            }
            if (s.pos(k).startsWith("AUX") && lexicon.has("hypothetical", w) && lexicon.has("negation", s.lower[k + 1])) {
                int v = k + 2;
                while (v < clauseEnd && s.pos(v).startsWith("AUX")) {
                    v++;
                }
                SanctionsAction a = v < clauseEnd ? lexicon.cue(s.lower[v]) : null;
                return !(s.isVerb(v) && (a == SanctionsAction.IMPOSE || a == SanctionsAction.LIFT) && !lexicon.has("nounOnly", s.lower[v]));
            }
            if (s.isVerb(k) && k > from) {
                return false; // the trigger's own participle may follow it ("sanctions imposed by ..."), no other verb
            }
        }
        return false;
    }

    /** "bills on sanctions", "legislation for new sanctions": the trigger is the topic of a bill. */
    boolean legislationBefore(SentenceView s, Trigger t) {
        int k = t.first() - 1;
        while (k > 0 && t.first() - k <= 3 && (s.pos(k).startsWith("ADJ") || s.pos(k).startsWith("DET"))) {
            k--;
        }
        return k > 0 && (s.lower[k].equals("on") || s.lower[k].equals("for")) && lexicon.has("legislation", s.lower[k - 1]);
    }

    /** A judgement the clause predicates before the trigger: "It's inhuman, the sanctions they impose". */
    int judgedBefore(SentenceView s, int from, int trigger) {
        for (int k = from; k < trigger - 1; k++) {
            boolean copula = s.pos(k).startsWith("AUX") && lexicon.has("copula", s.lower[k])
                    || s.lower[k].endsWith("'s") && s.pos(k).contains("AUX"); // "it's", tagged PRON+AUX
            if (copula) {
                for (int j = k + 1; j < Math.min(trigger, k + 3); j++) {
                    if (lexicon.has("judgement", s.lower[j]) && s.pos(j).startsWith("ADJ")) {
                        return j;
                    }
                }
            }
        }
        return -1;
    }

    /**
     * A lifting gerund that opens the clause as the subject of a hypothetical modal: "relaxing all
     * sanctions would mean giving up leverage" weighs a lifting (OTHER), it does not report one.
     */
    boolean hypotheticalGerund(SentenceView s, int clauseStart, int base, int from, int clauseEnd) {
        int first = clauseStart;
        while (first < base && s.isPunct(first)) {
            first++;
        }
        boolean opens = first == base || base > clauseStart && lexicon.has("speech", s.lower[base - 1]);
        if (!opens || !s.lower[base].endsWith("ing")) {
            return false;
        }
        for (int k = from; k < Math.min(clauseEnd, from + RIGHT_SUBJECT_REACH); k++) {
            if (s.pos(k).startsWith("AUX") && lexicon.has("hypothetical", s.lower[k])) {
                return true;
            }
            if (s.isVerb(k)) {
                return false;
            }
        }
        return false;
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
        return insideRelative(s, from, cue, trigger) ? -1 : cue;
    }

    /** "The measures, which were prepared with the allies, include an embargo": the threat word describes the subject. */
    private boolean insideRelative(SentenceView s, int from, int cue, int trigger) {
        boolean closed = false;
        for (int k = cue + 1; k < trigger && !closed; k++) {
            closed = s.lower[k].equals(",");
        }
        if (!closed) {
            return false;
        }
        for (int k = cue - 1; k >= Math.max(Math.max(from, 1), cue - 4); k--) {
            if (lexicon.has("relative", s.lower[k]) && s.lower[k - 1].equals(",")) {
                return true;
            }
            if (s.lower[k].equals(",")) {
                return false;
            }
        }
        return false;
    }

    /**
     * A clause that opens with a quotation is the object of the verb before it ("was preparing “the
     * strongest sanctions”"): the cues on the left are read from that verb on.
     */
    static int governingStart(SentenceView s, int clauseStart, int reach) {
        int q = clauseStart < s.size() && isOpeningQuote(s.lower[clauseStart]) ? clauseStart
                : clauseStart > 0 && isOpeningQuote(s.lower[clauseStart - 1]) ? clauseStart - 1 : -1;
        if (q <= 0) {
            return clauseStart;
        }
        int k = q;
        while (k - 1 >= 0 && q - (k - 1) <= reach && !s.isPunct(k - 1)) {
            k--;
        }
        return k;
    }

    private static boolean isOpeningQuote(String w) {
        return w.equals("\u201c") || w.equals("\"");
    }

    /** The modal right after the trigger's noun phrase, when the trigger is the subject, or null. */
    String modalAfter(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + MODAL_AFTER_REACH); k++) {
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
