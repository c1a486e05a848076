package org.newsevents.extractor.discourse.regime;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One sanctions mention as its own clause gives it (pass A): the sentence it is in, whether it lies in
 * the headline or the lead, the imposer code the clause names (null when it names none), whether the
 * clause settles the imposer ({@code imposerStated}: a code, or deliberately none because two imposers
 * or "global" sanctions are named), the target codes the clause names, and whether the mention refers
 * back to sanctions already in the story ({@code refersBack}: "the sanctions", "those sanctions", a
 * lifting) rather than speaking of new ones ("threatens sanctions", "will impose new sanctions").
 * {@code jointImposers} holds the codes when the clause names several imposers together (its own
 * imposer is then none); a regime introduced that way has no single imposer.
 */
public record LocalRoles(int sentence, boolean headline, boolean lead, String imposer, boolean imposerStated,
                         Set<String> targets, boolean refersBack, Set<String> jointImposers) {
    public LocalRoles {
        targets = Collections.unmodifiableSet(new LinkedHashSet<>(targets)); // keeps the text order
        jointImposers = Collections.unmodifiableSet(new LinkedHashSet<>(jointImposers));
    }

    /** A mention that names an actor of its own and can seed or join a regime. */
    boolean explicit() {
        return imposer != null || !targets.isEmpty() || !jointImposers.isEmpty();
    }
}
