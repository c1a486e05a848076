package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedStateTest {
    private static final URI FEED = URI.create("https://example.org/rss");

    @TempDir
    Path dir;

    @Test
    void acknowledgedKeysAndValidatorsSurviveAReload() throws Exception {
        FeedState state = FeedState.load(dir, FEED, 100);
        assertThat(state.seen("guid:a")).isFalse();
        state.acknowledged(List.of("guid:a", "link:http://x/b"), "\"e1\"", "Wed, 31 Jan 2018 20:15:15 GMT");

        FeedState again = FeedState.load(dir, FEED, 100);
        assertThat(again.seen("guid:a")).isTrue();
        assertThat(again.seen("link:http://x/b")).isTrue();
        assertThat(again.etag()).isEqualTo("\"e1\"");
        assertThat(again.lastModified()).isEqualTo("Wed, 31 Jan 2018 20:15:15 GMT");
        assertThat(FeedState.load(dir, URI.create("https://example.org/other"), 100).size()).isZero();
    }

    @Test
    void oldestKeysGoFirstButNeverOnesStillInTheFeed() throws Exception {
        FeedState state = FeedState.load(dir, FEED, 100);
        List<String> first = IntStream.range(0, 100).mapToObj(i -> "guid:" + i).toList();
        state.acknowledged(first, null, null);
        // The next document still lists item 0 and adds 10 new ones.
        List<String> second = IntStream.concat(IntStream.of(0), IntStream.range(100, 110)).mapToObj(i -> "guid:" + i).toList();
        state.acknowledged(second, null, null);
        assertThat(state.size()).isEqualTo(100);
        assertThat(state.seen("guid:0")).isTrue();
        assertThat(state.seen("guid:1")).isFalse();
        assertThat(state.seen("guid:109")).isTrue();
    }

    @Test
    void corruptStateIsAnErrorNotAFreshStart() throws Exception {
        Files.writeString(FeedState.file(dir, FEED), "{not json");
        assertThatThrownBy(() -> FeedState.load(dir, FEED, 100)).isInstanceOf(IOException.class).hasMessageContaining("move it away");
    }
}
