package org.newsevents.extractor.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the statement rules consult, loaded once from the data files next to this class.
 * Immutable, so one instance is shared by every thread.
 */
record Lexicons(
        /** lower-cased single-word speech verb forms -> lemma */
        Map<String, String> speechVerbs,
        /** multi-word speech verbs ("called on") as lower-cased token lists -> lemma */
        List<List<String>> multiWordSpeechVerbs,
        /** verbs that attribute quotations only ("he continued"), same shapes as the speech verbs */
        Map<String, String> quoteCueVerbs,
        List<List<String>> multiWordQuoteCueVerbs,
        Map<String, String> characterisationVerbs,
        Set<String> objectControlVerbs,
        /** "told reporters (that) ...": verbs whose addressee precedes a bare clause */
        Set<String> addresseeVerbs,
        /** "blamed X for Y": verbs whose report is the target with its charge */
        Set<String> blameVerbs,
        Set<String> roleNouns,
        Set<String> genericRoles,
        Set<String> nonSpeakers,
        Set<String> institutionNouns,
        Map<String, String> pronouns,
        Set<String> anaphoricStateNouns,
        Map<String, String> speakerAliases,
        Set<String> timeWords,
        Set<String> speechSettings,
        Set<String> contentNouns,
        Set<String> clauseTrailers,
        List<List<String>> complementStoppers,
        Set<String> functionWords) {

    private static final String BASE = "/org/newsevents/extractor/statements/";

    static Lexicons load() {
        Map<String, String> verbs = new HashMap<>();
        List<List<String>> multi = new ArrayList<>();
        readVerbForms("speech-verbs.txt", verbs, multi);
        Map<String, String> cues = new HashMap<>();
        List<List<String>> multiCues = new ArrayList<>();
        readVerbForms("quote-cue-verbs.txt", cues, multiCues);
        Map<String, String> characterisation = new HashMap<>();
        readVerbForms("characterisation-verbs.txt", characterisation, new ArrayList<>());
        Map<String, String> control = new HashMap<>();
        List<List<String>> controlMulti = new ArrayList<>();
        readVerbForms("object-control-verbs.txt", control, controlMulti);
        Set<String> controlLemmas = new HashSet<>(control.values());
        for (List<String> m : controlMulti) {
            controlLemmas.add(m.get(0));
        }
        Map<String, String> pronouns = new HashMap<>();
        for (String line : lines("pronouns.txt")) {
            String[] parts = line.split("\\s+");
            pronouns.put(parts[0], parts[1]);
        }
        Map<String, String> aliases = new HashMap<>();
        for (String line : lines("speaker-aliases.tsv")) {
            String[] parts = line.split("\t");
            if (parts.length != 2) {
                throw new IllegalStateException("speaker-aliases.tsv: expected alias<TAB>name, got: " + line);
            }
            aliases.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
        }
        List<List<String>> stoppers = new ArrayList<>();
        for (String line : lines("complement-stoppers.txt")) {
            stoppers.add(List.of(line.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return new Lexicons(Map.copyOf(verbs), List.copyOf(multi), Map.copyOf(cues), List.copyOf(multiCues),
                Map.copyOf(characterisation),
                Set.copyOf(controlLemmas), set("addressee-verbs.txt"), set("blame-verbs.txt"), set("role-nouns.txt"), set("generic-roles.txt"),
                set("non-speakers.txt"), set("institution-nouns.txt"), Map.copyOf(pronouns),
                set("anaphoric-state-nouns.txt"), Map.copyOf(aliases), set("time-words.txt"),
                set("speech-settings.txt"), set("content-nouns.txt"), set("clause-trailers.txt"),
                List.copyOf(stoppers), set("function-words.txt"));
    }

    /** Lemma of a single-token speech verb form, or null. */
    String speechLemma(String lowerWord) {
        return speechVerbs.get(lowerWord);
    }

    /** Lines of "lemma form form ..." or "multi word|multi words|..." entries. */
    private static void readVerbForms(String file, Map<String, String> single, List<List<String>> multi) {
        for (String line : lines(file)) {
            if (line.contains("|")) {
                String[] forms = line.split("\\|");
                String lemma = forms[0].trim().toLowerCase(Locale.ROOT);
                for (String form : forms) {
                    List<String> words = new ArrayList<>(List.of(form.trim().toLowerCase(Locale.ROOT).split("\\s+")));
                    words.add(0, lemma);
                    multi.add(List.copyOf(words));
                }
            } else {
                String[] forms = line.toLowerCase(Locale.ROOT).split("\\s+");
                for (String form : forms) {
                    single.put(form, forms[0]);
                }
            }
        }
    }

    private static Set<String> set(String file) {
        Set<String> out = new HashSet<>();
        for (String line : lines(file)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String file) {
        return org.newsevents.extractor.text.LexiconFile.lines(Lexicons.class, BASE + file);
    }
}
