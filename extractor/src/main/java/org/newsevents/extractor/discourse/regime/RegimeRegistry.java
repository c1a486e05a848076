package org.newsevents.extractor.discourse.regime;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The sanctions regimes of one article and the roles each mention takes from them. Seeding: every
 * mention that names an imposer or a target joins the latest regime it agrees with, or opens a new one,
 * so the headline and the explicit mentions introduce the regimes. Resolution: a mention keeps what its
 * clause settles and takes the rest from its regime; a mention that names nothing ("the sanctions",
 * "the new measures") refers to the regime of the headline and lead, else to the latest one before it.
 * Targets come back only to mentions that refer back; a mention of new sanctions takes the article's
 * sanctioned side only when the headline names exactly one.
 * Linear in the number of mentions times the (small) number of regimes.
 */
public final class RegimeRegistry {
    /** The roles of one mention after resolution, and the regime it belongs to (null when none). */
    public record Resolved(String imposer, Set<String> targets, Regime regime) {
    }

    private final List<Regime> regimes = new ArrayList<>();
    private final List<Resolved> resolved;
    private final Set<String> headlineTargets;
    private final boolean hasHeadline;

    private RegimeRegistry(Set<String> headlineTargets, boolean hasHeadline, List<LocalRoles> mentions) {
        this.headlineTargets = headlineTargets;
        this.hasHeadline = hasHeadline;
        if (!headlineTargets.isEmpty()) {
            // The headline's sanctioned side opens the article's first regime; its imposer comes from the mentions.
            Regime headline = new Regime(0, true);
            headline.seedTargets(headlineTargets);
            regimes.add(headline);
        }
        Regime[] of = new Regime[mentions.size()];
        for (int i = 0; i < mentions.size(); i++) {
            LocalRoles m = mentions.get(i);
            if (m.explicit()) {
                of[i] = seed(i, m);
            }
        }
        List<Resolved> out = new ArrayList<>(mentions.size());
        for (int i = 0; i < mentions.size(); i++) {
            LocalRoles m = mentions.get(i);
            Regime r = of[i] != null ? of[i] : referredTo(m);
            if (of[i] == null && r != null) {
                r.join(i, m);
            }
            String imposer = m.imposerStated() || r == null ? m.imposer() : r.imposer();
            Set<String> targets = !m.targets().isEmpty() || r == null ? m.targets() : targetsFor(m, r, i);
            out.add(new Resolved(imposer, targets, r));
        }
        this.resolved = List.copyOf(out);
    }

    /** Pass A's mentions of one article, in text order. */
    public static RegimeRegistry of(List<LocalRoles> mentions) {
        return new RegimeRegistry(Set.of(), false, mentions);
    }

    /**
     * The same, seeded first with the sides the headline (or, without one, the lead) names as sanctioned,
     * so that "the sanctions" of an article whose explicit mentions never name a target still have one.
     */
    public static RegimeRegistry of(Set<String> headlineTargets, List<LocalRoles> mentions) {
        return new RegimeRegistry(headlineTargets, false, mentions);
    }

    /**
     * The same for an article with a headline: when the headline names no sanctioned side, a mention of
     * new sanctions takes the single target of its regime ("summit collapses" ... "they wanted relief").
     */
    public static RegimeRegistry withHeadline(Set<String> headlineTargets, List<LocalRoles> mentions) {
        return new RegimeRegistry(headlineTargets, true, mentions);
    }

    public List<Regime> regimes() {
        return Collections.unmodifiableList(regimes);
    }

    /** The resolved roles, one per mention, in the order given. */
    public List<Resolved> resolved() {
        return resolved;
    }

    private Set<String> targetsFor(LocalRoles m, Regime r, int index) {
        if (m.refersBack()) {
            return Collections.unmodifiableSet(new LinkedHashSet<>(r.targetsBefore(index)));
        }
        if (hasHeadline && headlineTargets.isEmpty() && r.targets().size() == 1) {
            return r.targets(); // a headline that names no sanctioned side: the one side of the story's regime
        }
        return headlineTargets.size() == 1 ? headlineTargets : Set.of();
    }

    private Regime seed(int index, LocalRoles m) {
        for (int k = regimes.size() - 1; k >= 0; k--) {
            if (regimes.get(k).agrees(m)) {
                regimes.get(k).join(index, m);
                return regimes.get(k);
            }
        }
        Regime r = new Regime(m.sentence(), m.headline() || m.lead());
        r.join(index, m);
        regimes.add(r);
        return r;
    }

    private Regime referredTo(LocalRoles m) {
        Regime latest = null;
        for (Regime r : regimes) {
            if (r.inLead()) {
                return r;
            }
            if (r.introducedAt() <= m.sentence()) {
                latest = r;
            }
        }
        return latest != null ? latest : regimes.isEmpty() ? null : regimes.get(0);
    }
}
