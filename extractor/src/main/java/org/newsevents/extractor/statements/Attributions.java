package org.newsevents.extractor.statements;

import org.newsevents.extractor.discourse.Honorifics;
import org.newsevents.extractor.discourse.QuoteScanner;

/**
 * Who a quotation or a speech verb belongs to: the attribution after a closing mark or before an
 * opening one, a characterising verb, the subject of a speech verb (participles, "as saying",
 * appositive subjects). Bounded token windows only.
 */
final class Attributions {
    private final Words words;
    private final SpeakerPhraseParser parser;
    private final ComplementFinder complements;

    Attributions(Words words, SpeakerPhraseParser parser, ComplementFinder complements) {
        this.words = words;
        this.parser = parser;
        this.complements = complements;
    }

    record Attribution(SpeakerPhrase speaker, SpeakerPhrase fallback, int verb) {
    }

    /** Attribution right after a closing mark: ', X said', ', said X', ', according to X', ': X'. */
    Attribution after(TokenView v, int firstAfter) {
        int j = firstAfter;
        if (j >= v.size()) {
            return null;
        }
        int limit = Math.min(v.size(), j + 18);
        for (int k = j; k < limit; k++) {
            if (!v.word(k).isEmpty() && QuoteScanner.isDoubleMark(v.word(k).charAt(0))) {
                limit = k;
                break;
            }
        }
        String w = v.word(j);
        if (w.equals(":")) {
            return parser.phraseAfter(v, j + 1, limit)
                    .filter(s -> s.kind() == SpeakerPhrase.Kind.PERSON || s.kind() == SpeakerPhrase.Kind.INSTITUTION)
                    .map(s -> new Attribution(s, null, -1)).orElse(null);
        }
        if (w.equals(",") || w.equals("\u2014") || w.equals("--")) {
            j++;
        }
        if (j >= limit) {
            return null;
        }
        if (Words.lower(v.word(j)).equals("according") && j + 1 < limit && Words.lower(v.word(j + 1)).equals("to")) {
            final int cue = j;
            return parser.phraseAfter(v, j + 2, limit).map(s -> new Attribution(s, null, cue)).orElse(null);
        }
        String lemma = words.attributionVerbAt(v, j);
        if (lemma != null) {
            int len = words.attributionVerbLength(v, j);
            final int verb = j;
            return parser.phraseAfter(v, j + len, limit).map(s -> new Attribution(s, null, verb)).orElse(null);
        }
        for (int m = j + 1; m < limit; m++) {
            String wm = v.word(m);
            if (wm.equals(".") && !(v.glued(m) && Honorifics.isHonorific(v.word(m - 1))) || wm.equals(";")) {
                return null;
            }
            if (words.attributionVerbAt(v, m) == null) {
                continue;
            }
            boolean asSaying = Shapes.isAsSaying(v, m);
            SpeakerPhrase s = asSaying ? asSayingSpeaker(v, m, j) : parser.subjectBefore(v, m, j).orElse(null);
            if (s == null || !asSaying && !Shapes.onlyDeterminers(v, j, Shapes.speakerStart(v, s))) {
                return null;
            }
            return new Attribution(s, null, m);
        }
        return null;
    }

    /** Attribution before an opening mark: 'X said: "', 'he said, "', 'said that "'. */
    Attribution before(TokenView v, int k) {
        String w = v.word(k);
        int m = k;
        if (w.equals(",") || w.equals(":") || Words.lower(w).equals("that")) {
            m = k - 1;
        }
        int floor = Math.max(v.sentenceStart(Math.max(0, m)), m - 8);
        for (int i = m; i >= floor && i >= 0; i--) {
            String wi = v.word(i);
            if (wi.equals(".") || !wi.isEmpty() && QuoteScanner.isQuoteMark(wi.charAt(wi.length() - 1))) {
                return null;
            }
            if (words.attributionVerbAt(v, i) != null) {
                boolean settingOnly = Words.lower(w).equals("that")
                        && complements.skipAdverbials(v, i + words.attributionVerbLength(v, i), k) == k;
                if (i != m && !(w.equals(",") || w.equals(":")) && !settingOnly) {
                    return null;
                }
                SpeakerPhrase s = speakerOfVerb(v, i, v.sentenceStart(i));
                if (s == null) {
                    return null;
                }
                SpeakerPhrase fb = s.kind() == SpeakerPhrase.Kind.SAME_AS_PREVIOUS
                        ? parser.sentenceSubject(v, i).orElse(null) : null;
                return new Attribution(s, fb, i);
            }
            if ("VERB".equals(v.pos(i)) && !wi.endsWith("ing") || wi.equals(",") && i != m) {
                return null;
            }
        }
        return null;
    }

    /** Index of a characterising verb governing a quotation that opens after token k, or -1. */
    int characterisationVerb(TokenView v, int k) {
        int floor = Math.max(v.sentenceStart(k), k - 6);
        for (int i = k; i >= floor; i--) {
            String wi = v.word(i);
            boolean verbHere = words.characterisationVerbAt(v, i) != null
                    || i == k && words.speechVerbAt(v, i) != null && !Words.lower(wi).startsWith("say")
                    && !Words.lower(wi).equals("said") && !Words.lower(wi).equals("says");
            if (verbHere) {
                return i;
            }
            if (!(words.isNpWord(v, i) || Words.isSubjectDeterminer(wi) || Words.lower(wi).equals("as")
                    || Words.lower(wi).equals("it") || Words.lower(wi).equals("them")) || wi.equals(",")) {
                return -1;
            }
        }
        return -1;
    }

    /** The speaker of the verb at i: its subject, a participle's sentence subject, "quoted X as saying". */
    SpeakerPhrase speakerOfVerb(TokenView v, int i, int floor) {
        if (Shapes.isAsSaying(v, i)) {
            return asSayingSpeaker(v, i, floor);
        }
        if (v.word(i).endsWith("ing") && (i == floor || v.word(i - 1).equals(",") || i > 0
                && "NOUN".equals(v.pos(i - 1)))) {
            return SpeakerPhrase.previous(i);
        }
        if (Shapes.afterCoordinator(v, i, floor)) {
            return SpeakerPhrase.previous(i);
        }
        SpeakerPhrase s = parser.subjectBefore(v, i, floor).orElse(null);
        return s != null ? s : appositiveSubject(v, i, floor);
    }

    /** "Moon, who supports talks, told ...": a named subject opening the sentence, set off by a comma. */
    private SpeakerPhrase appositiveSubject(TokenView v, int verb, int floor) {
        int j = parser.skipBack(v, verb - 1, floor);
        if (j <= floor || !v.word(j).equals(",") || v.sentenceStart(verb) != floor) {
            return null;
        }
        SpeakerPhrase s = parser.phraseAfter(v, SpeakerPhraseParser.afterDateline(v, floor), j).orElse(null);
        if (s == null || s.kind() != SpeakerPhrase.Kind.PERSON && s.kind() != SpeakerPhrase.Kind.INSTITUTION) {
            return null;
        }
        int end = s.firstToken();
        while (end + 1 < j && !v.word(end + 1).equals(",")) {
            end++;
        }
        return end + 1 < j && v.word(end + 1).equals(",") && words.isNamePart(v, end) ? s : null;
    }



    /** "the agency quoted Lee as saying", "Lee was quoted as saying", "cited the agency as saying". */
    private SpeakerPhrase asSayingSpeaker(TokenView v, int saying, int floor) {
        int as = saying - 1;
        for (int q = as - 1; q >= Math.max(floor, as - 12); q--) {
            String w = Words.lower(v.word(q));
            if (w.equals("quoted") || w.equals("cited") || w.equals("quoting") || w.equals("citing")) {
                if (q + 1 == as) {
                    return parser.subjectBefore(v, q, floor).orElse(null);
                }
                return parser.interpret(v, q + 1, as - 1).orElse(null);
            }
        }
        return null;
    }
}
