package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver.ActorMention;

/**
 * What the sanctions rules remember while reading one article: the prepared sentences, which actor a
 * named person speaks for ("US State Department spokesperson Matthew Miller" -> Miller: USA), the
 * subject actor of each sentence. One instance per article and thread.
 */
final class ArticleContext {
    private static final int TITLE_REACH = 6;
    static final int LOOK_BACK = 8;

    final List<SentenceView> sentences = new ArrayList<>();
    final List<ActorRef> subjectActor = new ArrayList<>();
    final Map<String, ActorRef> personActor = new HashMap<>();

    void add(SentenceView s) {
        sentences.add(s);
        learnPersons(s);
        subjectActor.add(subjectOf(s));
    }

    /** A person name right after an actor and a title: the last name speaks for that actor. */
    private void learnPersons(SentenceView s) {
        for (ActorMention m : s.mentions) {
            int k = m.lastToken() + 1;
            int lastName = -1;
            int limit = Math.min(s.size(), k + TITLE_REACH);
            while (k < limit && (s.pos[k].startsWith("PROPN") || s.pos[k].startsWith("NOUN") || s.pos[k].startsWith("ADJ"))
                    && s.mentionAt[k] < 0) {
                if (s.pos[k].startsWith("PROPN") && Character.isUpperCase(s.tokens.get(k).text().charAt(0))) {
                    lastName = k;
                }
                k++;
            }
            if (lastName >= 0 && lastName == k - 1) {
                personActor.putIfAbsent(personKey(s.tokens.get(lastName).text()), m.actor());
            }
        }
    }

    /** The first actor outside quotes and outside a prepositional phrase, else a known person's actor. */
    private ActorRef subjectOf(SentenceView s) {
        for (ActorMention m : s.mentions) {
            if (!s.quoted[m.firstToken()] && !Subjects.inPrepositionalPhrase(s, m.firstToken(), 0, null)) {
                return m.actor();
            }
        }
        return personActorOutsideQuotes(s);
    }

    ActorRef personActorOutsideQuotes(SentenceView s) {
        for (int i = 0; i < s.size(); i++) {
            if (!s.quoted[i] && s.pos[i].startsWith("PROPN")) {
                ActorRef a = personActor.get(personKey(s.tokens.get(i).text()));
                if (a != null) {
                    return a;
                }
            }
        }
        return null;
    }

    /** The latest subject actor strictly before sentence {@code index}, within the look-back window. */
    ActorRef previousSubject(int index) {
        for (int k = index - 1; k >= Math.max(0, index - LOOK_BACK); k--) {
            if (subjectActor.get(k) != null) {
                return subjectActor.get(k);
            }
        }
        return null;
    }

    static String personKey(String token) {
        String t = SanctionsLexicon.norm(token);
        return t.endsWith("'s") ? t.substring(0, t.length() - 2) : t;
    }
}
