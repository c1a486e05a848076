package org.newsevents.extractor.discourse;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsevents.extractor.text.LexiconFile;

/** Word lists for finding people's names: honorifics, role and institution nouns, stop words. */
record NameLexicon(Set<String> honorifics, Set<String> roleNouns, Set<String> institutionNouns, Set<String> stops,
                   Set<String> speechVerbForms, Set<String> spokespersonNouns, Map<String, String> roleContext) {

    static NameLexicon load() {
        return new NameLexicon(set("/org/newsevents/extractor/discourse/honorifics.txt"),
                set("/org/newsevents/extractor/statements/role-nouns.txt"),
                set("/org/newsevents/extractor/statements/institution-nouns.txt"),
                set("/org/newsevents/extractor/discourse/name-stops.txt"),
                words("/org/newsevents/extractor/statements/speech-verbs.txt"),
                set("/org/newsevents/extractor/discourse/spokesperson-nouns.txt"),
                pairs("/org/newsevents/extractor/discourse/role-context.tsv"));
    }

    /** Not part of a name at its start: "Sen.", "President", "Foreign", "The". */
    boolean isPrefixWord(String lower) {
        String w = undotted(lower);
        return honorifics.contains(w) || roleNouns.contains(w) || stops.contains(w);
    }

    boolean isHonorific(String lower) {
        return honorifics.contains(undotted(lower));
    }

    private static String undotted(String w) {
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    private static Set<String> set(String path) {
        Set<String> out = new HashSet<>();
        for (String line : lines(path)) {
            out.add(line.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** Tab-separated "word kind" lines. */
    private static Map<String, String> pairs(String path) {
        Map<String, String> out = new HashMap<>();
        for (String line : lines(path)) {
            String[] f = line.split("\t");
            if (f.length == 2) {
                out.put(f[0].strip().toLowerCase(Locale.ROOT), f[1].strip());
            }
        }
        return Map.copyOf(out);
    }

    /** Every single-word form listed on the lines of a verb-forms file. */
    private static Set<String> words(String path) {
        Set<String> out = new HashSet<>();
        for (String line : lines(path)) {
            if (!line.contains("|")) {
                for (String w : line.toLowerCase(Locale.ROOT).split("\\s+")) {
                    out.add(w);
                }
            }
        }
        return Set.copyOf(out);
    }

    private static List<String> lines(String path) {
        return LexiconFile.lines(NameLexicon.class, path);
    }
}
