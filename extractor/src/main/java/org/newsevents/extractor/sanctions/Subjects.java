package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.sanctions.ClauseSplitter.Segment;

/**
 * The subject side of a clause: the actors of its subject, the passive agent ("by X"), the subject of
 * an earlier clause of the sentence, and pronouns ("we" in a quote is the speaker's actor, "it"/"they"
 * the previous subject).
 */
final class Subjects {
    private static final int EARLIER_SEGMENTS = 3;
    private static final int AGENT_PHRASE_MAX = 14;
    /** Stands for the unnamed others of a joint imposition; never an imposer alone. */
    static final ActorRef OTHERS = new ActorRef("+", "others");
    private static final Set<String> NO_RECIPIENT = Set.of("to", "with", "between", "for", "against", "by", "into",
            "toward", "towards", "on", "at", "about", "over", "amid", "among");

    record Subject(List<ActorRef> actors, int pronoun) {
    }

    private final SanctionsLexicon lexicon;
    private final TargetKinds kinds;

    Subjects(SanctionsLexicon lexicon, TargetKinds kinds) {
        this.lexicon = lexicon;
        this.kinds = kinds;
    }

    static ActorRef firstActor(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.mentionAt[k] >= 0 && !inPrepositionalPhrase(s, k, from, null)) {
                return s.mentions.get(s.mentionAt[k]).actor();
            }
        }
        return null;
    }

    static ActorRef single(List<ActorRef> actors) {
        String code = actors.get(0).code();
        for (ActorRef a : actors) {
            if (!a.code().equals(code)) {
                return null; // two imposers named: none of them alone
            }
        }
        return actors.get(0);
    }

    /**
     * The imposers of "by X", "from X" or "sanctions of X" (the latter two only for sanctioning actors: "imports from Russia"
     * is no agent); several when the phrase lists them ("from the U.N., U.S., EU and other countries").
     */
    List<ActorRef> agents(SentenceView s, int from, int clauseEnd) {
        for (int k = from; k < Math.min(clauseEnd, from + 8); k++) {
            boolean by = s.lower[k].equals("by");
            if ((by || s.lower[k].equals("from") || s.lower[k].equals("of") && k == from) && k + 1 < clauseEnd) {
                List<ActorRef> out = new ArrayList<>();
                for (int j = k + 1; j < Math.min(clauseEnd, k + AGENT_PHRASE_MAX) && (j == k + 1 || inList(s, j)); j++) {
                    if (s.mentionAt[j] >= 0 && s.mentions.get(s.mentionAt[j]).firstToken() == j) {
                        ActorRef a = s.mentions.get(s.mentionAt[j]).actor();
                        if (by || lexicon.has("imposerCode", a.code())) {
                            out.add(a);
                        }
                    }
                    if (!by && out.isEmpty() && j > k + 2) {
                        break;
                    }
                }
                if (!out.isEmpty() && jointWithOthers(s, k + 1, Math.min(clauseEnd, k + AGENT_PHRASE_MAX))) {
                    out.add(OTHERS);
                }
                return out;
            }
        }
        return List.of();
    }

    /** Unnamed partners joined to a named imposer: "the U.S. and other countries", "the EU and its allies". */
    boolean jointWithOthers(SentenceView s, int from, int to) {
        for (int k = from; k < to - 1; k++) {
            if (s.lower[k].equals("and") || s.lower[k].equals("nor")) {
                for (int j = k + 1; j < Math.min(to, k + 4); j++) {
                    if (lexicon.has("coalition", s.lower[j])) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean inList(SentenceView s, int k) {
        String w = s.lower[k];
        return s.mentionAt[k] >= 0 || s.isNominal(k) || s.pos(k).startsWith("ADV") || w.equals(",") || w.equals("and")
                || w.equals("other") || w.equals("from") || w.equals("by");
    }

    static int firstVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isVerb(k)) {
                return k;
            }
        }
        return -1;
    }


    Subject subject(ArticleContext ctx, int sentenceIndex, int from, int to, boolean asTarget) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        List<ActorRef> actors = new ArrayList<>();
        int pronoun = -1;
        for (int k = from; k < to; k++) {
            int m = s.mentionAt[k];
            if (m >= 0 && s.mentions.get(m).firstToken() == k) {
                if (!inPrepositionalPhrase(s, k, from, asTarget ? NO_RECIPIENT : null)) {
                    actors.add(asTarget ? kinds.headed(s, s.mentions.get(m), to) : s.mentions.get(m).actor());
                }
            } else if (m < 0 && pronoun < 0 && actors.isEmpty()
                    && (lexicon.has("pronoun.first", s.lower[k]) || lexicon.has("pronoun.third", s.lower[k]))
                    && s.pos(k).startsWith("PRON")) {
                pronoun = k;
            }
        }
        if (asTarget && actors.isEmpty() && pronoun < 0) {
            ActorRef entity = kinds.entityPhrase(s, from, to);
            if (entity != null) {
                actors.add(entity);
            }
        }
        return new Subject(actors, pronoun);
    }

    static boolean inPrepositionalPhrase(SentenceView s, int k, int from, Set<String> only) {
        for (int j = k - 1; j >= Math.max(from, k - 8); j--) {
            String p = s.pos(j);
            String w = s.lower[j];
            if (p.startsWith("ADP") || w.equals("to") || w.equals("between")) {
                return only == null || only.contains(w);
            }
            if (w.equals(",") && j > from && s.mentionAt[j - 1] < 0 && !s.lower[j - 1].equals(",")) {
                return false; // "Under the agreement, the U.S. ...": the comma closes a fronted phrase
            }
            boolean npInside = p.startsWith("DET") || p.startsWith("ADJ") || p.startsWith("NOUN") || p.startsWith("PROPN")
                    || p.startsWith("NUM") || p.startsWith("CCONJ") || w.equals(",") || p.startsWith("PART");
            if (!npInside) {
                return false;
            }
        }
        return false;
    }

    ActorRef earlierSubject(ArticleContext ctx, WhoIsWho who, int sentenceIndex, List<Segment> segments, int segmentIndex) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        for (int g = segmentIndex - 1; g >= Math.max(0, segmentIndex - EARLIER_SEGMENTS); g--) {
            Segment seg = segments.get(g);
            int verb = firstVerb(s, seg.start(), seg.end());
            Subject sub = subject(ctx, sentenceIndex, seg.start(), verb < 0 ? seg.end() : verb, false);
            if (!sub.actors.isEmpty()) {
                return single(sub.actors);
            }
            if (sub.pronoun >= 0) {
                return pronoun(ctx, who, sentenceIndex, segments, g, sub.pronoun);
            }
        }
        return null;
    }

    /** "we" in a quote is the speaker's institution; "it"/"they" (and "we" outside quotes) the previous subject. */
    ActorRef pronoun(ArticleContext ctx, WhoIsWho who, int sentenceIndex, List<Segment> segments, int segmentIndex, int token) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        if (lexicon.has("pronoun.first", s.lower[token]) && s.quoted[token]) {
            ActorRef speaker = who.speakerActor(sentenceIndex);
            if (speaker != null) {
                return speaker;
            }
        } else {
            ActorRef earlier = earlierSubject(ctx, who, sentenceIndex, segments, segmentIndex);
            if (earlier != null) {
                return earlier;
            }
        }
        return who.previousSubject(sentenceIndex);
    }
}
