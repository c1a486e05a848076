package org.newsevents.report;

/** An article as the report lists it; {@code page} is its file, relative to the report root. */
public record ArticleRef(int number, String id, String headline, String source, String published,
                         String publishedFrom, String extractorVersion, int statements, int dates, int sanctions) {
    public String page() {
        return "articles/" + number + ".html";
    }

    /** Headline, or the source when the article has none. */
    public String title() {
        return headline != null && !headline.isBlank() ? headline : source != null ? source : id;
    }
}
