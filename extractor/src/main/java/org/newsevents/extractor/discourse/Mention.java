package org.newsevents.extractor.discourse;

/**
 * One naming of a person in the text.
 *
 * @param inQuote  inside a quotation (never the antecedent of a pronoun outside it)
 * @param subject  no verb precedes it in its sentence: the sentence is about this person
 * @param linkedBy the sieve that linked the mention to its person ("full-name", "surname", "forename", "honorific")
 */
public record Mention(int start, int end, int person, boolean inQuote, boolean subject, String linkedBy) {
}
