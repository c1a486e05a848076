package org.newsevents.extractor.statements;

/**
 * A speech act: the quote content span (offsets into the raw text, quote marks excluded),
 * the resolved speaker and the speech verb.
 *
 * @param speakerCode actor code when the speaker is a state or institution (else null)
 * @param cueStart    offset of the speech verb, or -1; lets the pipeline date the statement
 */
public record StatementFinding(int start, int end, String quote, boolean direct,
                               String speakerName, String speakerTitle, String speakerCode,
                               String cue, int cueStart) {
}
