package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {
    @TempDir
    Path dir;

    @Test
    void everyViewIsWrittenWithItsOwnAssetsAndNoNetworkReference() throws IOException {
        Path index = new ReportWriter().write(HostileSink.contents(), ArticleTexts.none(), dir);
        assertThat(index).isEqualTo(dir.resolve("index.html"));
        for (String page : List.of("index.html", "sanctions.html", "pairs/1.html", "timeline.html", "speakers.html",
                "speakers/1.html", "articles.html", "articles/1.html", "assets/report.js", "assets/report.css")) {
            assertThat(dir.resolve(page)).as(page).isRegularFile();
        }
        assertThat(allText()).doesNotContain("http://", "https://", "//cdn");
    }

    @Test
    void dataNeverReachesThePageAsMarkup() throws IOException {
        new ReportWriter().write(HostileSink.contents(), ArticleTexts.none(), dir);
        String html = allText();
        assertThat(html).doesNotContain("<script>window", "<img src=x", "<svg onload", "<iframe")
            .contains("&lt;script&gt;window.pwned");
    }

    @Test
    void anArticleWithoutTextListsItsEventsAndSaysWhereTheTextComesFrom() throws IOException {
        SinkContents hostile = HostileSink.contents();
        hostile.articles().get(0).remove("body");
        new ReportWriter().write(hostile, ArticleTexts.none(), dir);
        String page = Files.readString(dir.resolve("articles/1.html"));
        assertThat(page).contains("--articles").contains("class=\"event ev-statement unplaced\"").doesNotContain("<mark");
    }

    @Test
    void suppliedTextIsHighlightedWhenTheSummaryHasNoBody() throws IOException {
        SinkContents hostile = HostileSink.contents();
        hostile.articles().get(0).remove("body");
        String id = hostile.articles().get(0).get("articleId").asText();
        new ReportWriter().write(hostile, ArticleTexts.of(java.util.Map.of(id, HostileSink.TEXT)), dir);
        assertThat(Files.readString(dir.resolve("articles/1.html"))).contains("<mark class=\"hl-sanctions hl-statement\"");
    }

    @Test
    void aLoneSurrogateInTheTextIsWrittenAsAReplacementNotAFailure() throws IOException {
        SinkContents hostile = HostileSink.contents();
        hostile.articles().get(0).remove("body");
        String id = hostile.articles().get(0).get("articleId").asText();
        new ReportWriter().write(hostile, ArticleTexts.of(java.util.Map.of(id, HostileSink.TEXT + " broken \uD800 pair")), dir);
        assertThat(Files.readString(dir.resolve("articles/1.html"))).contains("broken ? pair");
    }

    private String allText() throws IOException {
        StringBuilder b = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                b.append(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        return b.toString();
    }
}
