package org.newsevents.faults.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.RawInput;

/** Many distinct real-looking articles: the seed corpus, each copy made unique by a trailing line (so a new id). */
public final class DistinctArticles {
    private static final Path CORPUS = Path.of("..", "corpus");

    private DistinctArticles() {
    }

    public static List<String> texts(String tag, int count) throws IOException {
        List<String> seeds = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                seeds.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        List<String> texts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            texts.add(seeds.get(i % seeds.size()) + "\n\nFile reference " + tag + " number " + i + ".\n");
        }
        return texts;
    }

    /** Writes the texts as {@code <i>.txt} files into {@code dir}. */
    public static Path write(Path dir, List<String> texts) throws IOException {
        Files.createDirectories(dir);
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(dir.resolve(String.format("%05d.txt", i)), texts.get(i), StandardCharsets.UTF_8);
        }
        return dir;
    }

    /** The ids ingest gives these texts, computed by ingest's own intake. */
    public static Set<String> ids(List<String> texts) {
        ArticleIntake intake = ArticleIntake.create(FaultStack.load(IngestConfig.define(), IngestConfig.APP, java.util.Map.of()));
        Set<String> ids = new LinkedHashSet<>();
        for (int i = 0; i < texts.size(); i++) {
            Intake result = intake.process(RawInput.text("t" + i, texts.get(i).getBytes(StandardCharsets.UTF_8)));
            ids.add(((Intake.Accepted) result).article().getId());
        }
        return ids;
    }
}
