package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;
import org.newsevents.extractor.sanctions.ClauseSplitter.Segment;
import org.newsevents.schemas.SanctionsAction;

/**
 * Imposer and targets of one mention. The imposer is the agent ("by X"), an imposing actor that
 * modifies the trigger ("EU sanctions"), the clause subject or, for a clause without one, the subject
 * of an earlier clause of the sentence; pronouns go to the speaker or the previous subject. Targets
 * come from "on/against X", the object of "sanctioned", a modifier ("Iran sanctions"), the subject of
 * a passive or a breach. What the clause leaves open comes from the article's regimes (pass B).
 */
final class Roles {
    static final String OTHER = TargetKinds.OTHER;

    /**
     * The clause's own roles; {@code imposerStated} when the clause settles the imposer, also as none
     * (two imposers named, "global" sanctions), so that the article's regime does not fill it in.
     */
    record Result(ActorRef imposer, boolean imposerStated, List<ActorRef> targets, boolean refersBack,
                  List<ActorRef> jointImposers) {
    }

    private final SanctionsLexicon lexicon;
    private final Subjects subjects;
    private final Targets targetRules;

    Roles(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
        TargetKinds kinds = new TargetKinds(lexicon);
        this.subjects = new Subjects(lexicon, kinds);
        this.targetRules = new Targets(lexicon, kinds);
    }

    Result resolve(ArticleContext ctx, WhoIsWho who, int sentenceIndex, List<Segment> segments, int segmentIndex,
                   int clauseStart, int clauseEnd, Trigger t, ActionClassifier.Reading reading) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        Map<String, ActorRef> targets = new LinkedHashMap<>();
        ActorRef imposer = null;
        boolean imposerSettled = false;
        boolean noneStated = false;
        List<ActorRef> joint = List.of();

        // 1. UN Security Council resolutions, or the trigger's modifiers ("UN sanctions", "Iran sanctions").
        if (t.kind() == Trigger.Kind.BAN_UNDER_RESOLUTION || t.kind() == Trigger.Kind.BREACH_OF_RESOLUTION) {
            imposer = new ActorRef("UNSC", "UN Security Council");
            imposerSettled = true;
        }
        int npStart = nounPhraseStart(s, clauseStart, t.first());
        boolean explicitTarget = targetRules.targetPhraseStart(s, t, reading, clauseEnd) >= 0;
        List<ActorRef> modifierImposers = new ArrayList<>();
        for (int k = npStart; k < t.first(); k++) {
            String w = s.lower[k];
            if (lexicon.has("multiImposer", w) && !imposerSettled) {
                imposer = null;
                imposerSettled = true;
                noneStated = true;
            }
            int m = s.mentionAt[k];
            if (m >= 0 && s.mentions.get(m).firstToken() == k) {
                ActorRef a = s.mentions.get(m).actor();
                if (TriggerFinder.isUnBody(a.code()) || explicitTarget || lexicon.has("imposerCode", a.code())) {
                    modifierImposers.add(a);
                } else {
                    targets.putIfAbsent(a.code(), a);
                }
            }
        }
        if (!imposerSettled && !modifierImposers.isEmpty()) {
            imposer = Subjects.single(modifierImposers);
            imposerSettled = true;
            noneStated = imposer == null;
            joint = imposer == null ? modifierImposers : List.of();
        }
        // 2. Passive agent "by X".
        if (!imposerSettled) {
            List<ActorRef> agents = subjects.agents(s, t.last() + 1, clauseEnd);
            if (!agents.isEmpty()) {
                imposer = Subjects.single(agents);
                imposerSettled = true;
                noneStated = imposer == null;
                joint = agents;
            }
        }
        // 3. The subject: the imposer, unless the clause makes it the target or the violator.
        boolean subjectIsTarget = reading.action() == SanctionsAction.VIOLATE || subjectIsTarget(s, clauseStart, t, reading)
                || t.kind() == Trigger.Kind.BAN_UNDER_RESOLUTION;
        int verb = Subjects.firstVerb(s, clauseStart, clauseEnd);
        int subjectEnd = subjectIsTarget || verb < 0 ? t.first() : Math.min(verb, t.first());
        Subjects.Subject subject = subjects.subject(ctx, sentenceIndex, clauseStart, subjectEnd, subjectIsTarget || reading.targetWarns());
        if (reading.otherCue() >= 0) {
            // A call, a protest or a warning: the subject asks or objects; the imposer is whoever is asked.
            for (ActorRef a : subject.actors()) {
                // the target warns, or a side that does not impose sanctions demands or protests ("Tehran demanded relief")
                if (reading.targetWarns() || !explicitTarget && Targets.isState(a.code()) && !lexicon.has("imposerCode", a.code())) {
                    targets.putIfAbsent(a.code(), a);
                }
            }
            if (!imposerSettled) {
                imposer = Subjects.firstActor(s, reading.otherCue() + 1, npStart);
                imposerSettled = true;
            }
        } else if (!imposerSettled && governedByPreposition(s, npStart)) {
            imposerSettled = true; // "despite Iran sanctions": the subject did not impose them
        }
        if (reading.otherCue() >= 0) {
            // handled above
        } else if (subjectIsTarget) {
            // "Acme violated sanctions on Iran": a breaker other than the named target is not sanctioned
            boolean thirdPartyBreach = reading.action() == SanctionsAction.VIOLATE && explicitTarget;
            for (ActorRef a : thirdPartyBreach ? List.<ActorRef>of() : subject.actors()) {
                targets.putIfAbsent(a.code(), a);
            }
            if (!imposerSettled) {
                imposer = subjects.earlierSubject(ctx, who, sentenceIndex, segments, segmentIndex);
                imposerSettled = imposer != null;
            }
        } else if (!imposerSettled) {
            if (!subject.actors().isEmpty()) {
                imposer = Subjects.single(subject.actors());
                if (imposer != null && subjects.jointWithOthers(s, clauseStart, subjectEnd)) {
                    imposer = null;
                    joint = List.of(subject.actors().get(0), Subjects.OTHERS);
                } else if (imposer == null) {
                    joint = subject.actors();
                }
                noneStated = imposer == null;
            } else if (subject.pronoun() < 0 && unnamedParties(s, clauseStart, subjectEnd)) {
                noneStated = true; // "allies drew down sanctions", "the deal would ease sanctions": several parties
            } else if (subject.pronoun() >= 0) {
                imposer = subjects.pronoun(ctx, who, sentenceIndex, segments, segmentIndex, subject.pronoun());
            } else {
                imposer = subjects.earlierSubject(ctx, who, sentenceIndex, segments, segmentIndex);
            }
        }
        // 4. Explicit targets "on/against X" or the object of "sanctioned".
        int phrase = targetRules.targetPhraseStart(s, t, reading, clauseEnd);
        if (phrase >= 0) {
            for (ActorRef a : targetRules.targetPhrase(ctx, sentenceIndex, phrase, clauseEnd, imposer)) {
                targets.putIfAbsent(a.code(), a);
            }
        }
        if (imposer != null && "UN".equals(imposer.code())) {
            imposer = new ActorRef("UNSC", imposer.name());
        }
        if (imposer != null && !OTHER.equals(imposer.code())) {
            targets.remove(imposer.code());
        }
        boolean refersBack = reading.action() == SanctionsAction.LIFT || determined(s, npStart, t.first());
        return new Result(imposer, imposer != null || noneStated, List.copyOf(targets.values()), refersBack,
                imposer == null ? List.copyOf(joint) : List.of());
    }

    /** A subject of unnamed states ("other nations", "world powers") or an agreement between parties. */
    private boolean unnamedParties(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.pos(k).startsWith("NOUN") && (lexicon.has("coalition", s.lower[k]) || lexicon.has("agreementNoun", s.lower[k]))
                    && !Subjects.inPrepositionalPhrase(s, k, from, null)) {
                return true;
            }
        }
        return false;
    }

    private static boolean governedByPreposition(SentenceView s, int npStart) {
        if (npStart == 0) {
            return false;
        }
        String w = s.lower[npStart - 1];
        return s.pos(npStart - 1).startsWith("ADP") && !w.equals("of") && !w.equals("with") && !w.equals("under");
    }

    private int nounPhraseStart(SentenceView s, int clauseStart, int trigger) {
        int k = trigger;
        while (k - 1 >= clauseStart && (s.isNominal(k - 1) || s.mentionAt[k - 1] >= 0 || s.lower[k - 1].equals("-")
                || s.pos(k - 1).startsWith("PRON") && s.lower[k - 1].endsWith("'s")
                || joinsActors(s, clauseStart, k - 1))
                && lexicon.cue(s.lower[k - 1]) == null) {
            k--;
        }
        return k;
    }

    /** "and"/"or"/"nor" between two actor mentions in front of the trigger ("U.N. and U.S. sanctions"). */
    private static boolean joinsActors(SentenceView s, int clauseStart, int k) {
        String w = s.lower[k];
        return (w.equals("and") || w.equals("or") || w.equals("nor")) && k - 1 >= clauseStart && k + 1 < s.size()
                && s.mentionAt[k - 1] >= 0 && s.mentionAt[k + 1] >= 0;
    }

    private boolean subjectIsTarget(SentenceView s, int clauseStart, Trigger t, ActionClassifier.Reading reading) {
        // "X was sanctioned", "X faces sanctions", "X is under sanctions", "sanctions-hit X".
        if (s.pos(t.anchor()).startsWith("VERB") && t.anchor() > clauseStart) {
            for (int k = t.anchor() - 1; k >= Math.max(clauseStart, t.anchor() - 3); k--) {
                String w = s.lower[k];
                if (w.equals("was") || w.equals("were") || w.equals("been") || w.equals("be") || w.equals("is")
                        || w.equals("are") || w.equals("being") || w.equals("got") || w.equals("get")) {
                    return true;
                }
                if (!s.pos(k).startsWith("ADV") && !s.pos(k).startsWith("AUX")) {
                    break;
                }
            }
        }
        for (int k = Math.max(clauseStart, t.first() - 4); k < t.first(); k++) {
            if (lexicon.has("targetSubject", s.lower[k]) && s.mentionAt[k] < 0) {
                return true;
            }
        }
        return false;
    }

    /** "the sanctions", "those sanctions", "our sanctions": a determiner or possessive that points back. */
    private boolean determined(SentenceView s, int npStart, int trigger) {
        for (int k = npStart; k < trigger; k++) {
            if ((s.pos(k).startsWith("DET") || s.pos(k).startsWith("PRON")) && lexicon.has("referring", s.lower[k])) {
                return true;
            }
        }
        return false;
    }
}
