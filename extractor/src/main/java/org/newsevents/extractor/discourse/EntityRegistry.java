package org.newsevents.extractor.discourse;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The people one article names and every mention of them, in text order. A single name resolves
 * to the person whose full name holds it only when exactly one does (two full names that share a
 * surname never merge). Immutable.
 */
public final class EntityRegistry {
    /** How far back (characters) a pronoun looks for its antecedent: about two short paragraphs. */
    static final int PRONOUN_WINDOW = 600;

    private final List<Person> persons;
    private final List<Mention> mentions;
    /** lower-cased name part -> person id, or -1 when two people share it */
    private final Map<String, Integer> byPart;

    EntityRegistry(List<Person> persons, List<Mention> mentions, Map<String, Integer> byPart) {
        this.persons = List.copyOf(persons);
        this.mentions = List.copyOf(mentions);
        this.byPart = Map.copyOf(byPart);
    }

    static EntityRegistry empty() {
        return new EntityRegistry(List.of(), List.of(), new HashMap<>());
    }

    public List<Person> persons() {
        return persons;
    }

    public List<Mention> mentions() {
        return mentions;
    }

    public Person person(int id) {
        return persons.get(id);
    }

    /** The canonical full name for a name as written ("Lee" -> "Anna Lee"), when it is unambiguous. */
    public Optional<String> fullName(String written) {
        String[] parts = written.strip().split("\\s+");
        if (parts.length == 0 || parts[0].isEmpty()) {
            return Optional.empty();
        }
        Integer id = byPart.get(key(parts[parts.length - 1]));
        if (id == null && parts.length == 1) {
            id = byPart.get(key(parts[0]));
        }
        if (id == null || id < 0) {
            return Optional.empty();
        }
        String full = persons.get(id).name();
        return full.split("\\s+").length > parts.length ? Optional.of(full) : Optional.empty();
    }

    /**
     * The antecedent of a personal pronoun at {@code offset}: the nearest person that was the subject
     * of a sentence before it, outside quotations and within {@link #PRONOUN_WINDOW} characters; else
     * none, and the caller keeps the last speaker (a mere object mention is weaker evidence).
     */
    public Optional<Person> pronounAntecedent(int offset) {
        int i = lastMentionBefore(offset);
        for (int k = i; k >= 0; k--) {
            Mention m = mentions.get(k);
            if (offset - m.end() > PRONOUN_WINDOW) {
                break;
            }
            if (m.inQuote()) {
                continue;
            }
            if (m.subject()) {
                return Optional.of(persons.get(m.person()));
            }
        }
        return Optional.empty();
    }

    private int lastMentionBefore(int offset) {
        int lo = 0;
        int hi = mentions.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (mentions.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    static String key(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        if (p.endsWith("'s") || p.endsWith("\u2019s")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }
}
