package org.newsevents.faults.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** The suite's results table (markdown), rewritten after every fault so a partial run still leaves a table. */
public final class FaultResults {
    private static final Map<String, String> ROWS = new TreeMap<>();

    private FaultResults() {
    }

    public static synchronized void record(String fault, long articlesIn, long eventsOut, long lost, long duplicated, String note) {
        ROWS.put(fault, "| " + fault + " | " + articlesIn + " | " + eventsOut + " | " + lost + " | " + duplicated + " | " + note + " |");
        StringBuilder md = new StringBuilder("| fault | articles in | events out | lost | duplicated | notes |\n|---|---:|---:|---:|---:|---|\n");
        ROWS.values().forEach(r -> md.append(r).append('\n'));
        Path file = Path.of(System.getProperty("faults.results", "target/fault-results.md"));
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.println("FAULT RESULT " + ROWS.get(fault));
    }

    public static void record(String fault, SinkOutput.Check check, String note) {
        record(fault, check.articlesIn(), check.eventsOut(), check.lost(), check.duplicated(), note);
    }
}
