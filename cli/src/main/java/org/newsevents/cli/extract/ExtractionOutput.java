package org.newsevents.cli.extract;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.newsevents.common.json.AvroJson;
import org.newsevents.extractor.pipeline.Extraction;

/**
 * The JSON Lines files of an in-process extraction, in the same format the file sink writes:
 * articles.jsonl, statements.jsonl, dates.jsonl, sanctions.jsonl and rejects.jsonl. Articles are
 * ordered by id and events by (article, offset), so the same inputs give byte-identical files.
 */
public final class ExtractionOutput {
    private final List<Extraction> extractions = new ArrayList<>();
    private final List<Map<String, Object>> rejects = new ArrayList<>();

    public void add(Extraction extraction) {
        extractions.add(extraction);
    }

    public void reject(String source, String stage, String reason, String detail) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("source", source);
        r.put("stage", stage);
        r.put("reason", reason);
        r.put("detail", detail);
        rejects.add(r);
    }

    public int extracted() {
        return extractions.size();
    }

    public List<Map<String, Object>> rejects() {
        return rejects;
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Extraction> sorted = new ArrayList<>(extractions);
        sorted.sort(Comparator.comparing(e -> e.summary().getArticleId()));
        write(dir.resolve("articles.jsonl"), sorted.stream().map(Extraction::summary).map(SpecificRecord.class::cast).toList());
        write(dir.resolve("statements.jsonl"), sorted.stream().flatMap(e -> e.statements().stream()).map(SpecificRecord.class::cast).toList());
        write(dir.resolve("dates.jsonl"), sorted.stream().flatMap(e -> e.dates().stream()).map(SpecificRecord.class::cast).toList());
        write(dir.resolve("sanctions.jsonl"), sorted.stream().flatMap(e -> e.sanctions().stream()).map(SpecificRecord.class::cast).toList());
        rejects.sort(Comparator.comparing(r -> String.valueOf(r.get("source"))));
        try (BufferedWriter w = Files.newBufferedWriter(dir.resolve("rejects.jsonl"), StandardCharsets.UTF_8)) {
            for (Map<String, Object> r : rejects) {
                w.write(AvroJson.mapper().writeValueAsString(r));
                w.newLine();
            }
        }
    }

    private static void write(Path file, List<SpecificRecord> records) throws IOException {
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (SpecificRecord r : records) {
                w.write(AvroJson.toLine((org.apache.avro.generic.IndexedRecord) r));
                w.newLine();
            }
        }
    }
}
