package org.newsevents.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.newsevents.cli.support.ErrorHandler;
import picocli.CommandLine;

/** Runs the CLI in process like {@link Main#execute} and keeps what the command printed on stdout. */
public record CliRun(int exitCode, String out) {
    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setOut(new PrintWriter(out, true));
        int code = cli.execute(args);
        return new CliRun(code, out.toString());
    }
}
