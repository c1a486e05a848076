package org.newsevents.cli.commands;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsevents.web.ArticleBody;
import org.newsevents.web.JsonLdBody;
import org.newsevents.web.MainContent;
import org.newsevents.web.ReadabilityContent;
import org.newsevents.web.WholePageText;
import org.newsevents.web.bench.BenchmarkTable;
import org.newsevents.web.bench.HtmlBenchmark;

/** {@code eval --html DIR}: the body step and the candidates it was chosen from, on the article-body benchmark. */
final class HtmlEval {
    private HtmlEval() {}

    static String run(Path dir) throws IOException {
        List<HtmlBenchmark.Page> pages = HtmlBenchmark.load(dir);
        List<HtmlBenchmark.Result> results = new ArrayList<>();
        for (MainContent candidate : List.of(new ArticleBody(), new ReadabilityContent(), new JsonLdBody(), new WholePageText())) {
            results.add(HtmlBenchmark.run(candidate, pages));
        }
        return BenchmarkTable.render(results, pages.size());
    }
}
