package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.actors.Gazetteer;
import org.newsevents.extractor.sanctions.ClauseSplitter.Segment;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.schemas.SanctionsAction;

/**
 * Rule-based sanctions mentions (GUIDELINES 3): one finding per clause that carries a trigger, with
 * the action read from its cue words and the imposer and targets resolved through the actor
 * gazetteer. Stateless between calls and built from immutable lexicons, so one instance serves all
 * threads; every rule looks at bounded windows, so an article costs time linear in its length.
 */
public final class RuleBasedSanctionsExtractor implements SanctionsExtractor {
    private final ActorResolver actors;
    private final ClauseSplitter splitter;
    private final TriggerFinder triggers;
    private final ActionClassifier actions;
    private final Roles roles;
    private final RegimeResolution regimes;
    private final SanctionsLexicon lexicon;

    public RuleBasedSanctionsExtractor(ActorResolver actors) {
        this(actors, SanctionsLexicon.load());
    }

    private RuleBasedSanctionsExtractor(ActorResolver actors, SanctionsLexicon lexicon) {
        this.actors = actors;
        this.lexicon = lexicon;
        this.splitter = new ClauseSplitter(lexicon);
        this.triggers = new TriggerFinder(lexicon);
        this.actions = new ActionClassifier(lexicon);
        this.roles = new Roles(lexicon);
        this.regimes = new RegimeResolution(lexicon);
    }

    /** The extractor with the bundled lexicons and the bundled actor gazetteer. */
    public static RuleBasedSanctionsExtractor withDefaults() {
        return new RuleBasedSanctionsExtractor(Gazetteer.load());
    }

    @Override
    public List<SanctionsFinding> extract(AnalyzedArticle article) {
        QuoteMap quotes = QuoteMap.of(article);
        ArticleContext ctx = new ArticleContext();
        WhoIsWho who = new ArticleSpeakers(ctx);
        List<RegimeResolution.Draft> drafts = new ArrayList<>();
        // First pass: every sentence prepared, so a quote's attribution later in its paragraph is known.
        for (Sentence sentence : article.sentences()) {
            ctx.add(new SentenceView(sentence, actors, quotes));
        }
        for (int i = 0; i < ctx.sentences.size(); i++) {
            SentenceView s = ctx.sentences.get(i);
            if (article.inBoilerplate(s.sentence.start())) {
                continue;
            }
            List<Trigger> found = triggers.find(s);
            if (!found.isEmpty()) {
                extractSentence(ctx, who, i, found, drafts);
            }
        }
        return regimes.resolve(article, ctx, drafts);
    }

    private void extractSentence(ArticleContext ctx, WhoIsWho who, int sentenceIndex, List<Trigger> found,
                                 List<RegimeResolution.Draft> drafts) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        List<Segment> segments = splitter.split(s);
        int t = 0;
        for (int g = 0; g < segments.size() && t < found.size(); g++) {
            Segment seg = segments.get(g);
            while (t < found.size() && found.get(t).anchor() < seg.start()) {
                t++; // a trigger on a boundary token belongs to no clause
            }
            if (t >= found.size() || found.get(t).anchor() >= seg.end()) {
                continue;
            }
            Trigger trigger = found.get(t);
            while (t < found.size() && found.get(t).anchor() < seg.end()) {
                t++; // one mention per clause: the first trigger carries it
            }
            int end = seg.end();
            for (int h = g + 1; h < segments.size() && segments.get(h).soft() && !hasTrigger(found, t, segments.get(h)); h++) {
                end = segments.get(h).end();
            }
            drafts.add(draft(ctx, who, sentenceIndex, segments, g, seg.start(), end, trigger));
        }
    }

    private static boolean hasTrigger(List<Trigger> found, int from, Segment seg) {
        for (int k = from; k < found.size(); k++) {
            if (found.get(k).anchor() >= seg.start() && found.get(k).anchor() < seg.end()) {
                return true;
            }
        }
        return false;
    }

    /** Pass A: the mention with the roles its own clause gives. */
    private RegimeResolution.Draft draft(ArticleContext ctx, WhoIsWho who, int sentenceIndex, List<Segment> segments, int segmentIndex,
                                     int clauseStart, int clauseEnd, Trigger trigger) {
        SentenceView s = ctx.sentences.get(sentenceIndex);
        ActionClassifier.Reading reading = actions.read(s, clauseStart, clauseEnd, trigger);
        Roles.Result r = roles.resolve(ctx, who, sentenceIndex, segments, segmentIndex, clauseStart, clauseEnd, trigger, reading);
        SanctionsAction action = reading.action();
        ActorRef imposer = r.imposer();
        // A bare "would"-conditional from a state that does not impose sanctions is the target's warning.
        if (action == SanctionsAction.THREATEN && reading.modalOnlyThreat() && imposer != null
                && !lexicon.has("imposerCode", imposer.code())) {
            action = SanctionsAction.OTHER;
            imposer = null;
        }
        int first = trimStart(s, clauseStart, clauseEnd);
        int last = trimEnd(s, first, clauseEnd - 1);
        int start = s.tokens.get(first).start();
        int end = s.tokens.get(last).end();
        String text = s.sentence.text().substring(start - s.sentence.start(), end - s.sentence.start());
        int ts = s.tokens.get(reading.triggerFirst()).start() - s.sentence.start();
        int te = s.tokens.get(reading.triggerLast()).end() - s.sentence.start();
        SanctionsFinding local = new SanctionsFinding(start, end, text, s.sentence.text().substring(ts, te), action,
                imposer, r.targets());
        return new RegimeResolution.Draft(sentenceIndex, s.sentence.paragraphIndex(), local,
                r.imposerStated() && imposer == r.imposer(), r.refersBack(), r.jointImposers());
    }

    private static int trimStart(SentenceView s, int from, int to) {
        int k = from;
        while (k < to - 1 && (s.isPunct(k) || s.pos(k).startsWith("CCONJ") || s.lower[k].equals("that"))) {
            k++;
        }
        return k;
    }

    private static int trimEnd(SentenceView s, int from, int last) {
        int k = last;
        while (k > from && (s.isPunct(k) && !s.lower[k].equals(")") || s.pos(k).startsWith("CCONJ"))) {
            k--;
        }
        return k;
    }
}
