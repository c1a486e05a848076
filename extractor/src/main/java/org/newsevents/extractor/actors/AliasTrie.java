package org.newsevents.extractor.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Character trie over normalized actor aliases. Matching walks at most {@link #maxLength()} characters
 * from a start position, so a scan over a text costs O(length x longest alias): linear, no regex.
 * Immutable after {@link #add} calls made by the builder in {@link Gazetteer}; safe to share.
 */
final class AliasTrie {
    /** One alias: its original spelling, its actor code (null for a blocker phrase). */
    record Alias(String spelling, String code, boolean caseSensitive, boolean leadingThe) {
    }

    /** A match of an alias at [start, end) of the scanned string. */
    record Match(Alias alias, int start, int end) {
    }

    private static final class Node {
        final Map<Character, Node> children = new HashMap<>(4);
        List<Alias> aliases;
    }

    private final Node root = new Node();
    private int maxLength;

    void add(String spelling, String code) {
        String key = normalize(spelling);
        Node node = root;
        for (int i = 0; i < key.length(); i++) {
            node = node.children.computeIfAbsent(key.charAt(i), c -> new Node());
        }
        if (node.aliases == null) {
            node.aliases = new ArrayList<>(1);
        }
        node.aliases.add(new Alias(spelling, code, isAcronym(spelling),
                spelling.regionMatches(true, 0, "the ", 0, 4)));
        maxLength = Math.max(maxLength, key.length());
    }

    int maxLength() {
        return maxLength;
    }

    /**
     * The longest alias starting at {@code start} of {@code text} that ends on a word boundary
     * (a possessive "'s" or a hyphen may follow) and passes the case rules; null when none.
     */
    Match longestAt(String text, int start) {
        Node node = root;
        Match best = null;
        int limit = Math.min(text.length(), start + maxLength);
        for (int i = start; i < limit; i++) {
            node = node.children.get(normalizeChar(text.charAt(i)));
            if (node == null) {
                break;
            }
            if (node.aliases != null && endsWord(text, i + 1)) {
                for (Alias alias : node.aliases) {
                    if (caseAccepts(alias, text, start, i + 1)) {
                        best = new Match(alias, start, i + 1);
                        break;
                    }
                }
            }
        }
        return best;
    }

    private static boolean endsWord(String text, int end) {
        return end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
    }

    private static boolean caseAccepts(Alias alias, String text, int start, int end) {
        if (alias.caseSensitive()) {
            return normalizeQuotes(text.substring(start, end)).equals(normalizeQuotes(alias.spelling()));
        }
        int first = start;
        if (alias.leadingThe()) {
            first = start + 4;
            // "the North Korean", "the North Atlantic": the capitalised word continues a longer name.
            if (end + 1 < text.length() && text.charAt(end) == ' ' && Character.isUpperCase(text.charAt(end + 1))) {
                return false;
            }
        }
        char c = text.charAt(first);
        return !Character.isLetter(c) || Character.isUpperCase(c);
    }

    /** Acronyms ("US", "UN", "DPRK", "U.S.") match only in their exact case: "us" is a pronoun. */
    static boolean isAcronym(String spelling) {
        int letters = 0;
        for (int i = 0; i < spelling.length(); i++) {
            char c = spelling.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            if (Character.isLetter(c)) {
                letters++;
            }
        }
        return letters <= 5;
    }

    static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(normalizeChar(c));
        }
        return b.toString();
    }

    static char normalizeChar(char c) {
        return switch (c) {
            case '\u2019', '\u2018', '`', '\u00B4' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013' -> '-';
            default -> Character.toLowerCase(c);
        };
    }

    private static String normalizeQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
