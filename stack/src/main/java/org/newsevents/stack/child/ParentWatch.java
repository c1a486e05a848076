package org.newsevents.stack.child;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Optional;

/**
 * Entry point of attached child JVMs: {@code ParentWatch <parent-pid> <main-class> [args...]} runs the main
 * class and exits (running its shutdown hooks, so servers stop cleanly) as soon as the parent process is gone.
 * Without it a test JVM killed with SIGKILL would leave its broker and registry running forever.
 */
public final class ParentWatch {
    private ParentWatch() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: ParentWatch <parent-pid> <main-class> [args...]");
            System.exit(2);
        }
        Optional<ProcessHandle> parent = ProcessHandle.of(Long.parseLong(args[0]));
        if (parent.isEmpty()) {
            System.err.println("Parent process " + args[0] + " is already gone; not starting");
            System.exit(1);
        }
        parent.get().onExit().thenRun(() -> {
            System.err.println("Parent process " + args[0] + " exited; shutting down");
            System.exit(0);
        });
        Method main = Class.forName(args[1]).getMethod("main", String[].class);
        main.invoke(null, (Object) Arrays.copyOfRange(args, 2, args.length));
    }
}
