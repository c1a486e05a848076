package org.newsevents.extractor.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the extractor's data files (lexicons, gazetteers) from the classpath, one convention for
 * all: UTF-8, one entry per line, blank lines and lines starting with {@code #} are comments.
 * A missing file fails fast with its name: the extractor must not run with part of its rules.
 */
public final class LexiconFile {
    private LexiconFile() {
    }

    /** A data line as written (trailing line break removed) and its 1-based number, for error messages. */
    public record Line(int number, String text) {
    }

    /**
     * The data lines of {@code resource}, resolved like {@link Class#getResourceAsStream}: relative
     * to {@code owner}'s package, or absolute with a leading slash.
     */
    public static List<Line> read(Class<?> owner, String resource) {
        InputStream in = owner.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("extractor data file " + resource + " is not on the classpath");
        }
        List<Line> out = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String stripped = line.strip();
                if (!stripped.isEmpty() && !stripped.startsWith("#")) {
                    out.add(new Line(number, line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read extractor data file " + resource, e);
        }
        return out;
    }

    /** The data lines, stripped of surrounding white space. */
    public static List<String> lines(Class<?> owner, String resource) {
        return read(owner, resource).stream().map(l -> l.text().strip()).toList();
    }

    /** The data lines as a set of lower-case entries. */
    public static Set<String> lowerCaseSet(Class<?> owner, String resource) {
        Set<String> out = new HashSet<>();
        for (String l : lines(owner, resource)) {
            out.add(l.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }
}
