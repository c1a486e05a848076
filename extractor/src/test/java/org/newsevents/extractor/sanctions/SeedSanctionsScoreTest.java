package org.newsevents.extractor.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.newsevents.extractor.eval.DevSets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.pipeline.ArticleAnalyzer;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;

/**
 * Scores the sanctions rules on the development seeds against their gold, as GUIDELINES 3 scores:
 * a match is a span overlap within one sentence; action, imposer and target-set accuracy over matches.
 * Mismatches are printed to help tuning the rules (never the seeds).
 */
class SeedSanctionsScoreTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RuleBasedSanctionsExtractor EXTRACTOR = RuleBasedSanctionsExtractor.withDefaults();

    record Gold(int start, int end, String text, String action, String imposer, Set<String> targets) {
    }

    @Test
    void reachesTheDevelopmentBarOnTheSeeds() throws IOException {
        Path goldDir = goldDir();
        Map<String, Set<Integer>> boilerplate = boilerplateLines();
        int tp = 0, fp = 0, fn = 0, actionOk = 0, imposerOk = 0, targetsOk = 0, exactText = 0;
        List<String> report = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path goldFile : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
                JsonNode gold = JSON.readTree(goldFile.toFile());
                String name = gold.get("article").asText();
                String text = Articles.seed(name);
                AnalyzedArticle article = analyze(text, gold.get("published").asText(), boilerplate.getOrDefault(name, Set.of()));
                List<Gold> golds = golds(text, gold.get("sanctions"));
                List<SanctionsFinding> found = EXTRACTOR.extract(article);
                boolean[] used = new boolean[found.size()];
                for (Gold g : golds) {
                    int match = -1;
                    for (int i = 0; i < found.size() && match < 0; i++) {
                        if (!used[i] && overlapsInOneSentence(article, g, found.get(i))) {
                            match = i;
                        }
                    }
                    if (match < 0) {
                        fn++;
                        report.add(name + " MISSED " + g);
                        continue;
                    }
                    used[match] = true;
                    tp++;
                    SanctionsFinding f = found.get(match);
                    String imposer = f.imposer() == null ? null : f.imposer().code();
                    Set<String> targets = new TreeSet<>(f.targets().stream().map(ActorRef::code).toList());
                    if (g.text().equals(f.text())) {
                        exactText++;
                    } else {
                        report.add(name + " EXTENT gold=[" + g.text() + "] got=[" + f.text() + "]");
                    }
                    boolean a = g.action().equals(f.action().name());
                    boolean im = Objects.equals(g.imposer(), imposer);
                    boolean ta = g.targets().equals(targets);
                    actionOk += a ? 1 : 0;
                    imposerOk += im ? 1 : 0;
                    targetsOk += ta ? 1 : 0;
                    if (!a || !im || !ta) {
                        report.add(name + " FIELDS gold=" + g.action() + "/" + g.imposer() + "/" + g.targets()
                                + " got=" + f.action() + "/" + imposer + "/" + targets + " [" + f.text() + "]");
                    }
                }
                for (int i = 0; i < found.size(); i++) {
                    if (!used[i]) {
                        fp++;
                        report.add(name + " SPURIOUS " + found.get(i));
                    }
                }
            }
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double r = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        double actionAcc = tp == 0 ? 0 : actionOk / (double) tp;
        System.out.printf("SANCTIONS seeds: tp=%d fp=%d fn=%d P=%.3f R=%.3f F1=%.3f action=%.3f imposer=%.3f targets=%.3f exact-text=%d/%d%n",
                tp, fp, fn, p, r, f1, actionAcc, imposerOk / (double) Math.max(1, tp), targetsOk / (double) Math.max(1, tp),
                exactText, tp);
        report.forEach(line -> System.out.println("  " + line));
        assertThat(f1).as("sanctions F1 on the seeds").isGreaterThanOrEqualTo(0.90);
        assertThat(actionAcc).as("sanctions action accuracy on the seeds").isGreaterThanOrEqualTo(0.90);
    }

    private static boolean overlapsInOneSentence(AnalyzedArticle article, Gold g, SanctionsFinding f) {
        if (g.start() >= f.end() || f.start() >= g.end()) {
            return false;
        }
        for (Sentence s : article.sentences()) {
            if (s.start() <= f.start() && f.start() < s.end()) {
                return s.start() <= g.start() && g.start() < s.end();
            }
        }
        return false;
    }

    private static List<Gold> golds(String text, JsonNode sanctions) {
        List<Gold> out = new ArrayList<>();
        for (JsonNode g : sanctions) {
            String span = g.get("text").asText();
            int at = -1;
            for (int k = 0; k < g.get("occurrence").asInt(); k++) {
                at = text.indexOf(span, at + 1);
            }
            assertThat(at).as("gold span in article: " + span).isGreaterThanOrEqualTo(0);
            Set<String> targets = new TreeSet<>();
            g.get("targets").forEach(t -> targets.add(t.asText()));
            JsonNode imposer = g.get("imposer");
            out.add(new Gold(at, at + span.length(), span, g.get("action").asText(),
                    imposer == null || imposer.isNull() ? null : imposer.asText(), targets));
        }
        return out;
    }

    private static AnalyzedArticle analyze(String text, String published, Set<Integer> boilerplateLines) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int start = 0;
        int line = 1;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            if (end > start && !text.substring(start, end).isBlank()) {
                boolean bp = boilerplateLines.contains(line);
                paragraphs.add(new Paragraph(paragraphs.size(), start, end, text.substring(start, end), bp, bp ? "seed annotation" : null));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            line++;
        }
        return new ArticleAnalyzer(new NlpPipeline(), t -> List.of()).analyze(text, paragraphs, LocalDate.parse(published));
    }

    private static Map<String, Set<Integer>> boilerplateLines() throws IOException {
        Map<String, Set<Integer>> out = new HashMap<>();
        try (InputStream in = SeedSanctionsScoreTest.class.getResourceAsStream("seed-boilerplate.tsv")) {
            for (String row : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (row.isBlank() || row.startsWith("#")) {
                    continue;
                }
                String[] cols = row.split("\t");
                Set<Integer> lines = out.computeIfAbsent(cols[0], k -> new TreeSet<>());
                for (String range : cols[1].split(",")) {
                    String[] ab = range.trim().split("-");
                    int a = Integer.parseInt(ab[0]);
                    int b = ab.length > 1 ? Integer.parseInt(ab[1]) : a;
                    for (int l = a; l <= b; l++) {
                        lines.add(l);
                    }
                }
            }
        }
        return out;
    }

    private static Path goldDir() {
        return DevSets.seedGold();
    }
}
