package org.newsevents.extractor.statements;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.newsevents.extractor.discourse.EntityRegistry;
import org.newsevents.extractor.discourse.Honorifics;
import org.newsevents.extractor.discourse.Referent;
import org.newsevents.extractor.discourse.RoleMention;
import org.newsevents.extractor.statements.SpeakerPhrase.Kind;

/**
 * Resolves speaker phrases of one article, in text order, to named speakers: a last name to the
 * full name given elsewhere, pronouns and descriptions to the last compatible named speaker (or,
 * for a lead written before the name, to the first compatible person named later), institution
 * descriptions to the named institution they describe. One instance per article (mutable).
 */
final class SpeakerResolver {
    private static final int RECENT = 30;
    /** How far (characters) after a speaker phrase's start its role noun can be. */
    private static final int PHRASE_CHARS = 120;

    record Resolved(String name, String title, String code, boolean person) {
    }

    /** A person named with a role somewhere in the article ("Pentagon's deputy spokesperson Sabrina Singh"). */
    record NamedPerson(String name, String title, int offset) {
    }

    private final Lexicons lex;
    private final EntityRegistry people;
    private final List<NamedPerson> named;
    private final List<String> institutions;
    private final Map<String, String> fullNameByPart = new HashMap<>();
    private final Map<String, String> titleByName = new HashMap<>();
    private final Deque<Resolved> recentPersons = new ArrayDeque<>();
    private final Map<String, Resolved> lastByCode = new HashMap<>();
    private Resolved lastSpeaker;
    private Resolved lastInstitution;

    SpeakerResolver(Lexicons lex, List<NamedPerson> named, List<String> institutions, EntityRegistry people) {
        this.lex = lex;
        this.people = people;
        this.named = named;
        this.institutions = institutions;
        for (NamedPerson p : named) {
            indexName(p.name(), false);
            titleByName.putIfAbsent(p.name(), p.title());
        }
    }

    Resolved lastSpeaker() {
        return lastSpeaker;
    }

    /**
     * @param offset      where the attribution is (its cue), for pronouns
     * @param phraseStart where the speaker phrase starts, for descriptions
     */
    Optional<Resolved> resolve(SpeakerPhrase p, int offset, int phraseStart, Resolved previousInSentence) {
        return Optional.ofNullable(switch (p.kind()) {
            case PERSON -> person(p);
            case INSTITUTION -> new Resolved(alias(p.name()), p.title(), p.code(), false);
            case PRONOUN -> pronoun(p.name(), offset);
            case DESCRIPTION -> description(p, offset, phraseStart);
            case INSTITUTION_DESCRIPTION -> institutionDescription(p);
            case STATE_ANAPHOR -> stateAnaphor(p);
            case SAME_AS_PREVIOUS -> previousInSentence;
        });
    }

    /** Records an emitted statement's speaker as the newest antecedent. */
    void remember(Resolved r) {
        lastSpeaker = r;
        if (r.person()) {
            recentPersons.removeIf(x -> x.name().equals(r.name()));
            recentPersons.addFirst(r);
            if (recentPersons.size() > RECENT) {
                recentPersons.removeLast();
            }
            indexName(r.name(), true);
            if (r.title() != null) {
                titleByName.putIfAbsent(r.name(), r.title());
            }
        } else {
            lastInstitution = r;
            if (r.code() != null) {
                lastByCode.put(r.code(), r);
            }
        }
    }

    private Resolved person(SpeakerPhrase p) {
        String name = Honorifics.strip(p.name());
        if (!name.contains(" ")) {
            String n = name;
            name = people.fullName(name).orElseGet(() -> fullNameByPart.getOrDefault(lower(n), n));
        }
        String title = p.title() != null ? p.title() : titleByName.get(name);
        return new Resolved(name, title, null, true);
    }

    private Resolved pronoun(String pronoun, int offset) {
        String kind = lex.pronouns().getOrDefault(pronoun, "any");
        return switch (kind) {
            case "person" -> people.pronounAntecedent(offset).map(this::asSpeaker)
                    .orElseGet(() -> recentPersons.isEmpty() ? lastNamedBefore(offset) : recentPersons.peekFirst());
            case "institution" -> lastInstitution;
            // "they" is never one person: an institution or state spoken of in the plural, else nobody
            case "group" -> lastSpeaker != null && !lastSpeaker.person() ? lastSpeaker : null;
            default -> lastSpeaker;
        };
    }

    private Resolved asSpeaker(org.newsevents.extractor.discourse.Person person) {
        return new Resolved(person.name(), titleByName.get(person.name()), null, true);
    }

    private Resolved description(SpeakerPhrase p, int offset, int phraseStart) {
        Optional<RoleMention> role = people.roleIn(phraseStart, Math.max(offset, phraseStart) + PHRASE_CHARS);
        if (role.isPresent()) {
            Referent ref = people.referent(role.get());
            if (ref.kind() == Referent.Kind.PERSON) {
                return asSpeaker(ref.person());
            }
            if (ref.kind() == Referent.Kind.UNNAMED && !people.isSpokesperson(p.head())) {
                return null; // "an official", and "the official" after it: unnamed people are not speakers
            }
        }
        Resolved best = null;
        int bestScore = 0;
        for (Resolved r : recentPersons) {
            int score = score(r.title() != null ? r.title() : titleByName.get(r.name()), p);
            if (score > bestScore) {
                best = r;
                bestScore = score;
            }
        }
        if (best != null) {
            return withTitle(best, p);
        }
        if (p.qualifiers().isEmpty() && lex.genericRoles().contains(p.head()) && !recentPersons.isEmpty()) {
            return recentPersons.peekFirst();
        }
        // a lead written before the person is named: "a Pentagon spokesperson has said"
        for (NamedPerson n : named.subList(0, Math.min(named.size(), RECENT))) {
            if (score(n.title(), p) >= (p.qualifiers().isEmpty() ? 1 : 2)) {
                return new Resolved(n.name(), p.title(), null, true);
            }
        }
        return people.isSpokesperson(p.head()) ? spokespersonInstitution(p) : null;
    }

    /** An unnamed spokesperson of a named institution speaks as the institution. */
    private Resolved spokespersonInstitution(SpeakerPhrase p) {
        if (!p.qualifiers().isEmpty()) {
            String inst = p.title().substring(0, Math.max(0, p.title().toLowerCase(Locale.ROOT).lastIndexOf(p.head()))).strip();
            if (!inst.isEmpty() && Character.isUpperCase(inst.charAt(0))) {
                return new Resolved(alias(Words.stripPossessive(inst)), null, null, false);
            }
        }
        return null;
    }

    private static Resolved withTitle(Resolved r, SpeakerPhrase p) {
        return r;
    }

    /** 2 per qualifier found in the title, 1 when the title holds the role noun. */
    private static int score(String title, SpeakerPhrase p) {
        if (title == null) {
            return 0;
        }
        String t = lower(title).replace("'s", "").replace("\u2019s", "");
        int s = 0;
        for (String q : p.qualifiers()) {
            if (containsWord(t, q)) {
                s += 2;
            }
        }
        if (p.head() != null && containsWord(t, p.head())) {
            s += 1;
        }
        return s;
    }

    private Resolved institutionDescription(SpeakerPhrase p) {
        for (String inst : institutions.subList(0, Math.min(institutions.size(), RECENT))) {
            String li = lower(inst);
            for (String q : p.qualifiers()) {
                if (containsWord(li, q)) {
                    return new Resolved(inst, p.title(), p.code(), false);
                }
            }
        }
        if (p.code() == null || p.qualifiers().isEmpty()) {
            return null;
        }
        return new Resolved(p.name(), null, p.code(), false);
    }

    private Resolved stateAnaphor(SpeakerPhrase p) {
        if (p.code() == null) {
            return null;
        }
        Resolved before = lastByCode.get(p.code());
        return before != null ? new Resolved(before.name(), null, p.code(), false)
                : new Resolved(alias(p.name()), null, p.code(), false);
    }

    private Resolved lastNamedBefore(int offset) {
        int lo = 0;
        int hi = named.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (named.get(mid).offset() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        NamedPerson last = lo == 0 ? null : named.get(lo - 1);
        return last == null ? null : new Resolved(last.name(), last.title(), null, true);
    }

    private String alias(String name) {
        String stripped = name.startsWith("the ") || name.startsWith("The ") ? name.substring(4) : name;
        return lex.speakerAliases().getOrDefault(lower(stripped), stripped);
    }

    private void indexName(String name, boolean override) {
        String[] parts = name.split("\\s+");
        if (parts.length < 2) {
            return;
        }
        for (String part : new String[] {parts[0], parts[parts.length - 1]}) {
            if (override) {
                fullNameByPart.put(lower(part), name);
            } else {
                fullNameByPart.putIfAbsent(lower(part), name);
            }
        }
    }

    private static boolean containsWord(String text, String word) {
        int i = text.indexOf(word);
        while (i >= 0) {
            boolean startOk = i == 0 || !Character.isLetter(text.charAt(i - 1));
            int e = i + word.length();
            boolean endOk = e == text.length() || !Character.isLetter(text.charAt(e));
            if (startOk && endOk) {
                return true;
            }
            i = text.indexOf(word, i + 1);
        }
        return false;
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    static List<NamedPerson> sortedCopy(List<NamedPerson> in) {
        List<NamedPerson> out = new ArrayList<>(in);
        out.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return out;
    }
}
