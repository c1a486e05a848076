package org.newsevents.extractor.discourse;

import java.util.Locale;

/** Courtesy titles and abbreviated ranks before a name ("Mr.", "Sen."), from the shipped word list. */
public final class Honorifics {
    private static final class Shared {
        static final NameLexicon NAMES = NameLexicon.load();
    }

    private Honorifics() {
    }

    /** True for "Sen", "Sen.", "mr" ... in any case. */
    public static boolean isHonorific(String word) {
        return Shared.NAMES.isHonorific(word.toLowerCase(Locale.ROOT));
    }

    /** The name without the honorifics in front of it: "Sen. Anna Lindqvist" -> "Anna Lindqvist". */
    public static String strip(String name) {
        String[] parts = name.strip().split("\\s+");
        int i = 0;
        while (i < parts.length - 1 && isHonorific(parts[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(parts, i, parts.length));
    }
}
