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
    private static final int NEGATION_REACH = ClauseCues.NEGATION_REACH;

    private final SanctionsLexicon lexicon;
    private final ClauseCues cues;

    ActionClassifier(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
        this.cues = new ClauseCues(lexicon);
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
                if (s.pos(t.anchor()).startsWith("VERB")) {
                    base = t.anchor();
                    baseAction = s.lower[t.anchor()].startsWith("un") ? SanctionsAction.LIFT : SanctionsAction.IMPOSE;
                }
            }
        }
        int leftStart = ClauseCues.governingStart(s, clauseStart, LEFT_REACH);
        SanctionsAction compound = compoundCue(s, t, clauseEnd);
        if (compound != null) {
            base = t.last() + 1;
            baseAction = compound;
        }
        if (baseAction == null || (base == t.anchor() && t.kind() == Trigger.Kind.WORD)) {
            int left = leftBase(s, clauseStart, t.first());
            if (left >= 0) {
                base = left;
                baseAction = cueAt(s, left);
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
        // a quoted object's own base decides; without one, the verb before the quotation may object ("proposed “...”")
        int otherCue = otherCue(s, baseAction == null && !hasVerb(s, clauseStart, t.first()) ? leftStart : clauseStart, base, t);
        int threatCue = cues.threatCue(s, leftStart, scopeEnd, t.first());
        boolean conditional = cues.hasWord(s, clauseStart, clauseEnd, "conditional");
        boolean modal = cues.hasModal(s, leftStart, scopeEnd, conditional);
        if (modal && threatCue < 0 && cues.hasWord(s, clauseStart, t.first(), "legislation")
                && cues.hasWord(s, clauseStart, t.first(), "enactment")) {
            modal = false; // "after signing legislation that would pave the way for sanctions": the law's content
        }
        String after = baseAction == null || base > t.last() ? cues.modalAfter(s, t.last() + 1, clauseEnd) : null;
        if (after != null && otherCue < 0) {
            // The trigger is the subject: "sanctions must be lifted", "sanctions could include ...".
            if (lexicon.has("advocacy", after)) {
                otherCue = t.last() + 1;
            } else if (!lexicon.has("futureAfter", after) || cues.hasWord(s, clauseStart, clauseEnd, "condition.strict")) {
                modal = true;
            }
        }
        if (baseAction == null && otherCue < 0) {
            otherCue = cues.judgedAfter(s, t.last() + 1, clauseEnd); // "the sanctions are illegal"
            otherCue = otherCue >= 0 ? otherCue : cues.judgedBefore(s, clauseStart, t.first()); // "It's inhuman, the sanctions"
        }
        if (cues.legislation(s, t, clauseEnd) || cues.legislationBefore(s, t)) {
            // "a sanctions bill": proposed unless signed or law.
            baseAction = cues.hasWord(s, clauseStart, clauseEnd, "enactment") ? SanctionsAction.IMPOSE
                    : threatCue >= 0 ? SanctionsAction.THREATEN : SanctionsAction.OTHER;
            base = t.last() + 1;
        }
        boolean negated = base >= 0 && cues.negated(s, clauseStart, base);
        boolean refused = base >= 0 && cues.refused(s, clauseStart, base);

        SanctionsAction action;
        boolean modalOnly = false;
        boolean targetWarns = threatCue >= 0 && ClauseCues.warnsAgainst(s, threatCue);
        if (cues.negatedHypothetical(s, t.last() + 1, clauseEnd)) {
            action = SanctionsAction.OTHER; // "any sanctions would not be effective": judged, not in force
        } else if (baseAction == null) {
            if (otherCue >= 0) {
                action = SanctionsAction.OTHER;
            } else if (threatCue >= 0 && ClauseCues.warnsAgainst(s, threatCue)) {
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
                    if (threatCue >= 0 && ClauseCues.warnsAgainst(s, threatCue)) {
                        yield SanctionsAction.OTHER;
                    }
                    if (modal && threatCue < 0 && lexicon.has("regimeState", s.lower[base])
                            && cues.hasWord(s, base - NEGATION_REACH - 1, base, "futureAfter")
                            && !cues.hasWord(s, clauseStart, clauseEnd, "condition.strict")) {
                        yield SanctionsAction.IMPOSE; // "those entities would be subject to sanctions" under decided measures
                    }
                    if (threatCue >= 0 || modal) {
                        yield SanctionsAction.THREATEN;
                    }
                    yield negated ? SanctionsAction.OTHER : SanctionsAction.IMPOSE;
                }
                case LIFT -> {
                    if (cues.hasWord(s, Math.min(base, t.first()) - NEGATION_REACH, Math.min(base, t.first()), "liftPath")) {
                        yield SanctionsAction.LIFT; // "as a condition of lifting sanctions": a path to relief
                    }
                    if (otherCue >= 0 || cues.hasWord(s, Math.max(clauseStart, base - LEFT_REACH), base, "desire")
                            || cues.hypotheticalGerund(s, clauseStart, base, t.last() + 1, clauseEnd)) {
                        yield SanctionsAction.OTHER; // a call for or a demand of lifting
                    }
                    if (base > t.last() && cues.hasWord(s, Math.max(clauseStart, t.first() - NEGATION_REACH - 1), t.first(),
                            "liftCondition")) {
                        yield SanctionsAction.OTHER; // "will only sign if the sanctions are lifted": a condition, not a lifting
                    }
                    boolean reversed = cues.hasWord(s, Math.max(clauseStart, base - NEGATION_REACH - 1), base, "reversal");
                    yield negated || refused || reversed ? SanctionsAction.IMPOSE : SanctionsAction.LIFT;
                }
                case ENFORCE -> SanctionsAction.ENFORCE; // also a call to implement (GUIDELINES 3)
                case VIOLATE -> cues.lastCue(s, clauseStart, base, SanctionsAction.ENFORCE) >= 0
                        ? SanctionsAction.ENFORCE : SanctionsAction.VIOLATE;
                case THREATEN -> SanctionsAction.THREATEN;
                case OTHER -> SanctionsAction.OTHER;
            };
        }
        if ((action == SanctionsAction.THREATEN || action == SanctionsAction.IMPOSE) && threatCue < 0
                && cues.advocated(s, leftStart, base >= 0 && base < t.first() ? base : t.first())) {
            action = SanctionsAction.OTHER; // "the US should impose sanctions": a call for them
        }
        if (action != SanctionsAction.OTHER && action != SanctionsAction.VIOLATE
                && cues.hasWord(s, Math.max(clauseStart, t.first() - LEFT_REACH), t.first(), "debate")) {
            action = SanctionsAction.OTHER; // "differences over the sequence of sanctions relief": a topic of dispute
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

    /**
     * The objection or call that governs the trigger: the last one before the base (not one whose own
     * object ends before a coordinated base verb), one between a base and the trigger ("renewed push for
     * sanctions"), or the call the clause complements ("demand that ... sanctions").
     */
    private int otherCue(SentenceView s, int clauseStart, int base, Trigger t) {
        int cue = cues.lastCue(s, clauseStart, base >= 0 ? Math.min(base, t.first()) : t.first(), SanctionsAction.OTHER);
        if (cue >= 0 && cues.coordinated(s, cue, base, t.first())) {
            cue = -1;
        }
        if (cue < 0 && base >= 0 && base < t.first()) {
            int between = cues.lastCue(s, base + 1, t.first(), SanctionsAction.OTHER);
            cue = between >= 0 && !s.pos(between).startsWith("ADJ") ? between : -1;
        }
        return cue >= 0 ? cue : cues.callBefore(s, clauseStart);
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
        if (next < clauseEnd && lexicon.has("compound.OTHER", s.lower[next])
                && (s.pos(next).startsWith("NOUN") || next + 1 >= clauseEnd || s.isPunct(next + 1))) {
            return SanctionsAction.OTHER; // "a sanctions expert", "identify sanctions risks"
        }
        if (next < clauseEnd && s.pos(next).startsWith("NOUN") || next < clauseEnd && s.lower[next].startsWith("-")) {
            String nw = s.lower[next].startsWith("-") ? s.lower[next].substring(1) : s.lower[next];
            SanctionsAction a = lexicon.cue(nw);
            if (a != null && a != SanctionsAction.THREATEN && !nw.equals("regime") && !nw.equals("regimes")) {
                return a;
            }
        }
        return null;
    }

    private int leftBase(SentenceView s, int clauseStart, int before) {
        boolean listed = false;
        for (int k = before - 1; k >= Math.max(clauseStart, before - LEFT_REACH); k--) {
            SanctionsAction a = cueAt(s, k);
            if (a != null && a != SanctionsAction.THREATEN && a != SanctionsAction.OTHER && cueShaped(s, k)
                    && !modifier(s, k, before, a) && !(listed && s.pos(k).startsWith("NOUN"))) {
                return k;
            }
            // a noun coordinated with the trigger is no base: "this ship seizure, and stronger sanctions"
            listed |= s.lower[k].equals(",") || s.pos(k).startsWith("CCONJ");
        }
        return -1;
    }

    /** The action of a cue word, or of a verb and its particle: "get around sanctions", "drew down sanctions". */
    private SanctionsAction cueAt(SentenceView s, int k) {
        String w = s.lower[k];
        if (lexicon.has("particle.VIOLATE", w) && k > 0 && s.isVerb(k - 1)) {
            return SanctionsAction.VIOLATE;
        }
        if (lexicon.has("downVerb.LIFT", w) && k + 1 < s.size() && s.lower[k + 1].equals("down")) {
            return SanctionsAction.LIFT;
        }
        return lexicon.cue(w);
    }

    /**
     * A word inside the trigger's noun phrase that describes the sanctions ("crippling sanctions",
     * "targeted sanctions"); a lifting gerund never is, whatever its tag ("including easing sanctions").
     */
    private boolean modifier(SentenceView s, int k, int trigger, SanctionsAction a) {
        if (a == SanctionsAction.LIFT && s.lower[k].endsWith("ing")) {
            return false;
        }
        if (lexicon.has("modifierOnly", s.lower[k])) {
            boolean inPhrase = true;
            for (int j = k + 1; j < trigger && inPhrase; j++) {
                inPhrase = s.isNominal(j);
            }
            return inPhrase;
        }
        return ClauseCues.modifierOf(s, k, trigger);
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
                    && (s.isVerb(k) || lexicon.has("nounOnly", w))) {
                // "sanctions were evaded" is a breach; "sanctions must avoid harm" is no evasion
                boolean activeVerbOfTheSanctions = a == SanctionsAction.VIOLATE && k > from
                        && !lexicon.has("copula", s.lower[k - 1]);
                return activeVerbOfTheSanctions ? -1 : k;
            }
            if (s.pos(k).startsWith("VERB") && a == null) {
                return -1;
            }
        }
        return -1;
    }

    /** A verb before the trigger's noun phrase; an -ing word inside it describes ("crushing sanctions"). */
    private static boolean hasVerb(SentenceView s, int from, int trigger) {
        int to = trigger;
        while (to - 1 >= from && (s.isNominal(to - 1) || s.pos(to - 1).startsWith("ADJ") || s.lower[to - 1].endsWith("ing"))) {
            to--;
        }
        for (int k = from; k < to; k++) {
            if (s.isVerb(k)) {
                return true;
            }
        }
        return false;
    }

    /** Cue words are verbs, nouns, adjectives or "under"; a determiner "no" or a name never is. */
    private boolean cueShaped(SentenceView s, int k) {
        String p = s.pos(k);
        String w = s.lower[k];
        if (lexicon.has("verbOnly", w) && !p.startsWith("VERB") || lexicon.has("nounOnly", w) && p.startsWith("VERB")
                || lexicon.has("notCueBeforeUp", w) && k + 1 < s.size() && s.lower[k + 1].equals("up")) {
            return false; // "the targets of sanctions", "would force them to talk", "will end up being"
        }
        return (p.startsWith("VERB") || p.startsWith("NOUN") || p.startsWith("ADJ") || p.startsWith("AUX")
                || s.lower[k].equals("under") || lexicon.has("particle.VIOLATE", w)) && s.mentionAt[k] < 0;
    }

}
