package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HighlighterTest {
    private static final ArticleRef ARTICLE = new ArticleRef(1, "a", null, null, null, null, null, 0, 0, 0);

    private static EventRef event(String anchor, String type, int start, int end) {
        return new EventRef(ARTICLE, anchor, type, start, end, anchor, null);
    }

    @Test
    void nestedEventsCutTheTextSoThatEachSegmentNamesEveryEventCoveringIt() {
        String text = "He said sanctions on 5 May would stay.";
        List<Highlighter.Segment> segments = Highlighter.segments(text, List.of(
            event("e1", "statement", 8, 37), event("e2", "sanctions", 8, 26), event("e3", "date", 21, 26)), List.of());
        assertThat(segments).extracting(Highlighter.Segment::text)
            .containsExactly("He said ", "sanctions on ", "5 May", " would stay", ".");
        assertThat(segments).extracting(Highlighter.Segment::events)
            .containsExactly("", "e1 e2", "e1 e2 e3", "e1", "");
        assertThat(segments.get(2).types()).isEqualTo("hl-date hl-sanctions hl-statement");
    }

    @Test
    void offsetsAreUtf16AndEventsOutsideTheTextAreLeftOut() {
        String text = "😀 Sanctions";
        List<Highlighter.Segment> segments = Highlighter.segments(text, List.of(
            event("e1", "sanctions", 3, 12), event("e2", "date", 5, 99)), List.of());
        assertThat(segments).extracting(Highlighter.Segment::text).containsExactly("😀 ", "Sanctions");
        assertThat(segments.get(1).events()).isEqualTo("e1");
    }

    @Test
    void boilerplateIsCutOutAndNamedWithItsReason() {
        String text = "Home | World\nSanctions were imposed.";
        List<Highlighter.Segment> segments = Highlighter.segments(text, List.of(event("e1", "sanctions", 13, 36)),
            List.of(new ArticleTexts.Boilerplate(0, 12, "NAV")));
        assertThat(segments).extracting(Highlighter.Segment::boilerplate).containsExactly("NAV", null, null);
        assertThat(segments).extracting(Highlighter.Segment::text).containsExactly("Home | World", "\n", "Sanctions were imposed.");
    }
}
