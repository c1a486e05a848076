package org.newsevents.cli.commands;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsevents.cli.support.StackOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.stack.LocalStack;
import org.newsevents.stack.StackException;
import org.newsevents.stack.StackInfo;
import org.newsevents.stack.StackStatus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code stack up|down|status}: the embedded single-node KRaft broker and Apicurio Registry. */
@Command(name = "stack", mixinStandardHelpOptions = true,
    description = "Start, stop or inspect the embedded local stack (Kafka KRaft broker + Apicurio Registry, no Docker).",
    subcommands = {StackCommand.Up.class, StackCommand.Down.class, StackCommand.Status.class})
public final class StackCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "up", mixinStandardHelpOptions = true,
        description = "Start broker and registry as background processes and wait until both are ready.")
    static final class Up implements Callable<Integer> {
        @Mixin
        StackOptions stack;

        @Override
        public Integer call() {
            try {
                StackInfo info = LocalStack.up(stack.settings());
                System.out.println(info.describe());
                return 0;
            } catch (StackException e) {
                throw new UserFacingException(e.getMessage(), e);
            }
        }
    }

    @Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the local stack cleanly (data is kept).")
    static final class Down implements Callable<Integer> {
        @Mixin
        StackOptions stack;

        @Override
        public Integer call() {
            List<String> stopped = LocalStack.down(stack.settings().dataDir());
            if (stopped.isEmpty()) {
                System.out.println("Nothing was running in " + stack.settings().dataDir());
            }
            stopped.forEach(System.out::println);
            return 0;
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
        description = "Say what runs: pid, address, ready. Exit code 0 when both run, 3 otherwise.")
    static final class Status implements Callable<Integer> {
        @Mixin
        StackOptions stack;

        @Override
        public Integer call() {
            StackStatus status = LocalStack.status(stack.settings().dataDir());
            System.out.println(status.describe());
            return status.running() ? 0 : 3;
        }
    }
}
