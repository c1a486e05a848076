package org.newsevents.cli;

import org.newsevents.cli.commands.BenchCommand;
import org.newsevents.cli.commands.EvalCommand;
import org.newsevents.cli.commands.ExtractCommand;
import org.newsevents.cli.commands.ExtractorCommand;
import org.newsevents.cli.commands.IngestCommand;
import org.newsevents.cli.commands.ReplayCommand;
import org.newsevents.cli.commands.ReportCommand;
import org.newsevents.cli.commands.RunCommand;
import org.newsevents.cli.commands.SinkCommand;
import org.newsevents.cli.commands.StackCommand;
import org.newsevents.cli.commands.TailCommand;
import org.newsevents.cli.support.ErrorHandler;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code newsevents} command line. */
@Command(name = "newsevents", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Streaming event extraction for news: statements, dates and sanctions mentions on Kafka.",
    subcommands = {RunCommand.class, StackCommand.class, IngestCommand.class, ExtractorCommand.class,
        SinkCommand.class, ExtractCommand.class, EvalCommand.class, BenchCommand.class, ReplayCommand.class, TailCommand.class,
        ReportCommand.class,
        CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(execute(args));
    }

    public static int execute(String... args) {
        CommandLine cli = new CommandLine(new Main());
        ErrorHandler errors = new ErrorHandler();
        cli.setExecutionExceptionHandler(errors);
        return cli.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"newsevents " + (v == null ? "dev" : v)};
        }
    }
}
