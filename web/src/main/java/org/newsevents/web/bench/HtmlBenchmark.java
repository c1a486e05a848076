package org.newsevents.web.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsevents.web.MainContent;

/**
 * Runs main-content candidates over a folder laid out as the public article-body extraction benchmark:
 * {@code ground-truth.json} ({id: {articleBody, url}}) and {@code html/<id>.html.gz}.
 */
public final class HtmlBenchmark {
    public record Page(String id, String url, String gold, String html) {}

    public record Result(String name, double precision, double recall, double f1, Map<String, ShingleScore> pages) {}

    private HtmlBenchmark() {}

    public static List<Page> load(Path dir) throws IOException {
        JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path file = dir.resolve("html").resolve(e.getKey() + ".html.gz");
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                String html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                pages.add(new Page(e.getKey(), e.getValue().path("url").asText(""), e.getValue().path("articleBody").asText(""), html));
            }
        }
        return pages;
    }

    public static Result run(MainContent candidate, List<Page> pages) {
        Map<String, ShingleScore> scores = new LinkedHashMap<>();
        for (Page page : pages) {
            Document doc = Jsoup.parse(page.html(), page.url());
            String body;
            try {
                body = candidate.body(doc);
            } catch (RuntimeException failed) {
                body = "";
            }
            scores.put(page.id(), ShingleScore.of(page.gold(), body));
        }
        double[] prf = ShingleScore.summary(new ArrayList<>(scores.values()));
        return new Result(candidate.name(), prf[0], prf[1], prf[2], scores);
    }
}
