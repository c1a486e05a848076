package org.newsevents.extractor.eval;

import java.util.List;

/**
 * Scores of one article.
 *
 * @param datesValue     span overlap and equal value
 * @param datesSpan      span overlap only
 * @param statements     quote overlap with token F1 >= 0.5 and equal speaker last name
 * @param quotes         quote overlap with token F1 >= 0.5 only
 * @param direct         as {@code statements}, over direct gold and direct system statements only
 * @param indirect       as {@code statements}, over indirect (reported) ones only
 * @param speakerLastName over the {@code quotes} matches: last names equal (case-insensitive)
 * @param speakerFullName over the {@code quotes} matches: full names equal (case-insensitive)
 * @param sanctions      span overlap within one sentence
 * @param roles          sanctions matches whose action, imposer and target set are all right
 * @param action         over sanctions matches
 * @param imposer        over sanctions matches (codes; both null counts as equal)
 * @param targets        over sanctions matches (sets of codes)
 * @param actions        gold vs system action over sanctions matches
 * @param published      1/1 or 0/1 when the gold gives a date, else 0/0
 * @param error          why the system gave no output for this article (a rejection), or null
 * @param errors         one line per missed, spurious or wrong item, with context
 */
public record ArticleScore(String article, Counts datesValue, Counts datesSpan, Counts statements, Counts quotes,
                           Counts direct, Counts indirect, Ratio speakerLastName, Ratio speakerFullName, Counts sanctions,
                           Counts roles, Ratio action, Ratio imposer, Ratio targets, ActionConfusion actions, Ratio published,
                           String error, List<String> errors) {
    public ArticleScore {
        errors = List.copyOf(errors);
    }
}
