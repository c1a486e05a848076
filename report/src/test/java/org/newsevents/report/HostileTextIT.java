package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.report.browser.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;

/** In a real browser: markup and scripts in article text and event fields show as text and never run. */
class HostileTextIT {
    @TempDir
    static Path dir;
    static HeadlessChromium browser;
    static Path report;

    @BeforeAll
    static void writeReport() {
        browser = HeadlessChromium.start();
        report = dir.resolve("report");
        new ReportWriter().write(HostileSink.contents(), ArticleTexts.none(), report);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void noPayloadRunsOnAnyPage() {
        for (String page : List.of("index.html", "sanctions.html", "pairs/1.html", "timeline.html", "speakers.html",
                "speakers/1.html", "articles.html", "articles/1.html")) {
            browser.open(report.resolve(page));
            assertNothingRan(page);
        }
    }

    @Test
    void articleTextShowsTheMarkupAsTextAndClickedFieldsStayText() {
        browser.open(report.resolve("articles/1.html"));
        String shown = browser.driver().findElement(By.id("text")).getText();
        assertThat(shown).contains("<script>window.pwned='script';alert(1)</script>").contains("&lt;escaped&gt; &amp;");
        for (WebElement mark : browser.driver().findElements(By.cssSelector("#text mark"))) {
            mark.click();
            assertNothingRan("a click on " + mark.getText());
        }
        browser.driver().findElement(By.cssSelector("li.ev-statement")).click();
        String fields = browser.driver().findElement(By.id("fields")).getText();
        assertThat(fields).contains("<img src=x onerror=").contains("</title></text><svg onload=");
        assertNothingRan("the statement's fields");
    }

    @Test
    void searchedSpeakerRowsShowHostileNamesAsText() {
        browser.open(report.resolve("speakers.html"));
        browser.driver().findElement(By.id("speaker-search")).sendKeys("minister");
        assertThat(browser.driver().findElement(By.cssSelector("#speakers tr.item")).getText())
            .contains("<img src=x onerror=");
        assertNothingRan("the speaker search");
    }

    @Test
    void hostileActorNamesFilterTheTimelineAsText() {
        browser.open(report.resolve("timeline.html"));
        var options = browser.driver().findElements(By.cssSelector("#actor option"));
        assertThat(options).extracting(WebElement::getText).contains(HostileSink.SVG.strip());
        for (WebElement option : options) {
            option.click();
            assertNothingRan("the timeline of " + option.getText());
        }
    }

    private static void assertNothingRan(String where) {
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).as("an alert on " + where)
            .isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.script("return window.pwned === undefined ? null : String(window.pwned)")).as(where).isNull();
        assertThat(browser.driver().findElements(By.cssSelector("main script, main img, main iframe, main svg:not(#graph):not(.bars)")))
            .as("injected elements on " + where).isEmpty();
    }
}
