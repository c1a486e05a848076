package org.newsevents.extractor.topology;

import org.apache.kafka.common.serialization.Serde;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

/** The value serdes the topology uses; production ones go through the registry. */
public interface EventSerdes {
    Serde<Article> article();

    Serde<ArticleSummary> summary();

    Serde<Statement> statement();

    Serde<DateMention> date();

    Serde<SanctionsMention> sanctions();

    Serde<DeadLetter> deadLetter();
}
