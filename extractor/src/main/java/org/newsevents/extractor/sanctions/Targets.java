package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;

/**
 * Targets named in the clause: "on/against X" or the object of "sanctioned", split into conjuncts
 * ("Belarus and Myanmar", "entities and individuals"); "both", "the two countries" go to the
 * states named just before.
 */
final class Targets {
    private static final String OTHER = TargetKinds.OTHER;
    private static final int TARGET_PHRASE_MAX = 16;

    private final SanctionsLexicon lexicon;
    private final TargetKinds kinds;

    Targets(SanctionsLexicon lexicon, TargetKinds kinds) {
        this.lexicon = lexicon;
        this.kinds = kinds;
    }

    /** Where "on/against X" or the object of a "sanctioned" verb starts, or -1. */
    int targetPhraseStart(SentenceView s, Trigger t, ActionClassifier.Reading reading, int clauseEnd) {
        int from = Math.max(t.last(), reading.triggerLast()) + 1;
        if (s.pos(t.anchor()).startsWith("VERB") && t.anchor() + 1 < clauseEnd) {
            int next = afterTime(s, t.anchor() + 1, clauseEnd);
            if (next < clauseEnd && (s.isNominal(next) || s.mentionAt[next] >= 0)) {
                return next;
            }
        }
        int limit = Math.min(clauseEnd, from + 8);
        for (int k = afterTime(s, from, clauseEnd); k < limit; k++) {
            String w = s.lower[k];
            if (lexicon.has("targetPrep", w)) {
                int dated = afterTime(s, k + 1, clauseEnd);
                if (dated > k + 1) {
                    // "on Thursday": a date, the target may still follow ("sanctions on Thursday on three banks")
                    k = dated - 1;
                    continue;
                }
                return k + 1 < clauseEnd ? k + 1 : -1;
            }
            if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals(",")
                    || s.pos(k).startsWith("VERB") && lexicon.cue(w) == null || s.pos(k).startsWith("SCONJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** Past a date phrase at k ("Thursday", "March 5", "Monday night"), or k when none starts there. */
    private int afterTime(SentenceView s, int k, int clauseEnd) {
        if (k >= clauseEnd || !lexicon.has("timeWord", s.lower[k])) {
            return k;
        }
        int end = k + 1;
        while (end < clauseEnd && (lexicon.has("timeWord", s.lower[end]) || s.pos(end).startsWith("NUM"))) {
            end++;
        }
        return end;
    }

    /** The actors of a target phrase, conjunct by conjunct ("Belarus and Myanmar", "entities and individuals"). */
    List<ActorRef> targetPhrase(ArticleContext ctx, int sentenceIndex, int from, int clauseEnd, ActorRef imposer) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        List<ActorRef> out = new ArrayList<>();
        int end = from;
        int limit = Math.min(clauseEnd, from + TARGET_PHRASE_MAX);
        while (end < limit && inTargetPhrase(s, end, from)) {
            end++;
        }
        int start = from;
        for (int k = from; k <= end; k++) {
            boolean split = k == end || s.lower[k].equals("and") || s.lower[k].equals("or") || s.lower[k].equals(",")
                    || s.lower[k].equals("&") || s.lower[k].equals("well") && k > from && s.lower[k - 1].equals("as");
            if (split) {
                conjunct(ctx, sentenceIndex, start, k, imposer, out);
                start = k + 1;
            }
        }
        return out;
    }

    private boolean inTargetPhrase(SentenceView s, int k, int from) {
        String w = s.lower[k];
        String p = s.pos(k);
        if (s.mentionAt[k] >= 0) {
            return true;
        }
        if (w.equals("of") || w.equals("and") || w.equals("or") || w.equals("&") || w.equals("-") || w.equals("both")) {
            return true;
        }
        if (w.equals(",")) {
            return k + 1 < s.size() && (s.mentionAt[k + 1] >= 0 || s.isNominal(k + 1) && !s.pos(k + 1).startsWith("ADJ"));
        }
        if (w.equals("as") && k + 2 < s.size() && s.lower[k + 1].equals("well")) {
            return true;
        }
        if (w.equals("well") && k > from && s.lower[k - 1].equals("as")) {
            return true;
        }
        if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals("when") || w.equals("if")
                || lexicon.has("timeWord", w)) {
            return false;
        }
        return s.isNominal(k) || p.startsWith("PRON") && (w.equals("its") || w.equals("their") || w.equals("them"));
    }

    private void conjunct(ArticleContext ctx, int sentenceIndex, int from, int to, ActorRef imposer, List<ActorRef> out) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        if (from >= to) {
            return;
        }
        boolean any = false;
        for (int k = from; k < to; k++) {
            int m = s.mentionAt[k];
            if (m >= 0 && s.mentions.get(m).firstToken() == k) {
                out.add(kinds.headed(s, s.mentions.get(m), to));
                any = true;
            }
        }
        if (any) {
            return;
        }
        int head = -1;
        for (int k = to - 1; k >= from; k--) {
            if (s.pos(k).startsWith("NOUN") || s.pos(k).startsWith("PROPN") || s.lower[k].equals("both")
                    || s.lower[k].equals("them")) {
                head = k;
                break;
            }
        }
        if (head < 0) {
            return;
        }
        String w = s.lower[head];
        if (lexicon.has("genericStates", w)) {
            out.addAll(recentStates(ctx, sentenceIndex, imposer));
        } else if (lexicon.has("entityNoun", w) || s.pos(head).startsWith("PROPN")) {
            out.add(new ActorRef(OTHER, TargetKinds.text(s, from, head)));
        } else {
            for (int k = from; k <= head; k++) {
                if (lexicon.has("entityNoun", s.lower[k])) {
                    out.add(new ActorRef(OTHER, TargetKinds.text(s, from, head)));
                    return;
                }
            }
        }
    }

    /** "the two countries", "both": the last two states named before, other than the imposer. */
    private static List<ActorRef> recentStates(ArticleContext ctx, int sentenceIndex, ActorRef imposer) {
        Map<String, ActorRef> found = new LinkedHashMap<>();
        for (int k = sentenceIndex; k >= Math.max(0, sentenceIndex - ArticleContext.LOOK_BACK) && found.size() < 2; k--) {
            List<ActorMention> ms = ctx.sentences.get(k).mentions;
            for (int i = ms.size() - 1; i >= 0 && found.size() < 2; i--) {
                ActorRef a = ms.get(i).actor();
                if (isState(a.code()) && (imposer == null || !a.code().equals(imposer.code()))) {
                    found.putIfAbsent(a.code(), a);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    /** ISO 3166-1 alpha-3 codes are the states; bodies (EU, UNSC) and OTHER are not. */
    static boolean isState(String code) {
        return code != null && code.length() == 3 && code.chars().allMatch(Character::isUpperCase);
    }
}
