package org.newsevents.cli.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.report.FileSinkReader;
import org.newsevents.report.JdbcSinkReader;
import org.newsevents.report.ReportWriter;
import org.newsevents.report.SinkContents;
import org.newsevents.sink.SinkConfig;

/** Writes the report of a sink (a file sink directory or a JDBC URL) with the texts of the given inputs. */
public final class Reports {
    private Reports() {
    }

    /** @param sinkSettings {@code sink.db.user} / {@code sink.db.password} for a JDBC source */
    public static Path write(String from, Path to, List<String> inputs, Settings sinkSettings, Settings ingestSettings)
            throws IOException {
        SinkContents contents;
        if (from.startsWith("jdbc:")) {
            contents = JdbcSinkReader.read(from, optional(sinkSettings, SinkConfig.DB_USER),
                optional(sinkSettings, SinkConfig.DB_PASSWORD));
        } else if (Files.isDirectory(Path.of(from))) {
            try {
                contents = FileSinkReader.read(Path.of(from));
            } catch (IllegalArgumentException e) {
                throw new UserFacingException(e.getMessage());
            }
        } else {
            throw new UserFacingException("--from must be a file sink directory or a jdbc:postgresql:// URL: " + from);
        }
        return new ReportWriter().write(contents, InputTexts.read(inputs, ingestSettings), to);
    }

    private static String optional(Settings settings, String key) {
        return settings.has(key) ? settings.string(key) : null;
    }
}
