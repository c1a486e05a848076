package org.newsevents.extractor.discourse;

import java.util.Optional;

/**
 * Whom a description ("the official", "an EU diplomat") refers to: a person the article names, a
 * person it never names (not a speaker, GUIDELINES), or unknown to the registry (the caller decides).
 */
public record Referent(Kind kind, Person person) {
    public enum Kind { PERSON, UNNAMED, UNKNOWN }

    static final Referent UNNAMED = new Referent(Kind.UNNAMED, null);
    static final Referent UNKNOWN = new Referent(Kind.UNKNOWN, null);

    static Referent of(Person p) {
        return new Referent(Kind.PERSON, p);
    }

    public Optional<Person> named() {
        return Optional.ofNullable(person);
    }
}
