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
    /** A non-state target (a state's banks, officials, vessels) agrees with any state target. */
    static final String NON_STATE = "OTHER";

    private final Set<String> imposers = new LinkedHashSet<>();
    private final Set<String> targets = new LinkedHashSet<>();
    private final List<Integer> members = new ArrayList<>();
    private final List<Set<String>> memberTargets = new ArrayList<>();
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
        boolean imposerAgrees = m.imposer() == null && m.jointImposers().isEmpty() || imposers.isEmpty()
                || imposers.contains(m.imposer()) || !Collections.disjoint(imposers, m.jointImposers());
        boolean targetsAgree = m.targets().isEmpty() || targets.isEmpty() || !Collections.disjoint(targets, m.targets())
                || targets.contains(NON_STATE) || m.targets().contains(NON_STATE);
        return imposerAgrees && targetsAgree;
    }

    /** The targets of the latest member before mention {@code index} that names any, else the regime's. */
    Set<String> targetsBefore(int index) {
        for (int k = members.size() - 1; k >= 0; k--) {
            if (members.get(k) < index && !memberTargets.get(k).isEmpty()) {
                return memberTargets.get(k);
            }
        }
        return targets();
    }

    void seedTargets(Set<String> codes) {
        targets.addAll(codes);
    }

    void join(int index, LocalRoles m) {
        members.add(index);
        memberTargets.add(m.targets());
        if (imposers.isEmpty() && m.imposer() != null) {
            imposers.add(m.imposer());
        } else if (imposers.isEmpty()) {
            imposers.addAll(m.jointImposers());
        }
        if (targets.isEmpty()) {
            targets.addAll(m.targets());
        }
    }
}
