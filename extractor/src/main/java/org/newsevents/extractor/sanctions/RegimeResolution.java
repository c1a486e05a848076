package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.discourse.regime.LocalRoles;
import org.newsevents.extractor.discourse.regime.RegimeRegistry;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.schemas.SanctionsAction;

/**
 * Pass B of the sanctions roles: the article's mentions, with what their clauses say (pass A), are
 * clustered into regimes ({@link RegimeRegistry}); each mention then keeps the roles its clause settles
 * and takes the others from its regime ("the sanctions", "sanctions relief", "firms he owns were also
 * sanctioned"). A clause subject that is not a sanctioning actor (the target speaking, "Belarus
 * vows revenge over sanctions") counts as no imposer, and is used only when no regime names one.
 */
final class RegimeResolution {
    /** One mention after pass A: its sentence and the clause's own roles. */
    record Draft(int sentence, int paragraph, SanctionsFinding local, boolean imposerStated, boolean refersBack,
                 List<ActorRef> jointImposers) {
    }

    private final SanctionsLexicon lexicon;
    private final TargetKinds kinds;

    RegimeResolution(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
        this.kinds = new TargetKinds(lexicon);
    }

    List<SanctionsFinding> resolve(AnalyzedArticle article, ArticleContext ctx, List<Draft> drafts) {
        Map<String, ActorRef> named = new HashMap<>();
        List<LocalRoles> locals = new ArrayList<>(drafts.size());
        int lead = leadParagraph(article);
        for (Draft d : drafts) {
            SanctionsFinding f = d.local();
            Set<String> targets = new LinkedHashSet<>();
            for (ActorRef a : f.targets()) {
                targets.add(a.code());
                named.putIfAbsent(a.code(), a);
            }
            String imposer = f.imposer() == null ? null : f.imposer().code();
            boolean sanctioning = imposer != null && (lexicon.has("imposerCode", imposer) || TriggerFinder.isUnBody(imposer));
            if (sanctioning) {
                named.putIfAbsent(imposer, f.imposer());
            } else if (targetsVoice(f, imposer) && targets.isEmpty()) {
                // The sanctioned side speaking of its sanctions ("Tehran demanded relief"): the target, not the imposer.
                targets.add(imposer);
                named.putIfAbsent(imposer, f.imposer());
            }
            boolean stated = sanctioning || imposer == null && d.imposerStated();
            boolean headline = isHeadline(article, d.paragraph());
            // Without a mention in the headline or lead, the story's first mention frames its sanctions.
            boolean framing = d.paragraph() == lead || locals.isEmpty() && !isHeadline(article, drafts.get(0).paragraph());
            // Several imposers framing the story make its regime a joint one.
            Set<String> joint = new LinkedHashSet<>();
            if (headline || framing) {
                d.jointImposers().forEach(a -> joint.add(a.code()));
            }
            locals.add(new LocalRoles(d.sentence(), headline, framing,
                    sanctioning ? imposer : null, stated, targets, d.refersBack(), joint));
        }
        Set<String> headlineTargets = headlineTargets(article, ctx, named);
        List<RegimeRegistry.Resolved> resolved = (article.headline().isPresent() ? RegimeRegistry.withHeadline(headlineTargets, locals)
                : RegimeRegistry.of(headlineTargets, locals)).resolved();
        List<SanctionsFinding> out = new ArrayList<>(drafts.size());
        for (int i = 0; i < drafts.size(); i++) {
            SanctionsFinding f = drafts.get(i).local();
            RegimeRegistry.Resolved r = resolved.get(i);
            boolean voice = f.imposer() != null && f.targets().isEmpty() && targetsVoice(f, f.imposer().code());
            ActorRef imposer = r.imposer() != null ? named.get(r.imposer())
                    : locals.get(i).imposerStated() || voice || joint(r) ? null : f.imposer();
            List<ActorRef> targets = new ArrayList<>();
            // Sanctions threatened or enforced anew take no side from the story unless the headline names one.
            boolean fresh = headlineTargets.isEmpty() && f.targets().isEmpty() && !drafts.get(i).refersBack()
                    && (f.action() == SanctionsAction.THREATEN || f.action() == SanctionsAction.ENFORCE);
            for (String code : fresh ? Set.<String>of() : r.targets()) {
                targets.add(named.get(code));
            }
            out.add(new SanctionsFinding(f.start(), f.end(), f.text(), f.trigger(), f.action(), imposer, targets));
        }
        return out;
    }

    /** The mention belongs to a regime imposed by several actors together. */
    private static boolean joint(RegimeRegistry.Resolved r) {
        return r.regime() != null && r.regime().imposers().size() > 1;
    }

    /** A state that does not impose sanctions as the subject of a demand, a protest or a lifting. */
    private boolean targetsVoice(SanctionsFinding f, String code) {
        return code != null && Targets.isState(code) && !lexicon.has("imposerCode", code)
                && (f.action() == SanctionsAction.OTHER || f.action() == SanctionsAction.LIFT);
    }

    /**
     * The sides the headline names that do not usually impose sanctions ("Belarus vows revenge over
     * sanctions" -> BLR; "Russian banks" -> OTHER).
     */
    private Set<String> headlineTargets(AnalyzedArticle article, ArticleContext ctx, Map<String, ActorRef> named) {
        Set<String> out = new LinkedHashSet<>();
        if (article.headline().isEmpty()) {
            return out; // the lead's sides are already in its own mentions
        }
        int paragraph = article.headline().get().index();
        for (SentenceView s : ctx.sentences) {
            if (s.sentence.paragraphIndex() == paragraph) {
                for (ActorResolver.ActorMention m : s.mentions) {
                    if (kinds.isSetting(s, m.firstToken())) {
                        continue; // "summit in Hanoi": the place of the story, not a sanctioned side
                    }
                    ActorRef a = kinds.headed(s, m, s.size());
                    if (Targets.isState(a.code()) && !lexicon.has("imposerCode", a.code()) || TargetKinds.OTHER.equals(a.code())) {
                        out.add(a.code());
                        named.putIfAbsent(a.code(), a);
                    }
                }
                return out;
            }
        }
        return out;
    }

    private static boolean isHeadline(AnalyzedArticle article, int paragraph) {
        return article.headline().map(h -> h.index() == paragraph
                || article.paragraph(paragraph).text().strip().equals(h.text().strip())).orElse(false);
    }

    /** The first content paragraph that is not a copy of the headline. */
    private static int leadParagraph(AnalyzedArticle article) {
        for (Paragraph p : article.paragraphs()) {
            if (!p.boilerplate() && !isHeadline(article, p.index()) && !article.sentencesOf(p.index()).isEmpty()) {
                return p.index();
            }
        }
        return -1;
    }
}
