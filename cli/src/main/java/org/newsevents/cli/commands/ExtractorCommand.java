package org.newsevents.cli.commands;

import java.util.concurrent.Callable;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code extractor}: runs the Kafka Streams extractor until stopped (Ctrl-C / SIGTERM). */
@Command(name = "extractor", mixinStandardHelpOptions = true,
    description = {"Run the Kafka Streams extractor (exactly_once_v2) until stopped.",
        "Run several instances with the same application.id to share the partitions of news.articles.",
        "--set metrics.port=N serves GET /metrics (Prometheus) and GET /health on 127.0.0.1:N."})
public final class ExtractorCommand implements Callable<Integer> {
    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        Settings settings = connection.load(ExtractorConfig.APP, ExtractorConfig.define());
        Extractors extractors = Extractors.fromSettings(settings);
        try (ExtractorApp app = ExtractorApp.start(settings, extractors::newExtractionFunction, extractors.version())) {
            Runtime.getRuntime().addShutdownHook(new Thread(app::close, "extractor-shutdown"));
            app.metricsServer().ifPresent(m -> System.err.println("Metrics on " + m.url() + "/metrics, health on " + m.url() + "/health"));
            app.awaitStop();
        }
        return 0;
    }
}
