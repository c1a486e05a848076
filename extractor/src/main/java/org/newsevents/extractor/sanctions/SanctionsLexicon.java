package org.newsevents.extractor.sanctions;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.extractor.text.LexiconFile;
import org.newsevents.schemas.SanctionsAction;

/** Word lists of the sanctions rules, read from {@code lexicon.tsv}. Immutable, shared by all threads. */
final class SanctionsLexicon {
    static final String FILE = "lexicon.tsv";
    /** Order in which a word listed under several action cues is read (the most specific first). */
    private static final List<SanctionsAction> CUE_ORDER = List.of(SanctionsAction.OTHER, SanctionsAction.VIOLATE,
            SanctionsAction.LIFT, SanctionsAction.ENFORCE, SanctionsAction.THREATEN, SanctionsAction.IMPOSE);
    private static final List<String> REQUIRED = List.of("trigger.word", "trigger.freeze", "trigger.asset",
            "trigger.ban", "trigger.breach", "trigger.resolution", "trigger.council", "cue.IMPOSE", "cue.THREATEN",
            "cue.ENFORCE", "cue.LIFT", "cue.VIOLATE", "cue.OTHER", "modal", "negation", "refusal", "continuation",
            "targetSubject", "speech", "subordinator", "entityNoun", "stateNoun", "genericStates", "targetPrep", "timeWord",
            "pronoun.first", "pronoun.third", "multiImposer", "referring", "imposerCode", "trigger.approvalPrefix");

    private final Map<String, Set<String>> categories;

    private SanctionsLexicon(Map<String, Set<String>> categories) {
        this.categories = categories;
    }

    static SanctionsLexicon load() {
        Map<String, Set<String>> categories = new HashMap<>();
        for (LexiconFile.Line row : LexiconFile.read(SanctionsLexicon.class, FILE)) {
            String line = row.text();
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(FILE + ":" + row.number() + ": expected category<TAB>word|word..., got: " + line);
            }
            Set<String> words = categories.computeIfAbsent(line.substring(0, tab).trim(), c -> new HashSet<>());
            for (String w : line.substring(tab + 1).split("\\|")) {
                if (!w.isBlank()) {
                    words.add(w.trim());
                }
            }
        }
        for (String required : REQUIRED) {
            if (!categories.containsKey(required)) {
                throw new IllegalStateException("sanctions lexicon " + FILE + " lacks category " + required);
            }
        }
        categories.replaceAll((k, v) -> Set.copyOf(v));
        return new SanctionsLexicon(Map.copyOf(categories));
    }

    boolean has(String category, String word) {
        Set<String> words = categories.get(category);
        return words != null && words.contains(word);
    }

    /** The action a cue word signals, or null. */
    SanctionsAction cue(String word) {
        for (SanctionsAction action : CUE_ORDER) {
            if (has("cue." + action.name(), word)) {
                return action;
            }
        }
        return null;
    }

    /** Lower case with typographic apostrophes and dashes made plain: the form the lexicon lists. */
    static String norm(String token) {
        return token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u2013', '-').replace('\u2014', '-');
    }
}
