package org.newsevents.cli.support;

import org.newsevents.common.config.ConfigException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/** Turns failures into one clear message on stderr and a non-zero exit, without a stack trace for known ones. */
public final class ErrorHandler implements IExecutionExceptionHandler {
    public static final int CONFIG_ERROR = 2;
    public static final int FAILURE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        if (e instanceof ConfigException config) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + config.getMessage());
            return CONFIG_ERROR;
        }
        if (e instanceof UserFacingException user) {
            cli.getErr().println(cli.getCommandSpec().qualifiedName() + ": " + user.getMessage());
            return FAILURE;
        }
        cli.getErr().println(cli.getCommandSpec().qualifiedName() + " failed: " + e);
        if (System.getenv("NEWSEVENTS_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
        } else {
            cli.getErr().println("(set NEWSEVENTS_DEBUG=1 for the stack trace)");
        }
        return FAILURE;
    }
}
