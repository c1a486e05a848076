package org.newsevents.extractor.boilerplate;

import java.util.ArrayList;
import java.util.List;
import org.newsevents.extractor.text.LexiconFile;
import java.util.Locale;
import java.util.Optional;

/**
 * The section markers of scraped pages ({@code markers.tsv}): which line shapes are boilerplate,
 * with what reason, and whether they open a trailing region. Immutable, so shareable across threads.
 */
public final class MarkerLexicon {
    static final String RESOURCE = "markers.tsv";

    enum Scope { LINE, LINE_PREFIX, PREFIX, CONTAINS }

    /** What a matched marker does to the lines around it. */
    public enum Effect { SELF, NEXT, REGION }

    /** One matched marker. */
    public record Marker(String reason, Scope scope, Effect effect, int maxWords, String phrase, String key) {
    }

    private final List<Marker> markers;

    MarkerLexicon(List<Marker> markers) {
        this.markers = List.copyOf(markers);
    }

    /** The lexicon shipped as a classpath resource next to this class. */
    public static MarkerLexicon load() {
        return parse(LexiconFile.lines(MarkerLexicon.class, RESOURCE));
    }

    static MarkerLexicon parse(List<String> lines) {
        List<Marker> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : lines) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (cols.length != 5) {
                throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": expected 5 tab-separated columns, got " + cols.length);
            }
            Scope scope = Scope.valueOf(cols[1]);
            String phrase = cols[4].toLowerCase(Locale.ROOT);
            String key = switch (scope) {
                case LINE -> LineText.squeezed(phrase);
                case LINE_PREFIX -> LineText.words(phrase);
                case PREFIX, CONTAINS -> phrase;
            };
            out.add(new Marker(cols[0], scope, Effect.valueOf(cols[2]), Integer.parseInt(cols[3]), cols[4], key));
        }
        return new MarkerLexicon(out);
    }

    /** The first marker (in file order) that the line matches. */
    public Optional<Marker> match(LineText line) {
        for (Marker m : markers) {
            if (m.maxWords() > 0 && line.wordCount() > m.maxWords()) {
                continue;
            }
            boolean hit = switch (m.scope()) {
                case LINE -> line.squeezed().equals(m.key());
                case LINE_PREFIX -> line.words().equals(m.key()) || line.words().startsWith(m.key() + " ");
                case PREFIX -> line.lower().startsWith(m.key());
                case CONTAINS -> line.lower().contains(m.key());
            };
            if (hit) {
                return Optional.of(m);
            }
        }
        return Optional.empty();
    }
}
