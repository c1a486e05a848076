package org.newsevents.web.bench;

import java.util.List;
import java.util.Locale;

/** The main-content benchmark as a Markdown table: our candidates as measured here, then the peers' published F1. */
public final class BenchmarkTable {
    /** F1 on the whole public benchmark as its README publishes it (not re-measured here). */
    private static final List<String[]> PUBLISHED = List.of(
        new String[] {"trafilatura", "0.958"}, new String[] {"newspaper4k", "0.949"},
        new String[] {"Readability.js", "0.947"}, new String[] {"readability-lxml", "0.922"},
        new String[] {"goose3", "0.896"}, new String[] {"boilerpipe", "0.860"});

    private BenchmarkTable() {}

    public static String render(List<HtmlBenchmark.Result> measured, int pages) {
        StringBuilder out = new StringBuilder();
        out.append("| extractor | precision | recall | F1 | figures from |\n|---|---|---|---|---|\n");
        for (HtmlBenchmark.Result r : measured) {
            out.append(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | measured here, %d pages |%n",
                r.name(), r.precision(), r.recall(), r.f1(), pages));
        }
        for (String[] peer : PUBLISHED) {
            out.append(String.format(Locale.ROOT, "| %s | | | %s | published, whole benchmark |%n", peer[0], peer[1]));
        }
        return out.toString();
    }
}
