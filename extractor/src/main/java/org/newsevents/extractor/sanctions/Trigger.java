package org.newsevents.extractor.sanctions;

/**
 * A sanctions trigger in a sentence: tokens [first, last], the token that carries it ({@code anchor})
 * and its kind.
 */
record Trigger(int first, int last, int anchor, Kind kind) {
    enum Kind {
        /** sanction(s), embargo, blacklist and their inflections. */
        WORD,
        /** asset freeze, assets ... frozen. */
        ASSET_FREEZE,
        /** banned under Security Council resolutions. */
        BAN_UNDER_RESOLUTION,
        /** in violation of Security Council resolutions. */
        BREACH_OF_RESOLUTION
    }
}
