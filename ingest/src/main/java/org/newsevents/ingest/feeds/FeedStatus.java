package org.newsevents.ingest.feeds;

import java.time.Instant;

/**
 * One feed's health as {@code /health} and tests see it.
 *
 * @param consecutiveFailures failed polls in a row (0 = the last poll worked)
 * @param lastError           what the last failure was, or null
 * @param polls               polls so far (failed ones included)
 * @param items               new items acknowledged so far
 * @param nextPoll            when the feed is polled next
 */
public record FeedStatus(String feed, int consecutiveFailures, String lastError, long polls, long items, Instant nextPoll) {
    public boolean failing() {
        return consecutiveFailures > 0;
    }
}
