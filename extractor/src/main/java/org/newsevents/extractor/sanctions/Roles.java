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
 * a passive or a breach, or refer back to the previous mention.
 */
final class Roles {
    static final String OTHER = "OTHER";
    private static final int TARGET_PHRASE_MAX = 16;
    private static final int EARLIER_SEGMENTS = 3;
    private static final Set<String> NO_RECIPIENT = Set.of("to", "with", "between", "for", "against", "by", "into",
            "toward", "towards", "on", "at", "about", "over", "amid", "among");

    record Result(ActorRef imposer, List<ActorRef> targets) {
    }

    private final SanctionsLexicon lexicon;

    Roles(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    Result resolve(ArticleContext ctx, int sentenceIndex, List<Segment> segments, int segmentIndex,
                   int clauseStart, int clauseEnd, Trigger t, ActionClassifier.Reading reading) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        Map<String, ActorRef> targets = new LinkedHashMap<>();
        ActorRef imposer = null;
        boolean imposerSettled = false;

        // 1. UN Security Council resolutions, or the trigger's modifiers ("UN sanctions", "Iran sanctions").
        if (t.kind() == Trigger.Kind.BAN_UNDER_RESOLUTION || t.kind() == Trigger.Kind.BREACH_OF_RESOLUTION) {
            imposer = new ActorRef("UNSC", "UN Security Council");
            imposerSettled = true;
        }
        int npStart = nounPhraseStart(s, clauseStart, t.first());
        boolean explicitTarget = targetPhraseStart(s, t, reading, clauseEnd) >= 0;
        List<ActorRef> modifierImposers = new ArrayList<>();
        for (int k = npStart; k < t.first(); k++) {
            String w = s.lower[k];
            if (lexicon.has("multiImposer", w) && !imposerSettled) {
                imposer = null;
                imposerSettled = true;
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
            imposer = single(modifierImposers);
            imposerSettled = true;
        }
        // 2. Passive agent "by X".
        if (!imposerSettled) {
            ActorRef agent = agent(s, t.last() + 1, clauseEnd);
            if (agent != null) {
                imposer = agent;
                imposerSettled = true;
            }
        }
        // 3. The subject: the imposer, unless the clause makes it the target or the violator.
        boolean subjectIsTarget = reading.action() == SanctionsAction.VIOLATE || subjectIsTarget(s, clauseStart, t, reading)
                || t.kind() == Trigger.Kind.BAN_UNDER_RESOLUTION;
        int verb = firstVerb(s, clauseStart, clauseEnd);
        int subjectEnd = subjectIsTarget || verb < 0 ? t.first() : Math.min(verb, t.first());
        Subject subject = subject(ctx, sentenceIndex, clauseStart, subjectEnd, subjectIsTarget || reading.targetWarns());
        if (reading.otherCue() >= 0) {
            // A call, a protest or a warning: the subject asks or objects; the imposer is whoever is asked.
            if (reading.targetWarns()) {
                for (ActorRef a : subject.actors) {
                    targets.putIfAbsent(a.code(), a);
                }
            }
            if (!imposerSettled) {
                imposer = firstActor(s, reading.otherCue() + 1, npStart);
                imposerSettled = true;
            }
        } else if (!imposerSettled && governedByPreposition(s, npStart)) {
            imposerSettled = true; // "despite Iran sanctions": the subject did not impose them
        }
        if (reading.otherCue() >= 0) {
            // handled above
        } else if (subjectIsTarget) {
            for (ActorRef a : subject.actors) {
                targets.putIfAbsent(a.code(), a);
            }
            if (!imposerSettled) {
                imposer = earlierSubject(ctx, sentenceIndex, segments, segmentIndex);
                imposerSettled = imposer != null;
            }
        } else if (!imposerSettled) {
            if (!subject.actors.isEmpty()) {
                imposer = single(subject.actors);
            } else if (subject.pronoun >= 0) {
                imposer = pronoun(ctx, sentenceIndex, segments, segmentIndex, subject.pronoun);
            } else {
                imposer = earlierSubject(ctx, sentenceIndex, segments, segmentIndex);
            }
        }
        // 4. Explicit targets "on/against X" or the object of "sanctioned".
        int phrase = targetPhraseStart(s, t, reading, clauseEnd);
        if (phrase >= 0) {
            for (ActorRef a : targetPhrase(ctx, sentenceIndex, phrase, clauseEnd, imposer)) {
                targets.putIfAbsent(a.code(), a);
            }
        }
        if (imposer != null && "UN".equals(imposer.code())) {
            imposer = new ActorRef("UNSC", imposer.name());
        }
        if (imposer != null && !OTHER.equals(imposer.code())) {
            targets.remove(imposer.code());
        }
        // 5. "those sanctions": the targets of the mention referred back to.
        if (targets.isEmpty() && refersBack(s, npStart, t)) {
            for (int f = ctx.findings.size() - 1; f >= Math.max(0, ctx.findings.size() - ArticleContext.LOOK_BACK); f--) {
                if (!ctx.findings.get(f).targets().isEmpty()) {
                    for (ActorRef a : ctx.findings.get(f).targets()) {
                        targets.putIfAbsent(a.code(), a);
                    }
                    break;
                }
            }
        }
        return new Result(imposer, List.copyOf(targets.values()));
    }

    private static ActorRef firstActor(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.mentionAt[k] >= 0 && !inPrepositionalPhrase(s, k, from, null)) {
                return s.mentions.get(s.mentionAt[k]).actor();
            }
        }
        return null;
    }

    private static boolean governedByPreposition(SentenceView s, int npStart) {
        if (npStart == 0) {
            return false;
        }
        String w = s.lower[npStart - 1];
        return s.pos(npStart - 1).startsWith("ADP") && !w.equals("of") && !w.equals("with") && !w.equals("under");
    }

    private static ActorRef single(List<ActorRef> actors) {
        String code = actors.get(0).code();
        for (ActorRef a : actors) {
            if (!a.code().equals(code)) {
                return null; // two imposers named: none of them alone
            }
        }
        return actors.get(0);
    }

    private int nounPhraseStart(SentenceView s, int clauseStart, int trigger) {
        int k = trigger;
        while (k - 1 >= clauseStart && (s.isNominal(k - 1) || s.lower[k - 1].equals("-")
                || s.pos(k - 1).startsWith("PRON") && s.lower[k - 1].endsWith("'s"))
                && lexicon.cue(s.lower[k - 1]) == null) {
            k--;
        }
        return k;
    }

    private ActorRef agent(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + 8); k++) {
            if (s.lower[k].equals("by") && k + 1 < clauseEnd) {
                for (int j = k + 1; j < Math.min(clauseEnd, k + 5); j++) {
                    if (s.mentionAt[j] >= 0) {
                        return s.mentions.get(s.mentionAt[j]).actor();
                    }
                }
                return null;
            }
        }
        return null;
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

    private static int firstVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isVerb(k)) {
                return k;
            }
        }
        return -1;
    }

    private record Subject(List<ActorRef> actors, int pronoun) {
    }

    private Subject subject(ArticleContext ctx, int sentenceIndex, int from, int to, boolean asTarget) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        List<ActorRef> actors = new ArrayList<>();
        int pronoun = -1;
        for (int k = from; k < to; k++) {
            int m = s.mentionAt[k];
            if (m >= 0 && s.mentions.get(m).firstToken() == k) {
                if (!inPrepositionalPhrase(s, k, from, asTarget ? NO_RECIPIENT : null)) {
                    actors.add(asTarget ? headed(s, s.mentions.get(m), to) : s.mentions.get(m).actor());
                }
            } else if (m < 0 && pronoun < 0 && actors.isEmpty()
                    && (lexicon.has("pronoun.first", s.lower[k]) || lexicon.has("pronoun.third", s.lower[k]))
                    && s.pos(k).startsWith("PRON")) {
                pronoun = k;
            }
        }
        if (asTarget && actors.isEmpty() && pronoun < 0) {
            ActorRef entity = entityPhrase(s, from, to);
            if (entity != null) {
                actors.add(entity);
            }
        }
        return new Subject(actors, pronoun);
    }

    /** The actor a subject or target mention stands for: OTHER when it only qualifies an organisation or person. */
    private ActorRef headed(SentenceView s, ActorMention m, int limit) {
        int head = -1;
        for (int k = m.lastToken() + 1; k < Math.min(limit, m.lastToken() + 5); k++) {
            boolean noun = s.pos(k).startsWith("NOUN") || s.pos(k).startsWith("PROPN") && s.mentionAt[k] < 0;
            if (noun) {
                head = k;
            } else if (head >= 0 || !s.pos(k).startsWith("ADJ") && !(s.pos(k).startsWith("PART") && s.lower[k].startsWith("'"))) {
                break; // the head is the end of the first noun run ("officials last year" -> officials)
            }
        }
        if (head >= 0 && lexicon.has("entityNoun", s.lower[head]) && !lexicon.has("stateNoun", s.lower[head])) {
            return new ActorRef(OTHER, s.mentions.size() > 0 ? text(s, m.firstToken(), head) : null);
        }
        return m.actor();
    }

    /** A named or counted organisation, person or vessel with no state in it ("three entities", "Rosneft"). */
    private ActorRef entityPhrase(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.mentionAt[k] >= 0) {
                continue;
            }
            boolean entity = s.pos(k).startsWith("NOUN") && lexicon.has("entityNoun", s.lower[k])
                    || s.pos(k).startsWith("PROPN") && Character.isUpperCase(s.tokens.get(k).text().charAt(0));
            if (entity) {
                return new ActorRef(OTHER, text(s, from, k));
            }
        }
        return null;
    }

    static boolean inPrepositionalPhrase(SentenceView s, int k, int from, Set<String> only) {
        for (int j = k - 1; j >= Math.max(from, k - 8); j--) {
            String p = s.pos(j);
            String w = s.lower[j];
            if (p.startsWith("ADP") || w.equals("to") || w.equals("between")) {
                return only == null || only.contains(w);
            }
            boolean npInside = p.startsWith("DET") || p.startsWith("ADJ") || p.startsWith("NOUN") || p.startsWith("PROPN")
                    || p.startsWith("NUM") || p.startsWith("CCONJ") || w.equals(",") || p.startsWith("PART");
            if (!npInside) {
                return false;
            }
        }
        return false;
    }

    private ActorRef earlierSubject(ArticleContext ctx, int sentenceIndex, List<Segment> segments, int segmentIndex) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        for (int g = segmentIndex - 1; g >= Math.max(0, segmentIndex - EARLIER_SEGMENTS); g--) {
            Segment seg = segments.get(g);
            int verb = firstVerb(s, seg.start(), seg.end());
            Subject sub = subject(ctx, sentenceIndex, seg.start(), verb < 0 ? seg.end() : verb, false);
            if (!sub.actors.isEmpty()) {
                return single(sub.actors);
            }
            if (sub.pronoun >= 0) {
                return pronoun(ctx, sentenceIndex, segments, g, sub.pronoun);
            }
        }
        return null;
    }

    /** "we" in a quote is the speaker's institution; "it"/"they" (and "we" outside quotes) the previous subject. */
    private ActorRef pronoun(ArticleContext ctx, int sentenceIndex, List<Segment> segments, int segmentIndex, int token) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        if (lexicon.has("pronoun.first", s.lower[token]) && s.quoted[token]) {
            ActorRef speaker = speaker(ctx, sentenceIndex);
            if (speaker != null) {
                return speaker;
            }
        } else {
            ActorRef earlier = earlierSubject(ctx, sentenceIndex, segments, segmentIndex);
            if (earlier != null) {
                return earlier;
            }
        }
        return ctx.previousSubject(sentenceIndex);
    }

    /** The actor of the attribution of the quote the sentence belongs to. */
    private ActorRef speaker(ArticleContext ctx, int sentenceIndex) {
        int paragraph = ctx.sentences.get(sentenceIndex).sentence.paragraphIndex();
        int first = sentenceIndex;
        while (first - 1 >= 0 && sentenceIndex - first < ArticleContext.LOOK_BACK
                && ctx.sentences.get(first - 1).sentence.paragraphIndex() == paragraph) {
            first--;
        }
        boolean pronounAttribution = false;
        for (int k = first; k < ctx.sentences.size() && k - first < 2 * ArticleContext.LOOK_BACK
                && ctx.sentences.get(k).sentence.paragraphIndex() == paragraph; k++) {
            SentenceView s = ctx.sentences.get(k);
            ActorRef person = ctx.personActorOutsideQuotes(s);
            if (person != null) {
                return person;
            }
            for (ActorMention m : s.mentions) {
                if (!s.quoted[m.firstToken()]) {
                    return m.actor();
                }
            }
            for (int i = 0; i < s.size(); i++) {
                if (!s.quoted[i] && (s.lower[i].equals("he") || s.lower[i].equals("she"))) {
                    pronounAttribution = true;
                }
            }
        }
        for (int k = first - 1; k >= Math.max(0, first - ArticleContext.LOOK_BACK); k--) {
            SentenceView s = ctx.sentences.get(k);
            ActorRef person = ctx.personActorOutsideQuotes(s);
            if (person != null) {
                return person;
            }
            if (pronounAttribution && ctx.subjectActor.get(k) != null) {
                return ctx.subjectActor.get(k);
            }
        }
        return null;
    }

    /** Where "on/against X" or the object of a "sanctioned" verb starts, or -1. */
    private int targetPhraseStart(SentenceView s, Trigger t, ActionClassifier.Reading reading, int clauseEnd) {
        int from = Math.max(t.last(), reading.triggerLast()) + 1;
        if (s.pos(t.anchor()).startsWith("VERB") && t.anchor() + 1 < clauseEnd) {
            int next = t.anchor() + 1;
            if (s.isNominal(next) || s.mentionAt[next] >= 0) {
                return next;
            }
        }
        int limit = Math.min(clauseEnd, from + 8);
        for (int k = from; k < limit; k++) {
            String w = s.lower[k];
            if (lexicon.has("targetPrep", w)) {
                return k + 1 < clauseEnd ? k + 1 : -1;
            }
            if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals(",")
                    || s.pos(k).startsWith("VERB") && lexicon.cue(w) == null || s.pos(k).startsWith("SCONJ")) {
                return -1;
            }
        }
        return -1;
    }

    /** The actors of a target phrase, conjunct by conjunct ("North Korea and Russia", "entities and individuals"). */
    private List<ActorRef> targetPhrase(ArticleContext ctx, int sentenceIndex, int from, int clauseEnd, ActorRef imposer) {
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
        if (w.equals("that") || w.equals("which") || w.equals("who") || w.equals("when") || w.equals("if")) {
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
                out.add(headed(s, s.mentions.get(m), to));
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
            out.add(new ActorRef(OTHER, text(s, from, head)));
        } else {
            for (int k = from; k <= head; k++) {
                if (lexicon.has("entityNoun", s.lower[k])) {
                    out.add(new ActorRef(OTHER, text(s, from, head)));
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
                boolean state = a.code().length() == 3 && a.code().chars().allMatch(Character::isUpperCase);
                if (state && (imposer == null || !a.code().equals(imposer.code()))) {
                    found.putIfAbsent(a.code(), a);
                }
            }
        }
        return new ArrayList<>(found.values());
    }

    private boolean refersBack(SentenceView s, int npStart, Trigger t) {
        for (int k = npStart; k < t.first(); k++) {
            if (s.pos(k).startsWith("DET") && lexicon.has("referring", s.lower[k])) {
                return true;
            }
        }
        return false;
    }

    private static String text(SentenceView s, int first, int last) {
        int start = s.tokens.get(first).start() - s.sentence.start();
        int end = s.tokens.get(Math.max(first, last)).end() - s.sentence.start();
        return s.sentence.text().substring(start, end);
    }
}
