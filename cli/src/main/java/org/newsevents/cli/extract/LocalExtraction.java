package org.newsevents.cli.extract;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;

/** Ingest's checks, then the extractor, in process and without Kafka: the events of local files. */
public final class LocalExtraction {
    /** Told of each extracted article and of each input refused (by ingest or the extractor) with its reason. */
    public interface Listener {
        void extracted(Extraction extraction);

        void rejected(String source, String stage, String reason, String detail);
    }

    private LocalExtraction() {
    }

    /**
     * Like the pipeline, an article (same id) given twice is extracted once.
     *
     * @return how many inputs were duplicates of an article already extracted
     */
    public static long run(List<String> paths, Settings ingestSettings, Settings extractorSettings, Listener listener)
        throws IOException {
        ArticleIntake intake = ArticleIntake.create(ingestSettings);
        ArticleExtractor extractor = Extractors.fromSettings(extractorSettings).newExtractor();
        Set<String> seen = new HashSet<>();
        long[] duplicates = {0};
        new LocalInputs(intake.maxBytes(), ingestSettings.list(IngestConfig.INCLUDE)).read(paths, raw -> {
            Intake result = intake.process(raw);
            if (result instanceof Intake.Rejected rejected) {
                var r = rejected.rejection();
                listener.rejected(r.source(), "ingest", r.reason().name(), r.detail());
                return;
            }
            var article = ((Intake.Accepted) result).article();
            if (!seen.add(article.getId())) {
                duplicates[0]++;
                return;
            }
            try {
                listener.extracted(extractor.extract(article));
            } catch (ArticleRejectedException e) {
                listener.rejected(article.getSource(), "extractor", e.reasonCode(), e.getMessage());
            }
        }, (source, reason) -> listener.rejected(source, "ingest", "UNREADABLE", reason));
        return duplicates[0];
    }
}
