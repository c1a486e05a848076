package org.newsevents.extractor.discourse.regime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A sanctions regime of one article: a cluster of the mentions that speak of the same sanctions, with
 * the imposer and target codes they give (design note, lesson 8). An unknown attribute (an empty set)
 * agrees with anything; the first mention that gives it fills it.
 */
public final class Regime {
    private final Set<String> imposers = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final List<Integer> members = new ArrayList<>();
    private final int introducedAt;
    private final boolean inLead;

    Regime(int introducedAt, boolean inLead) {
        this.introducedAt = introducedAt;
        this.inLead = inLead;
    }

    /** The single imposer code, or null when none or several are known (GUIDELINES 3: two imposers -> null). */
    public String imposer() {
        return imposers.size() == 1 ? imposers.iterator().next() : null;
    }

    public Set<String> imposers() {
        return Collections.unmodifiableSet(imposers);
    }

    public Set<String> targets() {
        return Collections.unmodifiableSet(targets);
    }

    /** Indexes of the member mentions, in text order. */
    public List<Integer> members() {
        return Collections.unmodifiableList(members);
    }

    /** The sentence of the mention that introduced the regime. */
    public int introducedAt() {
        return introducedAt;
    }

    /** Introduced by the headline or the lead. */
    public boolean inLead() {
        return inLead;
    }

    boolean agrees(LocalRoles m) {
        boolean imposerAgrees = m.imposer() == null || imposers.isEmpty() || imposers.contains(m.imposer());
        boolean targetsAgree = m.targets().isEmpty() || targets.isEmpty() || !Collections.disjoint(targets, m.targets());
        return imposerAgrees && targetsAgree;
    }

    void join(int index, LocalRoles m) {
        members.add(index);
        if (imposers.isEmpty() && m.imposer() != null) {
            imposers.add(m.imposer());
        }
        if (targets.isEmpty()) {
            targets.addAll(m.targets());
        }
    }
}
