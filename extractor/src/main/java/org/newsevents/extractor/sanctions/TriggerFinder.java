package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.List;

/** Finds sanctions triggers in a sentence; each test looks at a bounded window, so one pass is linear. */
final class TriggerFinder {
    private static final int FREEZE_WINDOW = 3;
    private static final int UNDER_WINDOW = 3;
    private static final int RESOLUTION_WINDOW = 9;

    private final SanctionsLexicon lexicon;

    TriggerFinder(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Trigger> find(SentenceView s) {
        List<Trigger> out = new ArrayList<>();
        int n = s.size();
        int coveredTo = -1;
        for (int i = 0; i < n; i++) {
            if (i <= coveredTo) {
                continue;
            }
            String w = s.lower[i];
            Trigger t = null;
            if (isTriggerWord(s, i)) {
                t = new Trigger(i, i, i, Trigger.Kind.WORD);
            } else if (lexicon.has("trigger.freeze", w)) {
                t = assetFreeze(s, i);
            } else if (lexicon.has("trigger.ban", w)) {
                t = underResolution(s, i);
            } else if (lexicon.has("trigger.breach", w)) {
                t = breachOfResolution(s, i);
            }
            if (t != null) {
                out.add(t);
                coveredTo = t.last();
            }
        }
        return out;
    }

    private boolean isTriggerWord(SentenceView s, int i) {
        String w = s.lower[i];
        if (lexicon.has("trigger.word", w)) {
            // "officially sanctioned", "state-sanctioned": approval, not a penalty.
            return !(w.startsWith("sanctioned") && i > 0 && lexicon.has("trigger.approvalPrefix", s.lower[i - 1]));
        }
        if (w.indexOf('-') < 0) {
            return false;
        }
        String[] parts = w.split("-");
        for (int p = 0; p < parts.length; p++) {
            if (lexicon.has("trigger.word", parts[p])) {
                return !(parts[p].startsWith("sanctioned") && p > 0 && lexicon.has("trigger.approvalPrefix", parts[p - 1]));
            }
        }
        return false;
    }

    private Trigger assetFreeze(SentenceView s, int i) {
        for (int k = Math.max(0, i - FREEZE_WINDOW); k < Math.min(s.size(), i + FREEZE_WINDOW + 1); k++) {
            if (k != i && lexicon.has("trigger.asset", s.lower[k])) {
                return new Trigger(Math.min(i, k), Math.max(i, k), i, Trigger.Kind.ASSET_FREEZE);
            }
        }
        return null;
    }

    private Trigger underResolution(SentenceView s, int i) {
        int limit = Math.min(s.size(), i + UNDER_WINDOW + 1);
        for (int k = i + 1; k < limit; k++) {
            if (s.lower[k].equals("under")) {
                int end = councilResolution(s, k + 1);
                return end < 0 ? null : new Trigger(i, end, i, Trigger.Kind.BAN_UNDER_RESOLUTION);
            }
        }
        return null;
    }

    private Trigger breachOfResolution(SentenceView s, int i) {
        int end = councilResolution(s, i + 1);
        if (end < 0) {
            return null;
        }
        int first = i > 0 && s.lower[i - 1].equals("in") ? i - 1 : i;
        return new Trigger(first, end, i, Trigger.Kind.BREACH_OF_RESOLUTION);
    }

    /** The index of "resolution(s)" soon after {@code from} when a Security Council or UN mention precedes it; else -1. */
    private int councilResolution(SentenceView s, int from) {
        boolean council = false;
        int limit = Math.min(s.size(), from + RESOLUTION_WINDOW);
        for (int k = from; k < limit; k++) {
            String w = s.lower[k];
            if (lexicon.has("trigger.council", w) || w.equals("un") || w.equals("u.n.") || w.equals("sanctions")
                    || (s.mentionAt[k] >= 0 && isUnBody(s.mentions.get(s.mentionAt[k]).actor().code()))) {
                council = true;
            }
            if (lexicon.has("trigger.resolution", w)) {
                return council ? k : -1;
            }
            if (s.isPunct(k) || s.isVerb(k)) {
                return -1;
            }
        }
        return -1;
    }

    static boolean isUnBody(String code) {
        return "UN".equals(code) || "UNSC".equals(code);
    }
}
