package org.newsevents.extractor.sanctions;

import java.util.List;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.schemas.SanctionsAction;

/** A sanctions mention: the clause span, its trigger words, the action and the actors. */
public record SanctionsFinding(int start, int end, String text, String trigger, SanctionsAction action,
                               ActorRef imposer, List<ActorRef> targets) {
    public SanctionsFinding {
        targets = List.copyOf(targets);
    }
}
