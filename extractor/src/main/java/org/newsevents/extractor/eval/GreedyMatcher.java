package org.newsevents.extractor.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One-to-one matching: every admissible (gold, system) pair is scored, then pairs are taken best
 * score first (ties: earlier gold, then earlier system item), skipping items already matched.
 */
final class GreedyMatcher {
    /** Score of a pair; a value <= 0 means the pair may not match. */
    interface Scorer<G, S> {
        double score(G gold, S sys);
    }

    record Pair(int gold, int sys) {
    }

    private GreedyMatcher() {
    }

    static <G, S> List<Pair> match(List<G> gold, List<S> sys, Scorer<G, S> scorer) {
        record Candidate(int gold, int sys, double score) {
        }
        List<Candidate> candidates = new ArrayList<>();
        for (int g = 0; g < gold.size(); g++) {
            for (int s = 0; s < sys.size(); s++) {
                double score = scorer.score(gold.get(g), sys.get(s));
                if (score > 0) {
                    candidates.add(new Candidate(g, s, score));
                }
            }
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed()
                .thenComparingInt(Candidate::gold).thenComparingInt(Candidate::sys));
        boolean[] goldUsed = new boolean[gold.size()];
        boolean[] sysUsed = new boolean[sys.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!goldUsed[c.gold()] && !sysUsed[c.sys()]) {
                goldUsed[c.gold()] = true;
                sysUsed[c.sys()] = true;
                pairs.add(new Pair(c.gold(), c.sys()));
            }
        }
        pairs.sort(Comparator.comparingInt(Pair::gold));
        return pairs;
    }
}
