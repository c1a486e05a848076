package org.newsevents.extractor.discourse;

import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.actors.Gazetteer;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Builds the {@link Discourse} of one article. Immutable and thread-safe. */
public final class DiscourseBuilder {
    private static final class Shared {
        static final DiscourseBuilder DEFAULT = new DiscourseBuilder(Gazetteer.load());
    }

    private final NameLexicon lex;
    private final PersonFinder persons;
    private final RoleFinder roles;

    public DiscourseBuilder(ActorResolver actors) {
        this.lex = NameLexicon.load();
        this.persons = new PersonFinder(lex, actors);
        this.roles = new RoleFinder(lex);
    }

    /** The builder over the shipped gazetteer, loaded once. */
    public static DiscourseBuilder withDefaultGazetteer() {
        return Shared.DEFAULT;
    }

    public Discourse build(AnalyzedArticle article) {
        QuoteMap quotes = QuoteMap.of(article);
        EntityRegistry people = persons.find(article, quotes);
        return new Discourse(quotes, people.withRoles(roles.find(article, quotes, people.mentions()),
                lex.spokespersonNouns()));
    }
}
