package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.cli.extract.ExtractionOutput;
import org.newsevents.cli.extract.LocalExtraction;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.ingest.IngestConfig;
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
        ExtractionOutput output = new ExtractionOutput();
        long duplicates = LocalExtraction.run(paths, ingestSettings, extractorSettings, new LocalExtraction.Listener() {
            @Override
            public void extracted(Extraction extraction) {
                output.add(extraction);
            }

            @Override
            public void rejected(String source, String stage, String reason, String detail) {
                output.reject(source, stage, reason, detail);
            }
        });

        output.write(out);
        output.rejects().forEach(r -> System.err.println("rejected " + r.get("source") + ": " + r.get("reason") + " (" + r.get("detail") + ")"));
        System.out.println(output.extracted() + " extracted, " + duplicates + " duplicates, "
            + output.rejects().size() + " rejected -> " + out);
        return 0;
    }
}
