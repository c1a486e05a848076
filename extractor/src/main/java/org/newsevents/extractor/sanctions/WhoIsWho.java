package org.newsevents.extractor.sanctions;

import org.newsevents.extractor.actors.ActorRef;

/**
 * What the sanctions roles need to know about the people of an article: the state or body the speaker
 * of a quote stands for ("we" in a quote) and the latest subject actor ("it", "they"). Today it is
 * backed by {@link ArticleSpeakers}; it is the seam where the shared discourse entities take over.
 */
interface WhoIsWho {
    /** The actor the speaker of the quote in sentence {@code sentenceIndex} speaks for, or null. */
    ActorRef speakerActor(int sentenceIndex);

    /** The latest subject actor strictly before sentence {@code sentenceIndex}, or null. */
    ActorRef previousSubject(int sentenceIndex);
}
