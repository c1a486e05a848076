package org.newsevents.extractor.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.newsevents.extractor.text.LexiconFile;
import org.newsevents.extractor.text.Token;

/**
 * The actor gazetteer: states (ISO-3), capitals, demonyms, metonyms and international bodies read
 * from TSV data files next to this class. Matching is longest-match over the surface text of the
 * tokens; a possessive ("Russia's", "Pyongyang’s") or a hyphenated suffix ("U.S.-led") may follow a
 * name. Immutable and thread-safe once loaded.
 */
public final class Gazetteer implements ActorResolver {
    /** Data files, in load order. Lines: {@code CODE<TAB>alias|alias...}; code "-" marks a blocker phrase. */
    static final List<String> FILES = List.of("states.tsv", "capitals.tsv", "demonyms.tsv", "metonyms.tsv",
            "bodies.tsv", "blockers.tsv");
    private static final String BLOCKER = "-";

    private static volatile Gazetteer shared;

    private final AliasTrie trie;
    private final Map<String, List<String>> aliasesByCode;

    private Gazetteer(AliasTrie trie, Map<String, List<String>> aliasesByCode) {
        this.trie = trie;
        this.aliasesByCode = aliasesByCode;
    }

    /** The process-wide gazetteer, read from the classpath on first use. */
    public static Gazetteer load() {
        Gazetteer local = shared;
        if (local == null) {
            synchronized (Gazetteer.class) {
                local = shared;
                if (local == null) {
                    shared = local = read();
                }
            }
        }
        return local;
    }

    private static Gazetteer read() {
        AliasTrie trie = new AliasTrie();
        Map<String, List<String>> byCode = new TreeMap<>();
        for (String file : FILES) {
            for (LexiconFile.Line row : LexiconFile.read(Gazetteer.class, file)) {
                String line = row.text();
                int tab = line.indexOf('\t');
                if (tab <= 0 || tab == line.length() - 1) {
                    throw new IllegalStateException(file + ":" + row.number() + ": expected CODE<TAB>alias|alias..., got: " + line);
                }
                String code = line.substring(0, tab).trim();
                for (String alias : line.substring(tab + 1).split("\\|")) {
                    String a = alias.trim();
                    if (a.isEmpty()) {
                        throw new IllegalStateException(file + ":" + row.number() + ": empty alias");
                    }
                    trie.add(a, BLOCKER.equals(code) ? null : code);
                    if (!BLOCKER.equals(code)) {
                        byCode.computeIfAbsent(code, c -> new ArrayList<>()).add(a);
                    }
                }
            }
        }
        byCode.replaceAll((code, aliases) -> List.copyOf(aliases));
        return new Gazetteer(trie, Collections.unmodifiableMap(byCode));
    }

    /** Every actor code the gazetteer knows, with its aliases (canonical name first). */
    public Map<String, List<String>> aliasesByCode() {
        return aliasesByCode;
    }

    @Override
    public Optional<ActorRef> resolve(String phrase) {
        if (phrase == null || phrase.isBlank()) {
            return Optional.empty();
        }
        String text = phrase.strip();
        List<AliasTrie.Match> matches = scan(text, wordStarts(text));
        if (matches.isEmpty()) {
            return Optional.empty();
        }
        // A phrase naming one actor, possibly inside a longer description ("Russia's Foreign Ministry").
        Set<String> codes = new HashSet<>();
        for (AliasTrie.Match m : matches) {
            codes.add(m.alias().code());
        }
        if (codes.size() != 1) {
            return Optional.empty();
        }
        AliasTrie.Match m = matches.get(0);
        return Optional.of(new ActorRef(m.alias().code(), text.substring(m.start(), m.end())));
    }

    @Override
    public List<ActorMention> find(List<Token> tokens, int fromToken, int toToken) {
        int from = Math.max(0, fromToken);
        int to = Math.min(tokens.size(), toToken);
        if (from >= to) {
            return List.of();
        }
        // Rebuild the surface text of the range: one space where the raw text had a gap.
        StringBuilder surface = new StringBuilder();
        int[] tokenAt = new int[64];
        int[] offsetAt = new int[64];
        List<Integer> starts = new ArrayList<>();
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (i > from && t.start() > tokens.get(i - 1).end()) {
                surface.append(' ');
            }
            starts.add(surface.length());
            for (int k = 0; k < t.text().length(); k++) {
                char c = t.text().charAt(k);
                if (k > 0 && (t.text().charAt(k - 1) == '-' || t.text().charAt(k - 1) == '/') && Character.isLetter(c)) {
                    starts.add(surface.length()); // "anti-US", "Russia-Ukraine": a name may start after a hyphen
                }
                int pos = surface.length();
                if (pos >= tokenAt.length) {
                    tokenAt = Arrays.copyOf(tokenAt, pos * 2);
                    offsetAt = Arrays.copyOf(offsetAt, pos * 2);
                }
                tokenAt[pos] = i;
                offsetAt[pos] = t.start() + k;
                surface.append(c);
            }
        }
        String text = surface.toString();
        List<ActorMention> out = new ArrayList<>();
        for (AliasTrie.Match m : scan(text, starts)) {
            int first = tokenAt[m.start()];
            int last = tokenAt[m.end() - 1];
            out.add(new ActorMention(new ActorRef(m.alias().code(), text.substring(m.start(), m.end())),
                    first, last, offsetAt[m.start()], offsetAt[m.end() - 1] + 1));
        }
        return out;
    }

    /** Non-overlapping longest matches, left to right; blocker phrases consume their span silently. */
    private List<AliasTrie.Match> scan(String text, List<Integer> starts) {
        List<AliasTrie.Match> out = new ArrayList<>();
        int consumedTo = 0;
        for (int start : starts) {
            if (start < consumedTo) {
                continue;
            }
            if (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)) && text.charAt(start - 1) != '-') {
                continue;
            }
            AliasTrie.Match m = trie.longestAt(text, start);
            if (m == null) {
                continue;
            }
            consumedTo = m.end();
            if (m.alias().code() != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static List<Integer> wordStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean startsWord = Character.isLetterOrDigit(c)
                    && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
            if (startsWord) {
                starts.add(i);
            }
        }
        return starts;
    }
}
