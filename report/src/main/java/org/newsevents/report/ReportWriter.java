package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the report: static HTML pages, one stylesheet and one script (copied from this jar), no
 * network at view time. Every page holds only its own data, so a corpus of thousands of articles
 * gives thousands of small pages rather than one page that loads everything.
 */
public final class ReportWriter {
    /** Folders of per-item pages; cleared first so that a smaller report leaves no stale pages. */
    private static final List<String> PAGE_FOLDERS = List.of("articles", "pairs", "speakers", "assets");
    private static final List<String> ASSETS = List.of("report.css", "report.js");

    private final Templates templates = new Templates();

    /** Writes the report of {@code contents} into {@code to}; returns its start page. */
    public Path write(SinkContents contents, ArticleTexts texts, Path to) {
        clear(to);
        copyAssets(to.resolve("assets"));
        ReportIndex index = new ReportIndex(contents);
        List<ArticleRef> articles = index.articles();
        Overview overview = Overview.of(contents);
        Map<String, Object> common = Map.of("overview", overview);

        templates.render("overview", with(common, "page", "overview"), to.resolve("index.html"), "");
        SanctionsNetwork network = SanctionsNetwork.of(index);
        templates.render("sanctions", with(common, "page", "sanctions", "network", network), to.resolve("sanctions.html"), "");
        for (SanctionsPair pair : network.pairs()) {
            templates.render("pair", with(common, "page", "sanctions", "pair", pair, "rows", TableRows.mentions(pair)), to.resolve(pair.page()), "../");
        }
        Timeline timeline = Timeline.of(index);
        templates.render("timeline", with(common, "page", "timeline", "timelineJson", timeline.json(),
            "actors", timeline.actors()), to.resolve("timeline.html"), "");
        List<Speakers.Group> groups = Speakers.of(index);
        templates.render("speakers", with(common, "page", "speakers", "groups", groups,
            "rows", TableRows.speakers(groups)), to.resolve("speakers.html"), "");
        for (Speakers.Group group : groups) {
            templates.render("speaker", with(common, "page", "speakers", "group", group), to.resolve(group.page()), "../");
        }
        templates.render("articles", with(common, "page", "articles", "articles", articles,
            "rows", TableRows.articles(articles)), to.resolve("articles.html"), "");
        Map<String, String> bodies = new HashMap<>();
        for (ObjectNode a : contents.articles()) {
            String body = Fields.text(a, "body");
            if (body != null) {
                bodies.put(Fields.text(a, "articleId"), body);
            }
        }
        for (ArticleRef a : articles) {
            ArticlePage page = ArticlePage.of(a, bodies.get(a.id()), texts, index.events(a.id()));
            templates.render("article", with(common, "page", "articles", "view", page), to.resolve(a.page()), "../");
        }
        return to.resolve("index.html");
    }

    private static Map<String, Object> with(Map<String, Object> common, Object... pairs) {
        Map<String, Object> model = new HashMap<>(common);
        for (int i = 0; i < pairs.length; i += 2) {
            model.put((String) pairs[i], pairs[i + 1]);
        }
        return model;
    }

    private static void clear(Path to) {
        try {
            Files.createDirectories(to);
            for (String folder : PAGE_FOLDERS) {
                Path dir = to.resolve(folder);
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                            Files.delete(p);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare " + to + ": " + e.getMessage(), e);
        }
    }

    private static void copyAssets(Path dir) {
        try {
            Files.createDirectories(dir);
            for (String asset : ASSETS) {
                try (InputStream in = ReportWriter.class.getResourceAsStream("assets/" + asset)) {
                    if (in == null) {
                        throw new IllegalStateException("missing resource assets/" + asset);
                    }
                    Files.copy(in, dir.resolve(asset), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report's assets: " + e.getMessage(), e);
        }
    }
}
