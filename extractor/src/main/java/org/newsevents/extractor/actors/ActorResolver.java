package org.newsevents.extractor.actors;

import java.util.List;
import java.util.Optional;
import org.newsevents.extractor.text.Token;

/**
 * Resolves phrases to actors through the gazetteer (states with ISO-3 codes, capitals, demonyms,
 * adjectives, metonyms, bodies). Shared by the sanctions and the statements extractors.
 */
public interface ActorResolver {
    /** The actor a whole phrase names ("the State Department", "Pyongyang", "EU"), if any. */
    Optional<ActorRef> resolve(String phrase);

    /** Every actor mention in a token range, longest match first, in text order. */
    List<ActorMention> find(List<Token> tokens, int fromToken, int toToken);

    /** An actor found in tokens [firstToken, lastToken] (inclusive), with its text span. */
    record ActorMention(ActorRef actor, int firstToken, int lastToken, int start, int end) {
    }
}
