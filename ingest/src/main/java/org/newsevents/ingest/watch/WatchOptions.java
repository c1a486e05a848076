package org.newsevents.ingest.watch;

import java.nio.file.Path;
import java.util.List;
import org.newsevents.common.config.Settings;
import org.newsevents.ingest.IngestConfig;

/**
 * Options of a {@link FolderWatcher}.
 *
 * @param stateDir     where the acknowledged-files state lives ({@code watch.state.dir})
 * @param stableMillis how long size and mtime must stay unchanged before a file is read ({@code watch.stable.ms})
 * @param rescanMillis period of the full rescan behind the file-system events ({@code watch.rescan.ms})
 * @param includes     include globs ({@code ingest.include})
 */
public record WatchOptions(Path stateDir, long stableMillis, long rescanMillis, List<String> includes) {
    public static WatchOptions of(Settings settings) {
        return new WatchOptions(Path.of(settings.string(IngestConfig.WATCH_STATE_DIR)), settings.longValue(IngestConfig.WATCH_STABLE_MS),
            settings.longValue(IngestConfig.WATCH_RESCAN_MS), settings.list(IngestConfig.INCLUDE));
    }
}
