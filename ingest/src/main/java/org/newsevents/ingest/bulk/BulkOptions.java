package org.newsevents.ingest.bulk;

import java.io.PrintStream;
import java.util.List;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.source.StdinFormat;

/**
 * Options of a bulk run.
 *
 * @param includes    include globs for folders ({@code ingest.include})
 * @param stdinFormat how {@code -} is read ({@code ingest.stdin.format})
 * @param progress    show a progress bar (only has an effect when attached to a terminal)
 * @param report      where the one-line summary goes at the end, or null for none
 */
public record BulkOptions(List<String> includes, StdinFormat stdinFormat, boolean progress, PrintStream report) {
    /** From settings: progress bar on, summary on standard error. */
    public static BulkOptions of(Settings settings) {
        return new BulkOptions(settings.list(IngestConfig.INCLUDE), StdinFormat.parse(settings.string(IngestConfig.STDIN_FORMAT)),
            true, System.err);
    }
}
