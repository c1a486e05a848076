package org.newsevents.extractor.pipeline;

import java.util.List;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

/** Everything extracted from one article, as the Avro records the topics carry; lists sorted by start offset. */
public record Extraction(ArticleSummary summary, List<Statement> statements, List<DateMention> dates,
                         List<SanctionsMention> sanctions) {
    public Extraction {
        statements = List.copyOf(statements);
        dates = List.copyOf(dates);
        sanctions = List.copyOf(sanctions);
    }
}
