package org.newsevents.extractor.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.statements.SpeakerPhrase.Kind;

/**
 * Reads the speaker noun phrase next to a speech verb: "State Department spokesperson Matthew
 * Miller", "Russia's ambassador to North Korea, Alexander Matsegora,", "the Kremlin", "he".
 * Every scan is bounded by a small token window.
 */
final class SpeakerPhraseParser {
    private static final int MAX_PHRASE = 14;

    private final Words words;
    private final ActorResolver actors;

    SpeakerPhraseParser(Words words, ActorResolver actors) {
        this.words = words;
        this.actors = actors;
    }

    /** The subject of the verb at {@code verb}, not reaching before token {@code floor}. */
    Optional<SpeakerPhrase> subjectBefore(TokenView v, int verb, int floor) {
        int j = skipBack(v, verb - 1, floor);
        if (j < floor) {
            return Optional.empty();
        }
        String w = v.word(j);
        if (words.lex.pronouns().containsKey(Words.lower(w))) {
            return Optional.of(pronoun(v, j));
        }
        if (w.equals(",")) {
            // appositive closed by a comma: "TITLE, NAME, said" or "NAME, TITLE, said"
            int bEnd = j - 1;
            int bStart = collectBack(v, bEnd, floor);
            if (bStart < 0 || bStart - 2 < floor || !v.word(bStart - 1).equals(",")) {
                return Optional.empty();
            }
            int aEnd = bStart - 2;
            int aStart = collectBack(v, aEnd, floor);
            return aStart < 0 ? Optional.empty() : combine(v, aStart, aEnd, bStart, bEnd);
        }
        int start = collectBack(v, j, floor);
        if (start < 0) {
            return Optional.empty();
        }
        if (start - 2 >= floor && v.word(start - 1).equals(",") && isPureName(v, start, j)) {
            int tEnd = start - 2;
            int tStart = collectBack(v, tEnd, floor);
            if (tStart >= 0 && words.isRoleNoun(v.word(tEnd))) {
                return Optional.of(person(v, start, j, tStart, tEnd));
            }
        }
        return interpret(v, start, j);
    }

    /** A speaker phrase starting at {@code from} ("said Matthew Miller", "said the spokesperson"). */
    Optional<SpeakerPhrase> phraseAfter(TokenView v, int from, int limit) {
        if (from >= limit) {
            return Optional.empty();
        }
        if (words.lex.pronouns().containsKey(Words.lower(v.word(from)))) {
            return Optional.of(pronoun(v, from));
        }
        int i = from;
        while (i < limit && Words.isDeterminer(v.word(i))) {
            i++;
        }
        int end = i - 1;
        int first = i;
        while (i < limit && i - from < MAX_PHRASE) {
            if (i > first + 1 && v.word(i).equals(v.word(first)) && words.isNamePart(v, i)) {
                // a page's name card repeats the name: "Anna Lee Anna Marie LeeLatest news ..."
                break;
            }
            if (words.isNpWord(v, i) || Words.isPossessive(v.word(i))) {
                end = i;
                i++;
            } else if (Words.isNpLink(v.word(i)) && i + 1 < limit && (words.isNamePart(v, i + 1)
                    || Words.isDeterminer(v.word(i + 1))) && !v.word(i).equalsIgnoreCase("on")) {
                i++;
            } else if (Words.isDeterminer(v.word(i)) && i > from && Words.isNpLink(v.word(i - 1))) {
                i++;
            } else {
                break;
            }
        }
        if (end < from) {
            return Optional.empty();
        }
        // "said Alexander Matsegora, Russia's ambassador" keeps the name; the title is optional
        return interpret(v, from, end);
    }

    /** The subject at the start of the sentence holding token {@code i} (for participles). */
    Optional<SpeakerPhrase> sentenceSubject(TokenView v, int i) {
        int s = afterDateline(v, v.sentenceStart(i));
        int limit = Math.min(i, s + 30);
        int k = s;
        // skip an introductory phrase ("Meanwhile,", "On Saturday,")
        for (int m = s; m < limit && m < s + 12; m++) {
            if (v.word(m).equals(",")) {
                String first = v.word(s);
                if (words.isFunctionWord(first) || !"PROPN".equals(v.pos(s)) && !Words.isDeterminer(first)) {
                    k = m + 1;
                }
                break;
            }
        }
        return phraseAfter(v, k, limit);
    }

    /** "CITY, Country (Agency) —" at a sentence start is the dateline: the sentence starts after its dash. */
    static int afterDateline(TokenView v, int s) {
        if (s >= v.size() || !Words.isAllCapsWord(v.word(s))) {
            return s;
        }
        for (int k = s + 1; k < v.size() && k <= s + 10; k++) {
            String w = v.word(k);
            if (w.equals("\u2014") || w.equals("--") || w.equals("-") || w.equals("\u2013")) {
                return k + 1;
            }
        }
        return s;
    }

    /** Skips auxiliaries, adverbs, time expressions and parentheses left of a verb. */
    int skipBack(TokenView v, int j, int floor) {
        floor = Math.max(floor, j - 16);
        while (j >= floor) {
            String w = v.word(j);
            String lw = Words.lower(w);
            if (w.equals(")")) {
                int k = j - 1;
                while (k >= floor && k > j - 8 && !v.word(k).equals("(")) {
                    k--;
                }
                if (k < floor || !v.word(k).equals("(")) {
                    return j;
                }
                j = k - 1;
            } else if (Words.isAuxiliary(lw) || words.isTimeWord(lw)
                    || "ADV".equals(v.pos(j)) && w.equals(lw) && !words.lex.pronouns().containsKey(lw)) {
                j--;
            } else if ((lw.equals("on") || lw.equals("in")) && j + 1 < v.size() && words.isTimeWord(v.word(j + 1))) {
                j--;
            } else if (w.equals(",") && partyDesignationStart(v, j - 1, floor) > floor) {
                // "Anna Lee, R-Tenn., said": the party and state label set off by commas
                j = partyDesignationStart(v, j - 1, floor) - 2;
            } else {
                return j;
            }
        }
        return j;
    }

    /**
     * Start of a US party and state label ending at {@code j} ("R-Tenn.", "D-N.J.", tokenized as one
     * to three pieces) when a comma precedes it, else -1.
     */
    static int partyDesignationStart(TokenView v, int j, int floor) {
        for (int s = j; s >= Math.max(floor + 1, j - 2); s--) {
            String w = v.word(s);
            if (w.length() >= 2 && w.charAt(1) == '-' && "RDI".indexOf(w.charAt(0)) >= 0) {
                return v.word(s - 1).equals(",") ? s : -1;
            }
            if (!Words.isCapitalized(w) && !w.equals(".") || w.length() > 6) {
                return -1;
            }
        }
        return -1;
    }

    /** Start index of the noun phrase ending at {@code j}, or -1. */
    int collectBack(TokenView v, int j, int floor) {
        int i = j;
        while (i >= floor && j - i < MAX_PHRASE) {
            String w = v.word(i);
            if (Words.isDeterminer(w)) {
                // "ambassador to the United Nations": a determiner after a link continues the phrase
                boolean inner = i - 2 >= floor && Words.isNpLink(v.word(i - 1)) && !Words.lower(v.word(i - 1)).equals("on")
                        && words.isNpWord(v, i - 2);
                i--;
                if (!inner) {
                    break;
                }
                continue;
            }
            if (words.isNpWord(v, i) || Words.isPossessive(w) && Words.isWord(w)) {
                i--;
            } else if (Words.isNpLink(w) && i < j && i > floor && !Words.lower(w).equals("on")
                    && (words.isNamePart(v, i + 1) || Words.isDeterminer(v.word(i + 1))
                    || words.isRoleNoun(v.word(i - 1)) && words.isNpWord(v, i + 1))
                    && words.isNpWord(v, i - 1)) {
                i--;
            } else {
                break;
            }
        }
        int start = i + 1;
        while (start <= j && Words.isNpLink(v.word(start))) {
            start++;
        }
        return start > j ? -1 : start;
    }

    private Optional<SpeakerPhrase> combine(TokenView v, int aStart, int aEnd, int bStart, int bEnd) {
        if (isPureName(v, bStart, bEnd) && hasRole(v, aStart, aEnd)) {
            return Optional.of(person(v, bStart, bEnd, aStart, aEnd));
        }
        if (isPureName(v, aStart, aEnd) && hasRole(v, bStart, bEnd)) {
            return Optional.of(person(v, aStart, aEnd, bStart, bEnd));
        }
        return Optional.empty();
    }

    private SpeakerPhrase person(TokenView v, int nameStart, int nameEnd, int titleStart, int titleEnd) {
        while (titleStart < titleEnd && Words.isDeterminer(v.word(titleStart))) {
            titleStart++;
        }
        return new SpeakerPhrase(Kind.PERSON, name(v, nameStart, nameEnd), v.span(titleStart, titleEnd), null,
                null, List.of(), Math.min(nameStart, titleStart));
    }

    private SpeakerPhrase pronoun(TokenView v, int j) {
        if (Words.lower(v.word(j)).equals("it")) {
            // "The United States imposed sanctions on entities it accused of ...": the state named before in the sentence
            List<ActorResolver.ActorMention> before = actors.find(v.tokens,
                    Math.max(afterDateline(v, v.sentenceStart(j)), j - 40), j);
            if (!before.isEmpty()) {
                ActorResolver.ActorMention m = before.get(0);
                return institution(v.text.substring(m.start(), m.end()), null, m.actor().code(), j);
            }
        }
        return new SpeakerPhrase(Kind.PRONOUN, Words.lower(v.word(j)), null, null, null, List.of(), j);
    }

    private boolean isPureName(TokenView v, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!words.isNamePart(v, i) || words.isRoleNoun(v.word(i)) || words.isInstitutionNoun(v.word(i))) {
                return false;
            }
        }
        return actors.resolve(v.span(from, to)).map(a -> !covers(a, v.span(from, to))).orElse(true);
    }

    private boolean hasRole(TokenView v, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (words.isRoleNoun(v.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** Classifies the noun phrase [from, to]. */
    Optional<SpeakerPhrase> interpret(TokenView v, int from, int to) {
        boolean definite = false;
        while (from <= to && Words.isDeterminer(v.word(from))) {
            definite |= Words.lower(v.word(from)).equals("the");
            from++;
        }
        if (from > to) {
            return Optional.empty();
        }
        String head = Words.lower(Words.stripPossessive(v.word(to)));
        if (from == to && words.lex.pronouns().containsKey(head)) {
            return Optional.of(pronoun(v, from));
        }
        if (words.lex.nonSpeakers().contains(head) || Words.isPossessive(v.word(to))) {
            return Optional.empty();
        }
        int role = -1;
        for (int i = to; i >= from; i--) {
            if (words.isRoleNoun(v.word(i))) {
                role = i;
                break;
            }
        }
        if (role >= 0) {
            if (role < to && isNameRun(v, role + 1, to)) {
                return Optional.of(person(v, role + 1, to, from, role));
            }
            return Optional.of(new SpeakerPhrase(Kind.DESCRIPTION, null, v.span(from, to), null,
                    Words.lower(Words.stripPossessive(v.word(role))), qualifiers(v, from, to, role), from));
        }
        if (definite && from == to && words.lex.anaphoricStateNouns().contains(head)) {
            String code = actors.resolve("the " + v.word(from)).map(ActorRef::code).orElse(null);
            return Optional.of(new SpeakerPhrase(Kind.STATE_ANAPHOR, v.word(from), null, code, head, List.of(), from));
        }
        int possessor = -1;
        for (int i = from; i < to; i++) {
            if (Words.isPossessive(v.word(i))) {
                possessor = i;
            }
        }
        int nameFrom = possessor + 1 > from ? possessor + 1 : from;
        String possessorCode = possessor >= 0
                ? actors.resolve(Words.stripPossessive(v.span(from, possessor))).map(ActorRef::code).orElse(null) : null;
        if (isNameRun(v, nameFrom, to)) {
            String name = v.span(nameFrom, to);
            Optional<ActorRef> actor = actors.resolve(name);
            if (actor.isPresent() && covers(actor.get(), name)) {
                return Optional.of(institution(name, possessor >= 0 ? v.span(from, to) : null, actor.get().code(), from));
            }
            if (hasInstitutionNoun(v, nameFrom, to)) {
                return Optional.of(institution(name, possessor >= 0 ? v.span(from, to) : null, possessorCode, from));
            }
            if (!isPlainName(v, nameFrom, to)) {
                return Optional.empty();
            }
            if (to - nameFrom > 4 || possessor >= 0 && nameFrom == to && !words.isInstitutionNoun(v.word(to))) {
                return Optional.empty();
            }
            return Optional.of(new SpeakerPhrase(Kind.PERSON, name(v, nameFrom, to), null, null, null, List.of(), from));
        }
        if (words.isInstitutionNoun(v.word(to))) {
            return Optional.of(new SpeakerPhrase(Kind.INSTITUTION_DESCRIPTION, v.span(from, to), v.span(from, to),
                    possessorCode, head, qualifiers(v, nameFrom, to, to), from));
        }
        if (definite && words.lex.anaphoricStateNouns().contains(head)) {
            return Optional.of(new SpeakerPhrase(Kind.STATE_ANAPHOR, v.word(to), null, null, head, List.of(), from));
        }
        return Optional.empty();
    }

    private SpeakerPhrase institution(String name, String title, String code, int from) {
        return new SpeakerPhrase(Kind.INSTITUTION, name, title, code, null, List.of(), from);
    }

    /** True when the resolved actor is the whole phrase, not a part of it ("Russia" in "Russia's Foreign Ministry"). */
    private static boolean covers(ActorRef actor, String phrase) {
        String n = actor.name() == null ? "" : actor.name();
        String p = phrase.startsWith("the ") || phrase.startsWith("The ") ? phrase.substring(4) : phrase;
        return n.equalsIgnoreCase(p) || n.equalsIgnoreCase(phrase);
    }

    /** Capitalised words, with inner links of institution names ("Ministry of Finance"). */
    private boolean isNameRun(TokenView v, int from, int to) {
        if (from > to || !words.isNamePart(v, from) || !words.isNamePart(v, to)) {
            return false;
        }
        for (int i = from; i <= to; i++) {
            boolean innerLink = i > from && i < to && (Words.isNpLink(v.word(i)) || Words.isDeterminer(v.word(i)))
                    && Character.isLowerCase(v.word(i).charAt(0));
            if (!words.isNamePart(v, i) && !innerLink) {
                return false;
            }
        }
        return true;
    }

    private boolean isPlainName(TokenView v, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (!words.isNamePart(v, i)) {
                return false;
            }
        }
        return true;
    }

    private boolean hasInstitutionNoun(TokenView v, int from, int to) {
        for (int i = from; i <= to; i++) {
            if (words.isInstitutionNoun(v.word(i)) && Words.isCapitalized(v.word(i))) {
                return true;
            }
        }
        return false;
    }

    /** A name without a trailing possessive ("Miller's" -> "Miller"). */
    private static String name(TokenView v, int from, int to) {
        String s = v.span(from, to);
        return Words.stripPossessive(s);
    }

    private List<String> qualifiers(TokenView v, int from, int to, int skip) {
        List<String> out = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            String w = Words.lower(Words.stripPossessive(v.word(i)));
            if (i != skip && Words.isWord(w) && !Words.isNpLink(w) && !Words.isDeterminer(w)
                    && !words.isRoleNoun(w) && !w.equals("deputy") && !w.equals("senior")) {
                out.add(w);
            }
        }
        return List.copyOf(out);
    }
}
