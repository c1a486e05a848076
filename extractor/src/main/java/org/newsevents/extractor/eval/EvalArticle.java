package org.newsevents.extractor.eval;

/**
 * One article under evaluation as it would arrive: the name the gold file gives ({@code article}),
 * its raw text and, for feed items, what the feed said of it (any of these may be null).
 */
public record EvalArticle(String name, String text, String id, String url, String title, String published) {
    public static EvalArticle plainText(String name, String text) {
        return new EvalArticle(name, text, null, null, null, null);
    }
}
