package org.newsevents.extractor.topology;

import org.apache.kafka.common.serialization.Serde;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

/** Serdes through Apicurio Registry in the Confluent wire format. */
public final class RegistryEventSerdes implements EventSerdes {
    private final Settings settings;

    public RegistryEventSerdes(Settings settings) {
        this.settings = settings;
    }

    @Override
    public Serde<Article> article() {
        return RegistrySerdes.serde(settings);
    }

    @Override
    public Serde<ArticleSummary> summary() {
        return RegistrySerdes.serde(settings);
    }

    @Override
    public Serde<Statement> statement() {
        return RegistrySerdes.serde(settings);
    }

    @Override
    public Serde<DateMention> date() {
        return RegistrySerdes.serde(settings);
    }

    @Override
    public Serde<SanctionsMention> sanctions() {
        return RegistrySerdes.serde(settings);
    }

    @Override
    public Serde<DeadLetter> deadLetter() {
        return RegistrySerdes.serde(settings);
    }
}
