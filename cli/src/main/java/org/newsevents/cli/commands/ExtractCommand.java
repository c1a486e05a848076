package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.cli.extract.ExtractionOutput;
import org.newsevents.cli.extract.LocalInputs;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.pipeline.ArticleRejectedException;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code extract}: the same extraction as the pipeline, in process, without Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Extract events from files in process (no Kafka) into JSON Lines in --out.",
        "Inputs that cannot be processed are listed with their reason in OUT/rejects.jsonl and on stderr;",
        "the exit code is 0 when every input was either extracted or rejected with a reason."})
public final class ExtractCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders (.txt, .jsonl), or - for stdin.")
    List<String> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Output directory.")
    Path out;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        connection.requireKnownOverrides("ingest or extractor", IngestConfig.define(), ExtractorConfig.define());
        Settings ingestSettings = connection.loadShared(IngestConfig.APP, IngestConfig.define(), java.util.Map.of());
        Settings extractorSettings = connection.loadShared(ExtractorConfig.APP, ExtractorConfig.define(), java.util.Map.of());
        ArticleIntake intake = ArticleIntake.create(ingestSettings);
        ArticleExtractor extractor = Extractors.fromSettings(extractorSettings).newExtractor();
        ExtractionOutput output = new ExtractionOutput();
        // Like the pipeline, an article (same id) given twice is extracted once.
        java.util.Set<String> seen = new java.util.HashSet<>();
        long[] duplicates = {0};

        new LocalInputs(intake.maxBytes(), ingestSettings.list(IngestConfig.INCLUDE)).read(paths, raw -> {
            Intake result = intake.process(raw);
            if (result instanceof Intake.Rejected rejected) {
                var r = rejected.rejection();
                output.reject(r.source(), "ingest", r.reason().name(), r.detail());
                return;
            }
            var article = ((Intake.Accepted) result).article();
            if (!seen.add(article.getId())) {
                duplicates[0]++;
                return;
            }
            try {
                output.add(extractor.extract(article));
            } catch (ArticleRejectedException e) {
                output.reject(article.getSource(), "extractor", e.reasonCode(), e.getMessage());
            }
        }, (source, reason) -> output.reject(source, "ingest", "UNREADABLE", reason));

        output.write(out);
        output.rejects().forEach(r -> System.err.println("rejected " + r.get("source") + ": " + r.get("reason") + " (" + r.get("detail") + ")"));
        System.out.println(output.extracted() + " extracted, " + duplicates[0] + " duplicates, "
            + output.rejects().size() + " rejected -> " + out);
        return 0;
    }
}
