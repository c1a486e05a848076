package org.newsevents.extractor.eval;

/**
 * Scores of one article.
 *
 * @param datesValue     span overlap and equal value
 * @param datesSpan      span overlap only
 * @param statements     quote overlap with token F1 >= 0.5 and equal speaker last name
 * @param quotes         quote overlap with token F1 >= 0.5 only
 * @param speakerLastName over the {@code quotes} matches: last names equal (case-insensitive)
 * @param speakerFullName over the {@code quotes} matches: full names equal (case-insensitive)
 * @param sanctions      span overlap within one sentence
 * @param action         over sanctions matches
 * @param imposer        over sanctions matches (codes; both null counts as equal)
 * @param targets        over sanctions matches (sets of codes)
 * @param published      1/1 or 0/1 when the gold gives a date, else 0/0
 * @param error          why the system gave no output for this article (a rejection), or null
 */
public record ArticleScore(String article, Counts datesValue, Counts datesSpan, Counts statements, Counts quotes,
                           Ratio speakerLastName, Ratio speakerFullName, Counts sanctions, Ratio action, Ratio imposer,
                           Ratio targets, Ratio published, String error) {
}
