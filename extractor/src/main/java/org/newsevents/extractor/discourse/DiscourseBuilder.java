package org.newsevents.extractor.discourse;

import org.newsevents.extractor.actors.ActorResolver;
import org.newsevents.extractor.actors.Gazetteer;
import org.newsevents.extractor.text.AnalyzedArticle;

/** Builds the {@link Discourse} of one article. Immutable and thread-safe. */
public final class DiscourseBuilder {
    private static final class Shared {
        static final DiscourseBuilder DEFAULT = new DiscourseBuilder(Gazetteer.load());
    }

    private final PersonFinder persons;

    public DiscourseBuilder(ActorResolver actors) {
        this.persons = new PersonFinder(NameLexicon.load(), actors);
    }

    /** The builder over the shipped gazetteer, loaded once. */
    public static DiscourseBuilder withDefaultGazetteer() {
        return Shared.DEFAULT;
    }

    public Discourse build(AnalyzedArticle article) {
        QuoteMap quotes = QuoteMap.of(article);
        return new Discourse(quotes, persons.find(article, quotes));
    }
}
