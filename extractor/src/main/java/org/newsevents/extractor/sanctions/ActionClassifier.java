package org.newsevents.extractor.sanctions;

import org.newsevents.schemas.SanctionsAction;

/**
 * Reads the action of a mention from the cue words of its clause: the base action comes from the
 * trigger itself, a compound ("sanctions relief"), the nearest cue on the left ("imposed sanctions")
 * or the verb after it ("sanctions will be imposed"); modality, threats, calls, negation and refusal
 * around that base then decide (GUIDELINES 3).
 */
final class ActionClassifier {
    /** The action, the token range of the trigger words, and whether only a modal made it a threat. */
    record Reading(SanctionsAction action, int triggerFirst, int triggerLast, boolean modalOnlyThreat,
                   int otherCue, boolean targetWarns) {
    }

    private static final int LEFT_REACH = 8;
    private static final int RIGHT_REACH = 10;
    private static final int NEGATION_REACH = 3;

    private final SanctionsLexicon lexicon;

    ActionClassifier(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Reading read(SentenceView s, int clauseStart, int clauseEnd, Trigger t) {
        int base = -1;
        SanctionsAction baseAction = null;
        switch (t.kind()) {
            case BAN_UNDER_RESOLUTION -> {
                base = t.anchor();
                baseAction = SanctionsAction.IMPOSE;
            }
            case BREACH_OF_RESOLUTION -> {
                base = t.anchor();
                baseAction = SanctionsAction.VIOLATE;
            }
            default -> {
                if (s.pos[t.anchor()].startsWith("VERB")) {
                    base = t.anchor();
                    baseAction = s.lower[t.anchor()].startsWith("un") ? SanctionsAction.LIFT : SanctionsAction.IMPOSE;
                }
            }
        }
        SanctionsAction compound = compoundCue(s, t, clauseEnd);
        if (compound != null) {
            base = t.last() + 1;
            baseAction = compound;
        }
        if (baseAction == null || (base == t.anchor() && t.kind() == Trigger.Kind.WORD)) {
            int left = leftBase(s, clauseStart, t.first());
            if (left >= 0) {
                base = left;
                baseAction = lexicon.cue(s.lower[left]);
            }
        }
        if (baseAction == null) {
            int right = rightBase(s, t.last() + 1, clauseEnd);
            if (right >= 0) {
                base = right;
                baseAction = lexicon.cue(s.lower[right]);
            }
        }
        int scopeEnd = base >= 0 ? base : t.first();
        int otherCue = lastCue(s, clauseStart, Math.min(scopeEnd, t.first()), SanctionsAction.OTHER);
        int threatCue = threatCue(s, clauseStart, scopeEnd, t.first());
        boolean conditional = hasWord(s, clauseStart, clauseEnd, "conditional");
        boolean modal = hasModal(s, clauseStart, scopeEnd, conditional);
        String after = baseAction == null || base > t.last() ? modalAfter(s, t.last() + 1, clauseEnd) : null;
        if (after != null && otherCue < 0) {
            // The trigger is the subject: "sanctions must be lifted", "sanctions could include ...".
            if (lexicon.has("advocacy", after)) {
                otherCue = t.last() + 1;
            } else if (!lexicon.has("futureAfter", after) || hasWord(s, clauseStart, clauseEnd, "condition.strict")) {
                modal = true;
            }
        }
        if (baseAction == null && otherCue < 0) {
            otherCue = judgedAfter(s, t.last() + 1, clauseEnd); // "the sanctions are illegal"
        }
        if (legislation(s, t, clauseEnd)) {
            // "a sanctions bill": proposed unless signed or law.
            baseAction = hasWord(s, clauseStart, clauseEnd, "enactment") ? SanctionsAction.IMPOSE
                    : threatCue >= 0 ? SanctionsAction.THREATEN : SanctionsAction.OTHER;
            base = t.last() + 1;
        }
        boolean negated = base >= 0 && negated(s, clauseStart, base);
        boolean refused = base >= 0 && refused(s, clauseStart, base);

        SanctionsAction action;
        boolean modalOnly = false;
        boolean targetWarns = threatCue >= 0 && warnsAgainst(s, threatCue);
        if (baseAction == null) {
            if (otherCue >= 0) {
                action = SanctionsAction.OTHER;
            } else if (threatCue >= 0 && warnsAgainst(s, threatCue)) {
                action = SanctionsAction.OTHER;
            } else if (threatCue >= 0 || modal) {
                action = SanctionsAction.THREATEN;
                modalOnly = threatCue < 0;
            } else {
                action = SanctionsAction.IMPOSE;
            }
        } else {
            action = switch (baseAction) {
                case IMPOSE -> {
                    if (otherCue >= 0) {
                        yield SanctionsAction.OTHER;
                    }
                    boolean continuation = lexicon.has("continuation", s.lower[base]);
                    if ((negated || refused) && continuation) {
                        yield SanctionsAction.LIFT;
                    }
                    if (threatCue >= 0 && warnsAgainst(s, threatCue)) {
                        yield SanctionsAction.OTHER;
                    }
                    if (threatCue >= 0 || modal) {
                        yield SanctionsAction.THREATEN;
                    }
                    yield negated ? SanctionsAction.OTHER : SanctionsAction.IMPOSE;
                }
                case LIFT -> {
                    if (otherCue >= 0 || hasWord(s, Math.max(clauseStart, base - LEFT_REACH), base, "desire")) {
                        yield SanctionsAction.OTHER; // a call for or a demand of lifting
                    }
                    boolean reversed = hasWord(s, Math.max(clauseStart, base - NEGATION_REACH - 1), base, "reversal");
                    yield negated || refused || reversed ? SanctionsAction.IMPOSE : SanctionsAction.LIFT;
                }
                case ENFORCE -> SanctionsAction.ENFORCE; // also a call to implement (GUIDELINES 3)
                case VIOLATE -> lastCue(s, clauseStart, base, SanctionsAction.ENFORCE) >= 0
                        ? SanctionsAction.ENFORCE : SanctionsAction.VIOLATE;
                case THREATEN -> SanctionsAction.THREATEN;
                case OTHER -> SanctionsAction.OTHER;
            };
        }
        int first = t.first();
        int last = t.last();
        if (t.kind() == Trigger.Kind.WORD || t.kind() == Trigger.Kind.ASSET_FREEZE) {
            int cue = base >= 0 && base != t.anchor() ? base : (threatCue >= 0 ? threatCue : otherCue);
            if (cue >= 0 && cue < t.first() && t.first() - cue <= 6) {
                first = cue;
            } else if (cue > t.last() && cue - t.last() <= 4) {
                last = cue;
            }
        }
        int objection = otherCue >= 0 ? otherCue : (targetWarns ? threatCue : -1);
        return new Reading(action, first, last, modalOnly, action == SanctionsAction.OTHER ? objection : -1,
                action == SanctionsAction.OTHER && targetWarns);
    }

    /** A cue word right after the trigger, or fused to it by a hyphen ("sanctions relief", "sanctions-busting"). */
    private SanctionsAction compoundCue(SentenceView s, Trigger t, int clauseEnd) {
        String w = s.lower[t.anchor()];
        int dash = w.indexOf('-');
        if (dash >= 0) {
            for (String part : w.split("-")) {
                SanctionsAction a = lexicon.cue(part);
                if (a != null && a != SanctionsAction.THREATEN && !lexicon.has("trigger.word", part)) {
                    return a;
                }
            }
        }
        int next = t.last() + 1;
        if (next < clauseEnd && s.pos[next].startsWith("NOUN") || next < clauseEnd && s.lower[next].startsWith("-")) {
            String nw = s.lower[next].startsWith("-") ? s.lower[next].substring(1) : s.lower[next];
            SanctionsAction a = lexicon.cue(nw);
            if (a != null && a != SanctionsAction.THREATEN && !nw.equals("regime") && !nw.equals("regimes")) {
                return a;
            }
        }
        return null;
    }

    private int leftBase(SentenceView s, int clauseStart, int before) {
        for (int k = before - 1; k >= Math.max(clauseStart, before - LEFT_REACH); k--) {
            SanctionsAction a = lexicon.cue(s.lower[k]);
            if (a != null && a != SanctionsAction.THREATEN && a != SanctionsAction.OTHER && cueShaped(s, k)
                    && !modifierOf(s, k, before)) {
                return k;
            }
        }
        return -1;
    }

    /** The verb that follows a trigger acting as subject ("sanctions on Iran will be lifted"). */
    private int rightBase(SentenceView s, int from, int clauseEnd) {
        int limit = Math.min(clauseEnd, from + RIGHT_REACH);
        for (int k = from; k < limit; k++) {
            String w = s.lower[k];
            if (w.equals("that") || w.equals("which") || w.equals("who")) {
                return -1;
            }
            SanctionsAction a = lexicon.cue(w);
            if (a != null && a != SanctionsAction.THREATEN && a != SanctionsAction.OTHER && cueShaped(s, k)
                    && (s.isVerb(k) || w.equals("force") || w.equals("place"))) {
                return k;
            }
            if (s.pos[k].startsWith("VERB") && a == null) {
                return -1;
            }
        }
        return -1;
    }

    /** Cue words are verbs, nouns, adjectives or "under"; a determiner "no" or a name never is. */
    private static boolean cueShaped(SentenceView s, int k) {
        String p = s.pos[k];
        return (p.startsWith("VERB") || p.startsWith("NOUN") || p.startsWith("ADJ") || p.startsWith("AUX")
                || s.lower[k].equals("under")) && s.mentionAt[k] < 0;
    }

    private int lastCue(SentenceView s, int from, int to, SanctionsAction wanted) {
        for (int k = to - 1; k >= from; k--) {
            if (lexicon.cue(s.lower[k]) == wanted && s.mentionAt[k] < 0 && !s.pos[k].startsWith("PROPN")) {
                return k;
            }
        }
        return -1;
    }

    /** A judgement predicated of the trigger: a copula, then an objection word ("were ineffective"). */
    private int judgedAfter(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + NEGATION_REACH); k++) {
            if (s.pos[k].startsWith("AUX") && lexicon.has("copula", s.lower[k])) {
                for (int j = k + 1; j < Math.min(clauseEnd, k + NEGATION_REACH + 1); j++) {
                    if (lexicon.cue(s.lower[j]) == SanctionsAction.OTHER && !s.pos[j].startsWith("VERB")) {
                        return j;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    private boolean legislation(SentenceView s, Trigger t, int clauseEnd) {
        return t.last() + 1 < clauseEnd && lexicon.has("legislation", s.lower[t.last() + 1]);
    }

    /** An adjective inside the trigger's noun phrase ("crippling sanctions") describes it; it is no base. */
    private static boolean modifierOf(SentenceView s, int k, int trigger) {
        if (!s.pos[k].startsWith("ADJ")) {
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
    private int threatCue(SentenceView s, int from, int to, int trigger) {
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
    private String modalAfter(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + NEGATION_REACH + 2); k++) {
            if (s.pos[k].startsWith("AUX") && (lexicon.has("modal", s.lower[k]) || lexicon.has("advocacy", s.lower[k]))) {
                return s.lower[k];
            }
            if (s.isVerb(k) || s.lower[k].equals("that") || s.lower[k].equals("which")) {
                return null;
            }
        }
        return null;
    }

    private boolean hasWord(SentenceView s, int from, int to, String category) {
        for (int k = Math.max(0, from); k < Math.min(to, s.size()); k++) {
            if (lexicon.has(category, s.lower[k])) {
                return true;
            }
        }
        return false;
    }

    /** A modal before the base; a plain future ("will impose") only under a condition in the clause. */
    private boolean hasModal(SentenceView s, int from, int to, boolean conditional) {
        for (int k = from; k < to; k++) {
            if (lexicon.has("future", s.lower[k]) && !conditional) {
                continue;
            }
            if (lexicon.has("modal", s.lower[k]) && (s.pos[k].startsWith("AUX") || s.lower[k].equals("going")
                    || s.lower[k].equals("set") && k + 1 < to && s.lower[k + 1].equals("to"))) {
                return true;
            }
        }
        return false;
    }

    /** A negation in the verb chain right before the base cue ("does not remove", "will not be lifted"). */
    private boolean negated(SentenceView s, int from, int base) {
        for (int k = base - 1; k >= Math.max(from, base - NEGATION_REACH); k--) {
            if (lexicon.has("negation", s.lower[k])) {
                return true;
            }
            if (!(s.pos[k].startsWith("AUX") || s.pos[k].startsWith("ADV") || s.pos[k].startsWith("PART"))
                    || s.lower[k].equals("to")) {
                return false;
            }
        }
        return false;
    }

    /** "refused to extend", "declined to renew". */
    private boolean refused(SentenceView s, int from, int base) {
        return base - 2 >= from && s.lower[base - 1].equals("to") && lexicon.has("refusal", s.lower[base - 2]);
    }

    /** The target warning against sanctions ("warned against new sanctions") is not a threat. */
    private static boolean warnsAgainst(SentenceView s, int cue) {
        return s.lower[cue].startsWith("warn") && cue + 1 < s.size()
                && (s.lower[cue + 1].equals("against") || cue + 2 < s.size() && s.lower[cue + 2].equals("against"));
    }
}
