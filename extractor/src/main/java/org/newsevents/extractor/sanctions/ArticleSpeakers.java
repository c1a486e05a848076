package org.newsevents.extractor.sanctions;

import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;

/**
 * Who is who from the sanctions rules' own article memory: a quote's speaker is the first actor or
 * known person outside quotes in its paragraph, else the person named just before.
 */
final class ArticleSpeakers implements WhoIsWho {
    private final ArticleContext ctx;

    ArticleSpeakers(ArticleContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public ActorRef previousSubject(int sentenceIndex) {
        return ctx.previousSubject(sentenceIndex);
    }

    /** The actor of the attribution of the quote the sentence belongs to. */
    @Override
    public ActorRef speakerActor(int sentenceIndex) {
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
}
