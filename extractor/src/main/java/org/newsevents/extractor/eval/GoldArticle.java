package org.newsevents.extractor.eval;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;

/** One gold file as written (GUIDELINES.md, "Gold file format"): substrings with their occurrence, no offsets. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record GoldArticle(String article, String published, List<Date> dates, List<Statement> statements,
                          List<Sanction> sanctions) {
    public GoldArticle {
        dates = dates == null ? List.of() : List.copyOf(dates);
        statements = statements == null ? List.of() : List.copyOf(statements);
        sanctions = sanctions == null ? List.of() : List.copyOf(sanctions);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Date(String text, Integer occurrence, String value) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Statement(String speaker, String title, String quote, Integer occurrence, Boolean direct) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Sanction(String text, Integer occurrence, String trigger, String action, String imposer, List<String> targets) {
    }
}
