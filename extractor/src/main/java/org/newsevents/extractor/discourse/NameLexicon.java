package org.newsevents.extractor.discourse;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.extractor.text.LexiconFile;

/** Word lists for finding people's names: honorifics, role and institution nouns, stop words. */
record NameLexicon(Set<String> honorifics, Set<String> roleNouns, Set<String> institutionNouns, Set<String> stops,
                   Set<String> speechVerbForms) {

    static NameLexicon load() {
        return new NameLexicon(set("/org/newsevents/extractor/discourse/honorifics.txt"),
                set("/org/newsevents/extractor/statements/role-nouns.txt"),
                set("/org/newsevents/extractor/statements/institution-nouns.txt"),
                set("/org/newsevents/extractor/discourse/name-stops.txt"),
                words("/org/newsevents/extractor/statements/speech-verbs.txt"));
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
