package org.newsevents.extractor.published;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** Reads the publication-date word lists (one lowercase entry a line, "# " comments) from this package's resources. */
final class WordLists {
    private static final String BASE = "/org/newsevents/extractor/published/";

    private WordLists() {
    }

    static Set<String> read(String file) {
        InputStream in = WordLists.class.getResourceAsStream(BASE + file);
        if (in == null) {
            throw new IllegalStateException("publication-date lexicon " + BASE + file + " is not on the classpath");
        }
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("# ")) {
                    out.add(s.toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + BASE + file, e);
        }
        return Set.copyOf(out);
    }
}
