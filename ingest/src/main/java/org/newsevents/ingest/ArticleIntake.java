package org.newsevents.ingest;

import java.time.Clock;
import java.time.Instant;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.validation.ArticleFactory;
import org.newsevents.ingest.validation.ArticleValidator;
import org.newsevents.ingest.validation.FeedItem;
import org.newsevents.ingest.validation.InvalidArticleException;
import org.newsevents.ingest.validation.LanguageIdentifier;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.Article;

/** Validates a {@link RawInput}, detects its language and builds the {@link Article}; every source goes through it. Thread-safe. */
public final class ArticleIntake {
    private final ArticleValidator validator;
    private final ArticleFactory factory;
    private final LanguageIdentifier languages;
    private final Clock clock;

    public ArticleIntake(ArticleValidator validator, ArticleFactory factory, LanguageIdentifier languages, Clock clock) {
        this.validator = validator;
        this.factory = factory;
        this.languages = languages;
        this.clock = clock;
    }

    /** The intake configured by {@link IngestConfig#MAX_BYTES}; loads the language model (fails fast when missing). */
    public static ArticleIntake create(Settings settings) {
        return new ArticleIntake(new ArticleValidator(settings.integer(IngestConfig.MAX_BYTES)), new ArticleFactory(),
            LanguageIdentifier.get(), Clock.systemUTC());
    }

    public int maxBytes() {
        return validator.maxBytes();
    }

    /**
     * An item a structured source built (a feed entry): validated like a JSON Lines object, without the JSON.
     *
     * @param original what a rejection carries as the original input
     */
    public Intake process(FeedItem item, String source, byte[] original) {
        try {
            FeedItem valid = validator.item(item);
            String language = languages.detect(valid.languageText());
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            return new Intake.Accepted(factory.create(valid, source, language, now));
        } catch (InvalidArticleException e) {
            return new Intake.Rejected(Rejection.of(e, source, original));
        }
    }

    public Intake process(RawInput input) {
        try {
            FeedItem item = input.jsonObject()
                ? validator.jsonObject(input.bytes(), input.size())
                : validator.plainText(input.bytes(), input.size());
            String language = languages.detect(item.languageText());
            Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
            return new Intake.Accepted(factory.create(item, input.source(), language, now));
        } catch (InvalidArticleException e) {
            return new Intake.Rejected(Rejection.of(e, input.source(), input.bytes()));
        }
    }
}
