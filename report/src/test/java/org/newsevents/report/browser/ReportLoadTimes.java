package org.newsevents.report.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Measures how long each view of a written report takes to open in headless Chromium: from the start
 * of navigation to the page's script having run (data-ready), median of a few loads. A measurement
 * to report, never a test assertion. Usage: {@code ReportLoadTimes REPORT_DIR [RUNS]}.
 */
public final class ReportLoadTimes {
    private ReportLoadTimes() {
    }

    public static void main(String[] args) throws Exception {
        Path report = Path.of(args[0]).toAbsolutePath();
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String> pages = new ArrayList<>(List.of("index.html", "sanctions.html", "timeline.html", "speakers.html",
            "articles.html"));
        pages.add(largest(report.resolve("articles")));
        pages.add(largest(report.resolve("pairs")));
        pages.add(largest(report.resolve("speakers")));
        try (HeadlessChromium browser = HeadlessChromium.start()) {
            System.out.printf("%-26s %10s %12s %12s%n", "page", "KiB", "ready ms", "load ms");
            for (String page : pages) {
                List<Long> ready = new ArrayList<>();
                List<Long> load = new ArrayList<>();
                for (int i = 0; i < runs; i++) {
                    browser.driver().get("about:blank");
                    browser.open(report.resolve(page));
                    ready.add(Long.parseLong(String.valueOf(browser.script("return document.body.getAttribute('data-ready-ms')"))));
                    load.add(Math.round(((Number) browser.script(
                        "return performance.getEntriesByType('navigation')[0].loadEventEnd")).doubleValue()));
                }
                System.out.printf("%-26s %10d %12d %12d%n", page, Files.size(report.resolve(page)) / 1024,
                    median(ready), median(load));
            }
        }
    }

    private static String largest(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            Path p = files.max(java.util.Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
            return dir.getFileName() + "/" + p.getFileName();
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
