package org.newsevents.extractor.discourse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.testing.Articles;

class QuoteMapTest {

    private static AnalyzedArticle article(String text) {
        return Articles.analyze(text, "2024-03-05");
    }

    @Test
    void chainsAQuotationReopenedInEachParagraph() {
        String text = "The minister spoke at length.\n\n"
                + "\"Our farmers have waited long enough for this decision.\n\n"
                + "\"We will support them through the winter,\" she said.\n";
        AnalyzedArticle a = article(text);
        QuoteMap map = QuoteMap.of(a);
        List<QuoteSpan> first = map.inParagraph(1);
        List<QuoteSpan> second = map.inParagraph(2);
        assertThat(first).hasSize(1);
        assertThat(first.get(0).closed()).isFalse();
        assertThat(second).hasSize(1);
        assertThat(second.get(0).continuesPrevious()).isTrue();
        assertThat(second.get(0).chain()).isEqualTo(first.get(0).chain());
    }

    @Test
    void doesNotChainAParagraphThatOpensAfterAClosedQuotation() {
        String text = "\"The port stays open,\" the mayor said.\n\n\"Ships will be inspected,\" she added.\n";
        QuoteMap map = QuoteMap.of(article(text));
        assertThat(map.inParagraph(1).get(0).continuesPrevious()).isFalse();
        assertThat(map.inParagraph(1).get(0).chain()).isNotEqualTo(map.inParagraph(0).get(0).chain());
    }

    @Test
    void findsTheQuotationHoldingAnOffset() {
        String text = "He said \"the deal is done\" and left.\n";
        QuoteMap map = QuoteMap.of(article(text));
        assertThat(map.inQuote(text.indexOf("deal"))).isTrue();
        assertThat(map.inQuote(text.indexOf("left"))).isFalse();
        assertThat(map.quoteAt(text.indexOf("He"))).isNull();
    }
}
