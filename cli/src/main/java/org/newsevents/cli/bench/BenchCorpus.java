package org.newsevents.cli.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.bench.OfflineBenchmark;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.source.InputReader;

/**
 * The texts a benchmark measures on: the {@code .txt} files of a folder (the built-in seeds), or the
 * feed items of a JSON Lines file read and validated the way ingest reads them (items ingest would
 * reject are left out and counted).
 */
public final class BenchCorpus {
    private BenchCorpus() {
    }

    /** @param ingestSettings ingest's settings (size limit, language check) for JSON Lines input */
    public static List<String> read(Path corpus, Settings ingestSettings) throws IOException {
        if (Files.isDirectory(corpus)) {
            return SyntheticCorpus.readSeeds(corpus);
        }
        if (!Files.isRegularFile(corpus)) {
            throw new IOException("no such corpus file or folder: " + corpus);
        }
        ArticleIntake intake = ArticleIntake.create(ingestSettings);
        List<String> texts = new ArrayList<>();
        int[] rejected = {0};
        new InputReader(intake.maxBytes()).read(corpus, raw -> {
            if (intake.process(raw) instanceof Intake.Accepted accepted) {
                texts.add(accepted.article().getText());
            } else {
                rejected[0]++;
            }
        });
        if (rejected[0] > 0) {
            System.err.printf("corpus %s: %d items rejected by ingest's checks, left out%n", corpus, rejected[0]);
        }
        return texts;
    }

    /** Mean words per article text (whitespace-separated, as in every words/s figure). */
    public static double meanWords(List<String> texts) {
        return texts.stream().mapToLong(OfflineBenchmark::words).average().orElse(0);
    }
}
