package org.newsevents.extractor.published;

import java.util.Set;

/** Reads the publication-date word lists (one lowercase entry a line, "# " comments) from this package's resources. */
final class WordLists {
    private static final String BASE = "/org/newsevents/extractor/published/";

    private WordLists() {
    }

    static Set<String> read(String file) {
        return org.newsevents.extractor.text.LexiconFile.lowerCaseSet(WordLists.class, BASE + file);
    }
}
