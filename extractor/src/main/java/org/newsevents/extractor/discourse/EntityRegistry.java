package org.newsevents.extractor.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The people one article names and every mention of them, in text order. A single name resolves
 * to the person whose full name holds it only when exactly one does (two full names that share a
 * surname never merge). Immutable.
 */
public final class EntityRegistry {
    /** How far back (characters) a pronoun looks for its antecedent: about two short paragraphs. */
    static final int PRONOUN_WINDOW = 600;

    /** How far back (characters) "the official" looks for "an official" / "official NAME": a few paragraphs. */
    static final int DESCRIPTION_WINDOW = 3000;

    private final List<Person> persons;
    private final List<Mention> mentions;
    /** lower-cased name part -> person id, or -1 when two people share it */
    private final Map<String, Integer> byPart;
    private final List<RoleMention> roles;
    /** what each role mention refers to, parallel to {@link #roles} */
    private final List<Referent> referents;
    private final Set<String> spokespersonNouns;

    EntityRegistry(List<Person> persons, List<Mention> mentions, Map<String, Integer> byPart) {
        this(persons, mentions, byPart, List.of(), Set.of());
    }

    private EntityRegistry(List<Person> persons, List<Mention> mentions, Map<String, Integer> byPart,
                           List<RoleMention> roles, Set<String> spokespersonNouns) {
        this.persons = List.copyOf(persons);
        this.mentions = List.copyOf(mentions);
        this.byPart = Map.copyOf(byPart);
        this.roles = List.copyOf(roles);
        this.referents = referents(this.roles, spokespersonNouns);
        this.spokespersonNouns = Set.copyOf(spokespersonNouns);
    }

    /** True for "spokesman", "spokeswoman"...: an unnamed one speaks as the institution (GUIDELINES). */
    public boolean isSpokesperson(String roleNoun) {
        return spokespersonNouns.contains(roleNoun);
    }

    static EntityRegistry empty() {
        return new EntityRegistry(List.of(), List.of(), new HashMap<>());
    }

    /** This registry with the article's role nouns (in text order) and what each refers to. */
    EntityRegistry withRoles(List<RoleMention> roleMentions, Set<String> spokespersonNouns) {
        return new EntityRegistry(persons, mentions, byPart, roleMentions, spokespersonNouns);
    }

    /** The role nouns of the article in text order. */
    public List<RoleMention> roles() {
        return roles;
    }

    /** The first role noun starting in [from, to), e.g. the head of a speaker phrase. */
    public Optional<RoleMention> roleIn(int from, int to) {
        for (RoleMention r : roles) {
            if (r.start() >= to) {
                break;
            }
            if (r.start() >= from) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /**
     * Whom a role mention refers to. Sieves in order: a title or appositive names the person; an
     * indefinite description ("an official") introduces someone unnamed; a definite one ("the
     * official") refers to what the latest earlier mention of the same role referred to (spokesman,
     * spokeswoman and spokesperson count as one role); anything else is unknown here.
     */
    public Referent referent(RoleMention role) {
        int lo = 0;
        int hi = roles.size() - 1;
        while (lo <= hi) { // roles are in text order: binary search by start
            int mid = (lo + hi) >>> 1;
            int c = Integer.compare(roles.get(mid).start(), role.start());
            if (c == 0) {
                return roles.get(mid).equals(role) ? referents.get(mid) : Referent.UNKNOWN;
            }
            if (c < 0) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return Referent.UNKNOWN;
    }

    private List<Referent> referents(List<RoleMention> rs, Set<String> spokes) {
        List<Referent> out = new ArrayList<>(rs.size());
        Map<String, Integer> lastByRole = new HashMap<>();
        for (int i = 0; i < rs.size(); i++) {
            RoleMention r = rs.get(i);
            String role = spokes.contains(r.head()) ? "spokesperson" : r.head();
            Referent ref = Referent.UNKNOWN;
            if (r.named()) {
                ref = Referent.of(persons.get(r.person()));
            } else if (r.indefinite()) {
                ref = Referent.UNNAMED;
            } else if (r.definite()) {
                Integer j = lastByRole.get(role);
                if (j != null && r.start() - rs.get(j).start() <= DESCRIPTION_WINDOW) {
                    ref = out.get(j);
                }
            }
            out.add(ref);
            if (!r.inQuote()) {
                lastByRole.put(role, i);
            }
        }
        return List.copyOf(out);
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
