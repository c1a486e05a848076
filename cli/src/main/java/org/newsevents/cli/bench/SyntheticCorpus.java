package org.newsevents.cli.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.schemas.Article;

/**
 * Many distinct articles from a few seed texts: seed {@code ref % seeds} followed by a line
 * {@code Ref <ref>.}, so every text (and so its SHA-256 id) differs while the extraction work per
 * article stays that of a real article. Deterministic: the same seeds and refs give the same articles.
 */
public final class SyntheticCorpus {
    /** Fixed so that the same refs give byte-identical articles on every run. */
    static final Instant RECEIVED_AT = Instant.parse("2026-01-01T00:00:00Z");

    private SyntheticCorpus() {
    }

    /** The {@code .txt} files of a folder, by name. */
    public static List<String> readSeeds(Path dir) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return seeds;
    }

    /** Articles with refs {@code firstRef .. firstRef + count - 1}. */
    public static List<Article> build(List<String> seeds, int firstRef, int count) {
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("need at least one seed article");
        }
        List<Article> articles = new ArrayList<>(count);
        for (int ref = firstRef; ref < firstRef + count; ref++) {
            String text = seeds.get(ref % seeds.size()).stripTrailing() + "\n\nRef " + ref + ".\n";
            articles.add(Article.newBuilder()
                .setId(ContentHash.sha256Hex(text))
                .setSource("bench/" + ref)
                .setReceivedAt(RECEIVED_AT)
                .setText(text)
                .setLanguage("eng")
                .build());
        }
        return articles;
    }
}
