package org.newsevents.ingest.bulk;

import java.time.temporal.ChronoUnit;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/** A progress bar in bytes read (rate, ETA) with the article count, or nothing when not on a terminal. */
interface Progress extends AutoCloseable {
    void advanceTo(long bytes, long articles);

    @Override
    void close();

    static Progress create(boolean wanted, long totalBytes) {
        // Logs and pipes must not fill with carriage-return redraws.
        if (!wanted || System.console() == null) {
            return new Progress() {
                @Override
                public void advanceTo(long bytes, long articles) {
                }

                @Override
                public void close() {
                }
            };
        }
        ProgressBar bar = new ProgressBarBuilder()
            .setTaskName("ingest")
            .setInitialMax(totalBytes > 0 ? totalBytes : -1)
            // KiB keeps small loads readable (MiB shows 0/0 below a mebibyte); the count follows as a message.
            .setUnit("KiB", 1024)
            .setStyle(ProgressBarStyle.ASCII)
            .showSpeed()
            .setSpeedUnit(ChronoUnit.SECONDS)
            .setUpdateIntervalMillis(250)
            .build();
        return new Progress() {
            @Override
            public void advanceTo(long bytes, long articles) {
                bar.stepTo(bytes);
                bar.setExtraMessage(" " + articles + " articles");
            }

            @Override
            public void close() {
                bar.close();
            }
        };
    }
}
