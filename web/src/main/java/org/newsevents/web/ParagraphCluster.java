package org.newsevents.web;

import java.util.HashMap;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Own DOM scoring, the fallback when Readability returns next to nothing (it does on some pages whose paragraphs sit
 * in deep wrappers): the element whose paragraphs hold the most text, outside links, wins; its text is the body.
 */
final class ParagraphCluster implements MainContent {
    private static final int MIN_PARAGRAPH = 25;

    @Override public String name() {
        return "paragraph cluster (own DOM scoring)";
    }

    @Override public String body(Document page) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : page.select("p, pre, blockquote")) {
            String text = p.text();
            if (text.length() < MIN_PARAGRAPH) continue;
            double score = text.length() - linkText(p);
            Element parent = p.parent();
            if (parent == null) continue;
            scores.merge(parent, score, Double::sum);
            if (parent.parent() != null) scores.merge(parent.parent(), score / 2, Double::sum);
        }
        return scores.entrySet().stream().max(Map.Entry.comparingByValue())
            .map(best -> BlockText.of(best.getKey())).orElse("");
    }

    private static int linkText(Element e) {
        return e.select("a").stream().mapToInt(a -> a.text().length()).sum();
    }
}
