package org.newsevents.extractor.statements;

import java.util.List;

/**
 * A speaker as the sentence names it, before it is resolved against the rest of the article.
 *
 * @param name       person or institution name (PERSON, INSTITUTION), pronoun (PRONOUN), else null
 * @param title      role words given with a name ("State Department spokesperson"), or null
 * @param head       the role or institution noun of a description ("spokesperson", "agency")
 * @param qualifiers lower-cased words qualifying a description ("pentagon", "intelligence")
 * @param firstToken index (in the paragraph's token view) where the phrase starts
 */
record SpeakerPhrase(Kind kind, String name, String title, String code, String head, List<String> qualifiers,
                     int firstToken) {

    enum Kind {
        /** a named person */
        PERSON,
        /** a named state or institution */
        INSTITUTION,
        /** he, she, they */
        PRONOUN,
        /** a role without a name: "the spokesperson", "a Pentagon spokesperson" */
        DESCRIPTION,
        /** an institution without its name: "South Korea's intelligence agency" */
        INSTITUTION_DESCRIPTION,
        /** "the North", "the country": a state named before */
        STATE_ANAPHOR,
        /** the subject of a participle ("..., adding that"): the previous speaker of the sentence */
        SAME_AS_PREVIOUS
    }

    static SpeakerPhrase previous(int firstToken) {
        return new SpeakerPhrase(Kind.SAME_AS_PREVIOUS, null, null, null, null, List.of(), firstToken);
    }
}
