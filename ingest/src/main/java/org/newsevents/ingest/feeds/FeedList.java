package org.newsevents.ingest.feeds;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsevents.ingest.bulk.IngestInputException;

/** The feeds to follow: URLs from {@code --feed} and from {@code --feeds FILE} (one a line, {@code #} comments), checked at once. */
public final class FeedList {
    private FeedList() {
    }

    /**
     * @throws IngestInputException naming every bad URL (not http/https, no host), or when there is none
     */
    public static List<URI> of(List<String> urls, List<Path> files) throws IOException {
        List<String> all = new ArrayList<>(urls);
        for (Path file : files) {
            for (String line : Files.readAllLines(file)) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) {
                    all.add(s);
                }
            }
        }
        Set<URI> feeds = new LinkedHashSet<>();
        List<String> problems = new ArrayList<>();
        for (String s : all) {
            try {
                URI uri = new URI(s.strip());
                String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                    problems.add(s + " (not an http or https URL)");
                } else {
                    feeds.add(uri.normalize());
                }
            } catch (URISyntaxException e) {
                problems.add(s + " (" + e.getMessage() + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new IngestInputException("bad feed URLs: " + String.join("; ", problems));
        }
        if (feeds.isEmpty()) {
            throw new IngestInputException("no feed URLs given");
        }
        return List.copyOf(feeds);
    }
}
