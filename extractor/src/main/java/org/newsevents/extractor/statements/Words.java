package org.newsevents.extractor.statements;

import java.util.List;
import java.util.Locale;
import org.newsevents.extractor.discourse.Honorifics;

/** Word-level tests the rules share, over a {@link TokenView} and the lexicons. */
final class Words {
    private static final java.util.Set<String> DETERMINERS = java.util.Set.of("the", "a", "an");
    private static final java.util.Set<String> AUXILIARIES = java.util.Set.of("has", "have", "had", "was", "were",
            "is", "are", "will", "would", "did", "does", "do", "been", "be", "being", "'s", "also", "not",
            "has also", "could", "may", "might", "can", "should", "must", "shall");
    private static final java.util.Set<String> NP_LINKS = java.util.Set.of("of", "to", "for", "at", "on");
    private static final java.util.Set<String> SUBJECT_DETERMINERS = java.util.Set.of("the", "a", "an", "its", "their",
            "his", "her", "this", "these", "those", "all", "some", "any", "no", "both", "each", "our", "every",
            "such", "many", "several", "most", "other", "another");

    final Lexicons lex;

    Words(Lexicons lex) {
        this.lex = lex;
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** The word without a possessive ending: "Korea's" -> "Korea". */
    static String stripPossessive(String w) {
        if (w.endsWith("'s") || w.endsWith("\u2019s")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 2 && (w.endsWith("s'") || w.endsWith("s\u2019"))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    static boolean isPossessive(String w) {
        return !stripPossessive(w).equals(w);
    }

    /** "TEHRAN", "WASHINGTON": letters only, more than one, all upper case. */
    static boolean isAllCapsWord(String w) {
        if (w.length() < 2) {
            return false;
        }
        for (int i = 0; i < w.length(); i++) {
            if (!Character.isUpperCase(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    static boolean isCapitalized(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0));
    }

    static boolean isWord(String w) {
        return !w.isEmpty() && Character.isLetterOrDigit(w.charAt(0));
    }

    static boolean isDeterminer(String w) {
        return DETERMINERS.contains(lower(w));
    }

    static boolean isSubjectDeterminer(String w) {
        return SUBJECT_DETERMINERS.contains(lower(w));
    }

    static boolean isAuxiliary(String w) {
        return AUXILIARIES.contains(lower(w));
    }

    static boolean isNpLink(String w) {
        return NP_LINKS.contains(lower(w));
    }

    boolean isFunctionWord(String w) {
        return lex.functionWords().contains(lower(w));
    }

    boolean isRoleNoun(String w) {
        return lex.roleNouns().contains(lower(stripPossessive(w)));
    }

    boolean isInstitutionNoun(String w) {
        return lex.institutionNouns().contains(lower(stripPossessive(w)));
    }

    boolean isTimeWord(String w) {
        return lex.timeWords().contains(lower(w));
    }

    /** A name part: capitalised non-function word, or a hyphen piece glued to one ("Chon" "-" "il"). */
    boolean isNamePart(TokenView v, int i) {
        String w = v.word(i);
        if (isCapitalized(w) && !isFunctionWord(w) && !isDeterminer(w)) {
            return true;
        }
        if (w.equals(".") && v.glued(i) && i + 1 < v.size() && isCapitalized(v.word(i + 1))
                && Honorifics.isHonorific(v.word(i - 1))) {
            // "Sen. Anna Lindqvist": the abbreviation's period, where the sentence detector may have split
            return true;
        }
        if (w.startsWith("-") && v.glued(i) && w.length() > 1) {
            return true;
        }
        if (w.equals("-") && i + 1 < v.size() && v.glued(i) && v.glued(i + 1)) {
            return true;
        }
        return i > 0 && v.glued(i) && v.word(i - 1).equals("-") && Character.isLetter(w.charAt(0));
    }

    /** A token that may belong to a speaker noun phrase (besides determiners and links). */
    boolean isNpWord(TokenView v, int i) {
        String w = v.word(i);
        if (isNamePart(v, i)) {
            return true;
        }
        if (!isWord(w) || isFunctionWord(w) || isAuxiliary(w) || isTimeWord(w)) {
            return false;
        }
        if (isRoleNoun(w) || isInstitutionNoun(w)) {
            return true;
        }
        String pos = v.pos(i);
        return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NUM");
    }

    /**
     * Lemma of a speech verb at token i (multi-word verbs included), or null. Lower-case forms only
     * ("States" in "United States" is no verb); outside headlines nouns are skipped ("the charges").
     */
    String speechVerbAt(TokenView v, int i) {
        String w = v.word(i);
        String lw = lower(w);
        List<String> multi = multiWordAt(lex.multiWordSpeechVerbs(), v, i);
        if (multi != null) {
            return multi.get(0);
        }
        String lemma = lex.speechLemma(lw);
        if (lemma == null) {
            return null;
        }
        if (!w.equals(lw) && !v.headline) {
            return null;
        }
        String pos = v.pos(i);
        if (!v.headline && (pos.equals("NOUN") || pos.equals("PROPN") || pos.equals("ADJ") || pos.equals("DET"))
                && !verbBeforeThat(v, i)) {
            return null;
        }
        return lemma;
    }

    /** In a headline, speech verbs and characterising verbs in any case ("Iran Says", "Minister Slams"). */
    String headlineVerbAt(TokenView v, int i) {
        String lemma = speechVerbAt(v, i);
        return lemma != null ? lemma : lex.characterisationVerbs().get(lower(v.word(i)));
    }

    /** "Reuters reports that ...": a name, then the form, then "that" makes it a verb whatever the tag. */
    private boolean verbBeforeThat(TokenView v, int i) {
        return i > 0 && i + 1 < v.size() && lower(v.word(i + 1)).equals("that") && isNamePart(v, i - 1)
                && !isPossessive(v.word(i - 1));
    }

    /** Number of tokens a speech verb at i spans (2 for "called on"). */
    int speechVerbLength(TokenView v, int i) {
        List<String> multi = multiWordAt(lex.multiWordSpeechVerbs(), v, i);
        return multi == null ? 1 : multi.size() - 1;
    }

    /** The entry (lemma, words...) of a multi-word verb list that matches at token i, or null. */
    private static List<String> multiWordAt(List<List<String>> verbs, TokenView v, int i) {
        String lw = lower(v.word(i));
        for (List<String> m : verbs) {
            if (m.get(1).equals(lw) && matchesAt(v, i, m.subList(1, m.size()))) {
                return m;
            }
        }
        return null;
    }

    /** Lemma and length of a verb that attributes a quotation next to it ("continued", "went on"), or null. */
    String quoteCueAt(TokenView v, int i) {
        String lw = lower(v.word(i));
        if (!v.word(i).equals(lw)) {
            return null;
        }
        List<String> multi = multiWordAt(lex.multiWordQuoteCueVerbs(), v, i);
        return multi != null ? multi.get(0) : lex.quoteCueVerbs().get(lw);
    }

    /** Number of tokens of the quotation cue at i (2 for "went on"). */
    int quoteCueLength(TokenView v, int i) {
        List<String> multi = multiWordAt(lex.multiWordQuoteCueVerbs(), v, i);
        return multi == null ? 1 : multi.size() - 1;
    }

    /** A speech verb or a quotation cue at i: the lemma, or null. */
    String attributionVerbAt(TokenView v, int i) {
        String lemma = speechVerbAt(v, i);
        return lemma != null ? lemma : quoteCueAt(v, i);
    }

    int attributionVerbLength(TokenView v, int i) {
        return speechVerbAt(v, i) != null ? speechVerbLength(v, i) : quoteCueLength(v, i);
    }

    String characterisationVerbAt(TokenView v, int i) {
        String w = v.word(i);
        String lemma = lex.characterisationVerbs().get(lower(w));
        return lemma != null && w.equals(lower(w)) ? lemma : null;
    }

    static boolean matchesAt(TokenView v, int i, List<String> words) {
        if (i + words.size() > v.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!lower(v.word(i + k)).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A verb form that can head a finite clause ("was", "will", "seems", "provided"). */
    static boolean isFiniteVerb(TokenView v, int i) {
        String w = lower(v.word(i));
        String pos = v.pos(i);
        if (pos.equals("AUX") || isAuxiliary(w) && !w.equals("also") && !w.equals("not") && !w.equals("being")
                && !w.equals("been") && !w.equals("be")) {
            return !w.equals("being") && !w.equals("been") && !w.equals("be");
        }
        return pos.equals("VERB") && !w.endsWith("ing") && Character.isLowerCase(v.word(i).charAt(0));
    }
}
