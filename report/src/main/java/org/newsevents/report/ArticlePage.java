package org.newsevents.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;

/** One article's page: its text cut into highlighted segments, and its events with their fields. */
public record ArticlePage(ArticleRef article, String textSource, List<Highlighter.Segment> segments,
                          List<EventView> events) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** An event as listed on the page; {@code fieldsJson} is shown, as text, when it is clicked. */
    public record EventView(EventRef ref, String fieldsJson, boolean placed) {
    }

    static ArticlePage of(ArticleRef article, String body, ArticleTexts texts, List<EventRef> events) {
        String suppliedText = body != null ? null : texts.text(article.id());
        String text = body != null ? body : suppliedText;
        String source = body != null ? "body" : suppliedText != null ? "text" : null;
        List<EventView> views = events.stream()
            .map(e -> new EventView(e, json(e), text != null && Highlighter.fits(e, text))).toList();
        return new ArticlePage(article, source,
            text == null ? List.of() : Highlighter.segments(text, events, texts.boilerplate(text)), views);
    }

    private static String json(EventRef e) {
        try {
            return JSON.writeValueAsString(e.fields());
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
