package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.ingest.bulk.IngestInputException;

class FeedListTest {
    @TempDir
    Path dir;

    @Test
    void urlsFromFlagsAndFilesAreMergedWithoutCommentsOrRepeats() throws Exception {
        Path file = dir.resolve("feeds.txt");
        Files.writeString(file, "# world news\nhttps://example.org/rss\n\n  https://example.net/atom.xml  \nhttps://example.org/rss\n");
        assertThat(FeedList.of(List.of("https://example.com/feed"), List.of(file))).containsExactly(
            URI.create("https://example.com/feed"), URI.create("https://example.org/rss"), URI.create("https://example.net/atom.xml"));
    }

    @Test
    void everyBadUrlIsNamedAtOnce() {
        assertThatThrownBy(() -> FeedList.of(List.of("file:///etc/passwd", "example.org/rss", "https://ok.example/rss"), List.of()))
            .isInstanceOf(IngestInputException.class).hasMessageContaining("file:///etc/passwd").hasMessageContaining("example.org/rss (");
        assertThatThrownBy(() -> FeedList.of(List.of(), List.of())).hasMessageContaining("no feed URLs");
    }
}
