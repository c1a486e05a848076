package org.newsevents.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.newsevents.stack.child.ParentWatch;

/**
 * One server running as a child JVM whose identity lives in a pid file, so that another process (a later
 * {@code stack down}) can find and stop it. Every child carries a marker system property naming its
 * directory; a pid whose command line lacks the marker is treated as a reused pid, not as ours.
 */
final class ChildJvm {
    private static final Path SETSID = Path.of("/usr/bin/setsid");
    static final Duration GRACEFUL_STOP = Duration.ofSeconds(30);

    private final String name;
    private final Path dir;
    private final Path pidFile;
    private final Path logFile;

    ChildJvm(String name, Path dir, Path logFile) {
        this.name = name;
        this.dir = dir.toAbsolutePath().normalize();
        this.pidFile = this.dir.resolve(name + ".pid");
        this.logFile = logFile;
    }

    String marker() {
        return "-Dnewsevents.stack.dir=" + dir;
    }

    Path logFile() {
        return logFile;
    }

    Path pidFile() {
        return pidFile;
    }

    static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /**
     * Starts {@code java <jvmArgs> -cp <classPath> <mainClass> <args>} with stdout and stderr appended to the log
     * file and writes the pid file. Detached children get their own session (setsid) so the terminal's Ctrl-C or
     * hang-up does not reach them after the CLI that started them has exited. Attached children run under
     * {@link ParentWatch} and exit when this JVM is gone, even after a SIGKILL.
     */
    ProcessHandle start(List<String> jvmArgs, String classPath, String mainClass, List<String> args, Path workDir,
                        boolean detached) {
        List<String> command = new ArrayList<>();
        if (detached && Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        command.add(javaExecutable());
        command.add(marker());
        command.addAll(jvmArgs);
        command.add("-cp");
        classPath = absolute(classPath);
        if (detached) {
            command.add(classPath);
            command.add(mainClass);
        } else {
            command.add(classPath + File.pathSeparator + ownCodeLocation());
            command.add(ParentWatch.class.getName());
            command.add(Long.toString(ProcessHandle.current().pid()));
            command.add(mainClass);
        }
        command.addAll(args);
        try {
            Files.createDirectories(dir);
            Files.createDirectories(logFile.getParent());
            Files.writeString(logFile, "---- starting " + name + ": " + String.join(" ", command) + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            Process process = new ProcessBuilder(command)
                    .directory(workDir.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                    .redirectErrorStream(true)
                    .start();
            Files.writeString(pidFile, Long.toString(process.pid()), StandardCharsets.UTF_8);
            return process.toHandle();
        } catch (IOException e) {
            throw new StackException("Cannot start " + name + ": " + e.getMessage(), e);
        }
    }

    /**
     * The child runs in its own work directory, so relative class path entries of a parent started as
     * {@code java -cp "cli/target/newsevents-cli.jar:cli/target/lib/*"} would not resolve there.
     */
    static String absolute(String classPath) {
        List<String> entries = new ArrayList<>();
        for (String entry : classPath.split(File.pathSeparator)) {
            entries.add(entry.isEmpty() ? entry : Path.of(entry).toAbsolutePath().normalize().toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** The jar or classes directory holding this module's classes (for children with a foreign class path). */
    private static String ownCodeLocation() {
        try {
            return Path.of(ChildJvm.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The live process recorded in the pid file, if any; a stale pid file is removed. */
    Optional<ProcessHandle> running() {
        if (!Files.exists(pidFile)) {
            return Optional.empty();
        }
        Optional<ProcessHandle> handle = readPid().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive)
                .filter(this::isOurs);
        if (handle.isEmpty()) {
            deletePidFile();
        }
        return handle;
    }

    private Optional<Long> readPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(pidFile, StandardCharsets.UTF_8).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private boolean isOurs(ProcessHandle handle) {
        Optional<String[]> arguments = handle.info().arguments();
        // When the OS does not tell us the arguments we cannot tell a reused pid apart: trust the pid file.
        return arguments.isEmpty() || Arrays.asList(arguments.get()).contains(marker());
    }

    /** Stops the recorded process: SIGTERM, wait for a clean shutdown, then SIGKILL. Removes the pid file. */
    Optional<Long> stop() {
        Optional<ProcessHandle> handle = running();
        handle.ifPresent(ChildJvm::terminate);
        deletePidFile();
        return handle.map(ProcessHandle::pid);
    }

    static void terminate(ProcessHandle handle) {
        if (!handle.isAlive()) {
            return;
        }
        handle.destroy();
        try {
            handle.onExit().get(GRACEFUL_STOP.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            handle.destroyForcibly();
            handle.onExit().join();
        }
    }

    void deletePidFile() {
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The last lines of the log, to put into an error message. */
    String logTail(int lines) {
        try {
            if (!Files.exists(logFile)) {
                return "(no log written)";
            }
            List<String> all = Files.readAllLines(logFile, StandardCharsets.ISO_8859_1);
            return String.join(System.lineSeparator(), all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(cannot read log: " + e.getMessage() + ")";
        }
    }

    StackException failure(String what) {
        return new StackException(what + ". See the log " + logFile + "; its last lines:" + System.lineSeparator()
                + logTail(20));
    }
}
