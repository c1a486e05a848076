package org.newsevents.extractor.sanctions;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
    /** The subject actor of each sentence, worked out when first asked for (reading it may need POS tags). */
    final List<ActorRef> subjectActor = new SubjectActors();
    final Map<String, ActorRef> personActor = new HashMap<>();
    /** Index of the sentence in which each person key was learnt: a subject is read as of its own sentence. */
    private final Map<String, Integer> learntAt = new HashMap<>();

    void add(SentenceView s) {
        sentences.add(s);
        learnPersons(s);
    }

    /** A person name right after an actor and a title: the last name speaks for that actor. */
    private void learnPersons(SentenceView s) {
        for (ActorMention m : s.mentions) {
            int k = m.lastToken() + 1;
            int lastName = -1;
            int limit = Math.min(s.size(), k + TITLE_REACH);
            if (!capitalizedBeforeMention(s, k, limit)) {
                continue; // no capitalized token to be a name: skip without reading tags (which tag the sentence)
            }
            while (k < limit && (s.pos(k).startsWith("PROPN") || s.pos(k).startsWith("NOUN") || s.pos(k).startsWith("ADJ"))
                    && s.mentionAt[k] < 0) {
                if (s.pos(k).startsWith("PROPN") && Character.isUpperCase(s.tokens.get(k).text().charAt(0))) {
                    lastName = k;
                }
                k++;
            }
            if (lastName >= 0 && lastName == k - 1) {
                String key = personKey(s.tokens.get(lastName).text());
                if (personActor.putIfAbsent(key, m.actor()) == null) {
                    learntAt.put(key, sentences.size() - 1);
                }
            }
        }
    }

    /** True when a token in [from, limit) that starts with a capital letter precedes the next mention. */
    private static boolean capitalizedBeforeMention(SentenceView s, int from, int limit) {
        for (int k = from; k < limit && s.mentionAt[k] < 0; k++) {
            if (Character.isUpperCase(s.tokens.get(k).text().charAt(0))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first actor outside quotes and outside a prepositional phrase, else a person's actor known
     * by the end of sentence {@code index} (as if read while the sentences were added in order).
     */
    private ActorRef subjectOf(int index) {
        SentenceView s = sentences.get(index);
        for (ActorMention m : s.mentions) {
            if (!s.quoted[m.firstToken()] && !Subjects.inPrepositionalPhrase(s, m.firstToken(), 0, null)) {
                return m.actor();
            }
        }
        return personActorOutsideQuotes(s, index);
    }

    ActorRef personActorOutsideQuotes(SentenceView s) {
        return personActorOutsideQuotes(s, Integer.MAX_VALUE);
    }

    private ActorRef personActorOutsideQuotes(SentenceView s, int learntBy) {
        for (int i = 0; i < s.size(); i++) {
            // The cheap tests first: the tag is read (and the sentence tagged) only for a known person's name.
            if (!s.quoted[i] && !personActor.isEmpty()) {
                String key = personKey(s.tokens.get(i).text());
                ActorRef a = personActor.get(key);
                if (a != null && learntAt.get(key) <= learntBy && s.pos(i).startsWith("PROPN")) {
                    return a;
                }
            }
        }
        return null;
    }

    private final class SubjectActors extends AbstractList<ActorRef> {
        private final List<ActorRef> known = new ArrayList<>();
        private final List<Boolean> computed = new ArrayList<>();

        @Override
        public ActorRef get(int index) {
            Objects.checkIndex(index, size());
            while (known.size() <= index) {
                known.add(null);
                computed.add(false);
            }
            if (!computed.get(index)) {
                known.set(index, subjectOf(index));
                computed.set(index, true);
            }
            return known.get(index);
        }

        @Override
        public int size() {
            return sentences.size();
        }
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
