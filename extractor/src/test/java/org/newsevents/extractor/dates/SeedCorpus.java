package org.newsevents.extractor.dates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.newsevents.extractor.eval.DevSets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.Paragraph;

/** The dev-set seeds with their gold dates, and a line-based stand-in for the boilerplate classifier. */
public final class SeedCorpus {
    public static final List<String> SEEDS = List.of("000_28892a26cdc44105.txt", "001_1a496bfdc040521a.txt",
            "002_0b1264241c366305.txt", "003_be7b42b11361cc58.txt", "004_63df4701a077cafa.txt");

    /** A gold date with its offsets in the raw text. */
    public record GoldDate(int start, int end, String text, String value) {
    }

    private SeedCorpus() {
    }

    public static JsonNode gold(String seed) {
        Path file = goldDir().resolve(seed.replace(".txt", ".gold.json"));
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<GoldDate> goldDates(String seed, String text) {
        List<GoldDate> out = new ArrayList<>();
        for (JsonNode d : gold(seed).get("dates")) {
            String s = d.get("text").asText();
            int at = nthIndexOf(text, s, d.get("occurrence").asInt());
            out.add(new GoldDate(at, at + s.length(), s, d.get("value").asText()));
        }
        return out;
    }

    /** Line paragraphs; lines starting with a prefix listed for the seed in seed-boilerplate.txt are boilerplate. */
    public static List<Paragraph> paragraphs(String seed, String text) {
        List<String> prefixes = boilerplatePrefixes().getOrDefault(seed, List.of());
        List<Paragraph> out = new ArrayList<>();
        for (Paragraph p : Articles.plainParagraphs(text)) {
            boolean boilerplate = prefixes.stream().anyMatch(pre -> p.text().startsWith(pre));
            out.add(new Paragraph(p.index(), p.start(), p.end(), p.text(), boilerplate, boilerplate ? "seed fixture" : null));
        }
        return out;
    }

    private static Map<String, List<String>> boilerplatePrefixes() {
        Map<String, List<String>> out = new HashMap<>();
        try (InputStream in = SeedCorpus.class.getResourceAsStream("seed-boilerplate.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", 2);
                out.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f[1]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int nthIndexOf(String text, String s, int n) {
        int at = -1;
        for (int k = 0; k < n; k++) {
            at = text.indexOf(s, at + 1);
            if (at < 0) {
                throw new IllegalStateException("gold text '" + s + "' occurrence " + n + " not in article");
            }
        }
        return at;
    }

    static Path goldDir() {
        return DevSets.seedGold();
    }
}
