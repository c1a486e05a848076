package org.newsevents.extractor.topology;

import org.apache.kafka.common.serialization.Serde;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

final class PlainEventSerdes implements EventSerdes {
    @Override
    public Serde<Article> article() {
        return new PlainAvroSerde<>(Article.class);
    }

    @Override
    public Serde<ArticleSummary> summary() {
        return new PlainAvroSerde<>(ArticleSummary.class);
    }

    @Override
    public Serde<Statement> statement() {
        return new PlainAvroSerde<>(Statement.class);
    }

    @Override
    public Serde<DateMention> date() {
        return new PlainAvroSerde<>(DateMention.class);
    }

    @Override
    public Serde<SanctionsMention> sanctions() {
        return new PlainAvroSerde<>(SanctionsMention.class);
    }

    @Override
    public Serde<DeadLetter> deadLetter() {
        return new PlainAvroSerde<>(DeadLetter.class);
    }
}
