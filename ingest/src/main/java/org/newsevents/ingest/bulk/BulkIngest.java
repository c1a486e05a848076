package org.newsevents.ingest.bulk;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.RawInput;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.IngestSummary;
import org.newsevents.ingest.source.FileSelector;
import org.newsevents.ingest.source.InputReader;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests files, folders (recursively, by include globs) and standard input ({@code -}) once, then flushes and
 * returns what Kafka acknowledged. An explicitly named file is read whatever its name ({@code .jsonl} = JSON
 * Lines, anything else = plain text); inside folders only included files are read. Inputs that cannot be read
 * are rejected UNREADABLE. Use one {@link ArticlePublisher} per run: the summary is the publisher's count.
 */
public final class BulkIngest {
    public static final String STDIN = "-";
    private static final Logger LOG = LoggerFactory.getLogger(BulkIngest.class);

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final BulkOptions options;
    private final FileSelector selector;
    private final InputReader reader;

    public BulkIngest(ArticleIntake intake, ArticlePublisher publisher, BulkOptions options) {
        this.intake = intake;
        this.publisher = publisher;
        this.options = options;
        this.selector = new FileSelector(options.includes());
        this.reader = new InputReader(intake.maxBytes());
    }

    /**
     * Runs a whole bulk load with its own intake and publisher built from the settings.
     *
     * @throws IngestInputException when an input does not exist (nothing is sent then)
     * @throws org.newsevents.ingest.publish.PublishFailedException when Kafka did not acknowledge a record
     */
    public static IngestSummary run(Settings settings, List<String> inputs) {
        try (ArticlePublisher publisher = ArticlePublisher.create(settings)) {
            return new BulkIngest(ArticleIntake.create(settings), publisher, BulkOptions.of(settings)).run(inputs, System.in);
        }
    }

    /** Ingests the inputs (paths, or {@code -} for {@code stdin}), flushes, reports and returns the summary. */
    public IngestSummary run(List<String> inputs, InputStream stdin) {
        List<Path> files = new ArrayList<>();
        boolean readStdin = false;
        List<String> missing = new ArrayList<>();
        List<Rejection> unlisted = new ArrayList<>();
        for (String input : inputs) {
            if (STDIN.equals(input)) {
                readStdin = true;
                continue;
            }
            Path path = Path.of(input);
            if (Files.isDirectory(path)) {
                try {
                    FileSelector.Selection selection = selector.select(path);
                    files.addAll(selection.files());
                    selection.unreadable().forEach((p, why) ->
                        unlisted.add(new Rejection(RejectReason.UNREADABLE, "cannot list: " + why, p.toString(), null)));
                } catch (IOException e) {
                    unlisted.add(new Rejection(RejectReason.UNREADABLE, "cannot list: " + e, path.toString(), null));
                }
            } else if (Files.exists(path)) {
                files.add(path);
            } else {
                missing.add(input);
            }
        }
        if (!missing.isEmpty()) {
            throw new IngestInputException("no such file or directory: " + String.join(", ", missing));
        }
        long totalBytes = files.stream().mapToLong(BulkIngest::sizeOrZero).sum();
        LOG.info("ingesting {} files ({} bytes){}", files.size(), totalBytes, readStdin ? " and standard input" : "");

        try (Progress progress = Progress.create(options.progress(), readStdin ? -1 : totalBytes)) {
            unlisted.forEach(publisher::reject);
            long done = 0;
            for (Path file : files) {
                try {
                    reader.read(file, this::submit);
                } catch (IOException | RuntimeException e) {
                    failFast();
                    publisher.reject(new Rejection(RejectReason.UNREADABLE, "cannot read: " + e, file.toString(), null));
                }
                done += sizeOrZero(file);
                progress.advanceTo(done, publisher.summary().accepted());
            }
            if (readStdin) {
                readStdin(stdin);
            }
            publisher.flush();
        }
        IngestSummary summary = publisher.summary();
        LOG.info("ingest finished: {}", summary.toLine());
        if (options.report() != null) {
            options.report().println("ingest: " + summary.toLine());
        }
        return summary;
    }

    private void readStdin(InputStream stdin) {
        BufferedInputStream in = new BufferedInputStream(stdin, 64 * 1024);
        try {
            reader.read(in, "stdin", options.stdinFormat().resolve(in), this::submit);
        } catch (IOException e) {
            failFast();
            publisher.reject(new Rejection(RejectReason.UNREADABLE, "cannot read: " + e, "stdin", null));
        }
    }

    private void submit(RawInput input) {
        failFast();
        publisher.submit(intake.process(input));
    }

    /** Stops reading as soon as a send has failed: the run fails anyway. */
    private void failFast() {
        publisher.failure().ifPresent(e -> {
            throw e;
        });
    }

    private static long sizeOrZero(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
