package org.newsevents.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.report.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The report of the sample run (the corpus/ seeds through {@code extract}), opened in headless
 * Chromium: the views show what the sink files hold; a screenshot of each view is saved under
 * target/report-screenshots/.
 */
class ReportCommandIT {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    static Path out;
    static Path report;
    static HeadlessChromium browser;

    @BeforeAll
    static void extractAndReport() {
        browser = HeadlessChromium.start();
        out = work.resolve("out");
        report = work.resolve("report");
        assertThat(Main.execute("extract", CORPUS.toString(), "--out", out.toString())).isZero();
        assertThat(Main.execute("report", "--from", out.toString(), "--to", report.toString(),
            "--articles", CORPUS.toString())).isZero();
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void overviewShowsTheCountsTheSinkHolds() throws IOException {
        browser.open(report.resolve("index.html"));
        for (String type : List.of("articles", "statements", "dates", "sanctions")) {
            assertThat(browser.driver().findElement(By.id("count-" + type)).getText()).as(type)
                .isEqualTo(String.valueOf(lines(type).size()));
        }
        assertThat(browser.driver().findElement(By.id("versions")).getText())
            .contains(lines("articles").get(0).get("extractorVersion").asText());
        browser.screenshot("overview");
    }

    @Test
    void whoSanctionsWhomListsEveryImposerTargetPairOfTheSink() throws IOException {
        browser.open(report.resolve("sanctions.html"));
        Set<String> shown = new TreeSet<>();
        for (WebElement row : browser.driver().findElements(By.cssSelector("#pairs tr.item"))) {
            shown.add(row.findElement(By.className("imposer")).getText() + " -> " + row.findElement(By.className("target")).getText());
        }
        assertThat(shown).contains("USA -> PRK", "USA -> RUS", "UNSC -> PRK").isEqualTo(pairsInSink());
        assertThat(browser.driver().findElement(By.cssSelector("#matrix a[data-imposer='USA'][data-target='PRK']")).getText())
            .isNotBlank();
        assertThat(browser.driver().findElements(By.cssSelector("#graph line.edge"))).isNotEmpty();
        browser.screenshot("sanctions");

        browser.driver().findElement(By.cssSelector("#matrix a[data-imposer='USA'][data-target='PRK']")).click();
        assertThat(browser.driver().getTitle()).startsWith("USA → PRK");
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));
        assertThat(browser.driver().findElements(By.cssSelector("#mentions tr.item")))
            .hasSize(Integer.parseInt(browser.driver().findElement(By.cssSelector("h1 + p")).getText().split(" ")[0]));
        browser.screenshot("sanctions-pair");
    }

    @Test
    void clickingAnEventInTheArticleViewShowsItsFields() throws IOException {
        JsonNode mention = lines("sanctions").get(0);
        browser.open(report.resolve("articles.html"));
        browser.screenshot("articles");
        browser.driver().findElement(By.id("article-search")).sendKeys("threatens sanctions");
        browser.driver().findElements(By.cssSelector("#articles tr.item")).get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(d -> "true".equals(d.findElement(By.tagName("body")).getAttribute("data-ready")));

        WebElement mark = browser.driver().findElement(By.cssSelector("#text mark.hl-sanctions"));
        mark.click();
        WebElement fields = new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
            .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#fields .event-fields")));
        assertThat(fields.findElement(By.cssSelector("td.field-action")).getText())
            .isIn("IMPOSE", "THREATEN", "ENFORCE", "LIFT", "VIOLATE", "OTHER");
        assertThat(fields.findElement(By.cssSelector("td.field-trigger")).getText()).isNotBlank();
        assertThat(mark.getText()).isNotBlank();
        browser.screenshot("article");
        assertThat(mention.get("start").asInt()).isNotNegative();
    }

    @Test
    void timelineAndSpeakersShowTheSinksStatements() throws IOException {
        browser.open(report.resolve("timeline.html"));
        assertThat(browser.driver().findElements(By.cssSelector("#published-chart rect.bar"))).isNotEmpty();
        browser.driver().findElement(By.cssSelector("#actor option[value='PRK']")).click();
        assertThat(browser.driver().findElements(By.cssSelector("#published-chart rect.bar.sanctions"))).isNotEmpty();
        browser.screenshot("timeline");

        browser.open(report.resolve("speakers.html"));
        List<WebElement> rows = browser.driver().findElements(By.cssSelector("#speakers tr.item"));
        int statements = rows.stream().mapToInt(r -> Integer.parseInt(r.findElements(By.tagName("td")).get(3).getText())).sum();
        assertThat(statements).isEqualTo(lines("statements").size());
        browser.driver().findElement(By.id("speaker-search")).sendKeys("Miller");
        assertThat(browser.driver().findElements(By.cssSelector("#speakers tr.item")).stream().map(WebElement::getText).toList())
            .isNotEmpty().allMatch(t -> t.contains("Miller"));
        browser.screenshot("speakers");
    }

    private static Set<String> pairsInSink() throws IOException {
        Set<String> pairs = new TreeSet<>();
        for (JsonNode m : lines("sanctions")) {
            String imposer = actor(m.get("imposer"));
            List<String> targets = new ArrayList<>();
            m.path("targets").forEach(t -> targets.add(actor(t)));
            if (targets.isEmpty()) {
                targets.add("(none)");
            }
            targets.forEach(t -> pairs.add(imposer + " -> " + t));
        }
        return pairs;
    }

    private static String actor(JsonNode a) {
        if (a == null || a.isNull()) {
            return "(none)";
        }
        JsonNode code = a.get("code");
        return code != null && !code.isNull() && !"OTHER".equals(code.asText()) ? code.asText() : a.get("name").asText();
    }

    private static List<JsonNode> lines(String type) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(ReportCommandIT.out.resolve(type + ".jsonl"))) {
            out.add(JSON.readTree(line));
        }
        return out;
    }
}
