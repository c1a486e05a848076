package org.newsevents.web;

import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text of an element with one blank line between blocks (paragraphs, headings, list items), whitespace inside a
 * block collapsed. jsoup's {@code Element.text()} joins blocks with a single space, which would glue a heading to the
 * first sentence and lose the paragraph breaks that the sentence splitter and the dateline rules rely on.
 */
public final class BlockText {
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
        "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "figure",
        "figcaption", "table", "tr", "br", "hr", "aside", "nav", "address", "center", "form", "fieldset", "details", "summary");
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "iframe", "svg",
        "button", "select", "textarea", "input", "object", "embed", "canvas");

    private BlockText() {}

    public static String of(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder block = new StringBuilder();
        NodeTraversor.filter(new org.jsoup.select.NodeFilter() {
            @Override public FilterResult head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (SKIPPED.contains(e.normalName())) return FilterResult.SKIP_ENTIRELY;
                    if (BLOCKS.contains(e.normalName())) flush(out, block);
                } else if (node instanceof TextNode t) {
                    block.append(t.getWholeText());
                }
                return FilterResult.CONTINUE;
            }

            @Override public FilterResult tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) flush(out, block);
                else if (node instanceof Element e && "td".equals(e.normalName())) block.append(' ');
                return FilterResult.CONTINUE;
            }
        }, root);
        flush(out, block);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder block) {
        String text = collapse(block);
        block.setLength(0);
        if (text.isEmpty()) return;
        if (out.length() > 0) out.append("\n\n");
        out.append(text);
    }

    private static String collapse(CharSequence raw) {
        StringBuilder s = new StringBuilder(raw.length());
        boolean space = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = s.length() > 0;
            } else {
                if (space) s.append(' ');
                space = false;
                s.append(c);
            }
        }
        return s.toString();
    }
}
