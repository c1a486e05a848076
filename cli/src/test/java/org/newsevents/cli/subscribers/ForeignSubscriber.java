package org.newsevents.cli.subscribers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the README's subscriber scripts (Node, Python) as its own process against a stack and keeps what it
 * printed: one JSON line {@code {"topic", "key", "value"}} per record.
 */
final class ForeignSubscriber {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The scripts stop after this long without a record; long enough for a group join on a loaded machine. */
    static final long EXIT_WHEN_IDLE_MS = 15_000;
    private static final long TIMEOUT_SECONDS = 300;

    private ForeignSubscriber() {
    }

    /** Decoded records, each {@code {"topic", "key", "value"}}; fails with the script's stderr when it fails. */
    static List<JsonNode> run(List<String> command, Path workDir, Map<String, String> env, Path logDir) throws Exception {
        Files.createDirectories(logDir);
        Path out = logDir.resolve("stdout.jsonl");
        Path err = logDir.resolve("stderr.txt");
        ProcessBuilder pb = new ProcessBuilder(command).directory(workDir.toFile())
            .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().putAll(env);
        pb.environment().put("EXIT_WHEN_IDLE_MS", String.valueOf(EXIT_WHEN_IDLE_MS));
        Process process = pb.start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(command + " did not finish in " + TIMEOUT_SECONDS + " s; stderr: " + Files.readString(err));
        }
        if (process.exitValue() != 0) {
            throw new AssertionError(command + " exited " + process.exitValue() + "; stderr:\n" + Files.readString(err));
        }
        List<JsonNode> records = new ArrayList<>();
        for (String line : Files.readAllLines(out)) {
            records.add(JSON.readTree(line));
        }
        return records;
    }

    /** Why a toolchain cannot run, or null when {@code command} exits 0 (e.g. an import check). */
    static String unavailable(List<String> command, Path workDir) {
        try {
            Process p = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes());
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return String.join(" ", command) + " did not answer in 60 s";
            }
            return p.exitValue() == 0 ? null : String.join(" ", command) + " failed: " + output.strip();
        } catch (IOException e) {
            return String.join(" ", command) + " cannot start: " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
