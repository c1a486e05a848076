package org.newsevents.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.common.json.AvroJson;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.state.AtomicFile;

/**
 * What one feed has had acknowledged: the keys of its items that Kafka acknowledged (published or
 * dead-lettered) and the validators ({@code ETag}, {@code Last-Modified}) of the response they came from, in
 * a JSON file per feed replaced atomically. The validators are saved only together with the items of their
 * response, so a conditional GET never hides items that were not acknowledged. Keys are kept newest last;
 * past {@code feed.seen.max} the oldest go, and the keys of the latest document are always renewed first, so
 * only items that have left the feed are forgotten. Not thread-safe (one feed, one poll at a time).
 */
public final class FeedState {
    private static final ObjectMapper JSON = AvroJson.mapper();

    /** The file's content. */
    record Data(String url, String etag, String lastModified, List<String> seen) {
    }

    private final Path file;
    private final URI url;
    private final int seenMax;
    private final LinkedHashSet<String> seen;
    private String etag;
    private String lastModified;

    private FeedState(Path file, URI url, int seenMax, Data data) {
        this.file = file;
        this.url = url;
        this.seenMax = seenMax;
        this.seen = new LinkedHashSet<>(data.seen() == null ? List.of() : data.seen());
        this.etag = data.etag();
        this.lastModified = data.lastModified();
    }

    /** The state file of a feed: one per feed URL. */
    public static Path file(Path stateDir, URI url) {
        return stateDir.resolve("feed-" + ContentHash.sha256Hex(url.toString()).substring(0, 16) + ".json");
    }

    /** Loads the state, or an empty one; a corrupt file is an error, not a fresh start (that would re-send the feed). */
    public static FeedState load(Path stateDir, URI url, int seenMax) throws IOException {
        Path file = file(stateDir, url);
        if (!Files.exists(file)) {
            return new FeedState(file, url, seenMax, new Data(url.toString(), null, null, List.of()));
        }
        try {
            return new FeedState(file, url, seenMax, JSON.readValue(file.toFile(), Data.class));
        } catch (IOException e) {
            throw new IOException("feed state " + file + " of " + url + " is unreadable (" + e.getMessage()
                + "); move it away to start over, which re-sends the items the feed lists now", e);
        }
    }

    public boolean seen(String key) {
        return seen.contains(key);
    }

    public String etag() {
        return etag;
    }

    public String lastModified() {
        return lastModified;
    }

    public int size() {
        return seen.size();
    }

    public Path file() {
        return file;
    }

    /**
     * Records a response whose new items Kafka acknowledged, and saves.
     *
     * @param documentKeys every key of the response's document (renewed, so they are not forgotten while listed)
     */
    public void acknowledged(Collection<String> documentKeys, String etag, String lastModified) throws IOException {
        for (String key : documentKeys) {
            seen.remove(key);
            seen.add(key);
        }
        Iterator<String> oldest = seen.iterator();
        while (seen.size() > Math.max(seenMax, documentKeys.size()) && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
        this.etag = etag;
        this.lastModified = lastModified;
        Data data = new Data(url.toString(), etag, lastModified, new ArrayList<>(seen));
        AtomicFile.replace(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(data), IngestConfig.FEED_STATE_DIR);
    }
}
