package org.newsevents.extractor.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsevents.extractor.boilerplate.MarkerLexicon.Effect;
import org.newsevents.extractor.boilerplate.MarkerLexicon.Marker;
import org.newsevents.extractor.text.Paragraph;

/**
 * Classifies the lines of a scraped page by general page signals, never by site: section markers
 * from {@code markers.tsv} (reason = the marker's reason), tickers of other headlines
 * ({@code TICKER}), link lists with glued section names ({@code LINK_LIST}), short title-case
 * menu items next to other page chrome ({@code NAV}) and a page's own date stamp in its chrome
 * when the story carries its own date below ({@code PAGE_STAMP}).
 *
 * <p>A marker such as "Related Stories", "Latest from" or "Support Our Journalism" found after the
 * story body has started opens a trailing region ({@code <REASON>_REGION}) that runs to the end of
 * the page, because what follows such a marker on a scraped page is other stories. Article prose
 * resumes only on clear evidence: two consecutive long prose paragraphs (20+ words, ending like
 * sentences, no marker), as when an inline "Related" box interrupts a story. Teasers of other
 * stories (a title, then a truncated summary) and donation appeals do not look like that. Before the
 * story body (page header), such a marker only covers the link-like lines that directly follow it.
 *
 * <p>Paragraphs are the non-blank lines, with exact offsets ({@code \r} excluded). Stateless after
 * construction, so one instance serves every thread.
 */
public final class HeuristicBoilerplateClassifier implements BoilerplateClassifier {
    static final String CATEGORIES_RESOURCE = "link-categories.txt";
    public static final String TICKER = "TICKER";
    public static final String LINK_LIST = "LINK_LIST";
    public static final String NAV = "NAV";
    public static final String PAGE_STAMP = "PAGE_STAMP";
    static final String REGION_SUFFIX = "_REGION";
    /** Reasons that make a line page chrome for its neighbours (menus, share bars, tickers). */
    private static final Set<String> CHROME = Set.of("SOCIAL", "WIDGET", NAV, TICKER, LINK_LIST, PAGE_STAMP);
    private static final int BODY_PROSE_WORDS = 12;
    private static final int RESUME_PROSE_WORDS = 20;
    private static final int GENERIC_GLUE_MIN_LETTERS = 5;

    private final MarkerLexicon markers;
    private final Set<String> categories;

    public HeuristicBoilerplateClassifier() {
        this(MarkerLexicon.load(), loadCategories());
    }

    HeuristicBoilerplateClassifier(MarkerLexicon markers, Set<String> categories) {
        this.markers = markers;
        this.categories = Set.copyOf(categories);
    }

    private static Set<String> loadCategories() {
        return Set.copyOf(org.newsevents.extractor.text.LexiconFile.lines(HeuristicBoilerplateClassifier.class, CATEGORIES_RESOURCE));
    }

    @Override
    public List<Paragraph> classify(String text) {
        Page page = Page.of(text, markers);
        String[] reason = new String[page.size()];
        markLocalSignals(page, reason);
        markGenericLinkRuns(page, reason);
        markRegions(page, reason);
        markNavigation(page, reason);
        markPageStamps(page, reason);
        List<Paragraph> out = new ArrayList<>(page.size());
        for (int i = 0; i < page.size(); i++) {
            Page.Line l = page.line(i);
            out.add(new Paragraph(i, l.start(), l.end(), text.substring(l.start(), l.end()), reason[i] != null, reason[i]));
        }
        return out;
    }

    /** Markers that act on one or two lines, tickers and link lines with a known section name. */
    private void markLocalSignals(Page page, String[] reason) {
        for (int i = 0; i < page.size(); i++) {
            Optional<Marker> m = page.line(i).marker();
            LineText t = page.line(i).text();
            if (m.isPresent() && m.get().effect() != Effect.REGION) {
                reason[i] = m.get().reason();
                if (m.get().effect() == Effect.NEXT && i + 1 < page.size()
                        && !LineShape.isProse(page.line(i + 1).text(), RESUME_PROSE_WORDS)) {
                    reason[i + 1] = m.get().reason();
                }
            } else if (m.isEmpty() && LineShape.isTicker(t)) {
                reason[i] = TICKER;
            } else if (m.isEmpty() && categories.contains(LineShape.gluedPrefix(t.text()))) {
                reason[i] = LINK_LIST;
            }
        }
    }

    /** Two or more adjacent lines starting with an unknown glued word, or one next to a link list, are a link list too. */
    private static void markGenericLinkRuns(Page page, String[] reason) {
        int runStart = -1;
        for (int i = 0; i <= page.size(); i++) {
            boolean glued = i < page.size() && reason[i] == null
                    && LineShape.gluedPrefix(page.line(i).text().text()).length() >= GENERIC_GLUE_MIN_LETTERS;
            if (glued && runStart < 0) {
                runStart = i;
            } else if (!glued && runStart >= 0) {
                boolean besideList = runStart > 0 && LINK_LIST.equals(reason[runStart - 1]) || i < page.size() && LINK_LIST.equals(reason[i]);
                if (i - runStart >= 2 || besideList) {
                    for (int k = runStart; k < i; k++) {
                        reason[k] = LINK_LIST;
                    }
                }
                runStart = -1;
            }
        }
    }

    private static void markRegions(Page page, String[] reason) {
        boolean bodySeen = false;
        String region = null;
        for (int i = 0; i < page.size(); i++) {
            Optional<Marker> m = page.line(i).marker().filter(x -> x.effect() == Effect.REGION);
            if (region != null) {
                if (m.isPresent()) {
                    region = m.get().reason();
                    reason[i] = region;
                    continue;
                }
                if (!resumesProse(page, reason, i)) {
                    if (reason[i] == null) {
                        reason[i] = region + REGION_SUFFIX;
                    }
                    continue;
                }
                region = null;
            }
            if (m.isPresent()) {
                reason[i] = m.get().reason();
                if (bodySeen) {
                    region = m.get().reason();
                } else {
                    i = markHeaderList(page, reason, i, m.get().reason() + REGION_SUFFIX);
                }
                continue;
            }
            if (reason[i] == null && LineShape.isProse(page.line(i).text(), BODY_PROSE_WORDS)) {
                bodySeen = true;
            }
        }
    }

    /** Clear article prose: this and the next line are long sentences and carry no marker. */
    private static boolean resumesProse(Page page, String[] reason, int i) {
        return i + 1 < page.size() && isPlainLongProse(page, reason, i) && isPlainLongProse(page, reason, i + 1);
    }

    private static boolean isPlainLongProse(Page page, String[] reason, int i) {
        return reason[i] == null && page.line(i).marker().isEmpty() && LineShape.isProse(page.line(i).text(), RESUME_PROSE_WORDS);
    }

    /** A list marker in the page header covers the link-like lines after it; returns the last line covered. */
    private static int markHeaderList(Page page, String[] reason, int marker, String code) {
        int i = marker + 1;
        while (i < page.size()) {
            LineText t = page.line(i).text();
            boolean headlineOfStory = i + 1 < page.size() && isStoryStamp(page.line(i + 1).text());
            boolean linkLike = reason[i] != null || LineShape.isTitleLike(t) || LineShape.isShortTitleCase(t);
            if (!linkLike || headlineOfStory || LineShape.isProse(t, BODY_PROSE_WORDS)) {
                break;
            }
            if (reason[i] == null) {
                reason[i] = code;
            }
            i++;
        }
        return i - 1;
    }

    private static boolean isStoryStamp(LineText t) {
        return LineShape.isByline(t) || LineShape.isDateLine(t);
    }

    /**
     * Short title-case lines (menu items, tags, section names) next to page chrome, or in runs of
     * three or more. The last line of such a run right above a byline or date line is kept: it may be a headline.
     */
    private static void markNavigation(Page page, String[] reason) {
        int i = 0;
        while (i < page.size()) {
            if (reason[i] != null || !LineShape.isShortTitleCase(page.line(i).text())) {
                i++;
                continue;
            }
            int end = i;
            while (end + 1 < page.size() && reason[end + 1] == null && LineShape.isShortTitleCase(page.line(end + 1).text())) {
                end++;
            }
            boolean nextToChrome = isChrome(reason, i - 1) || isChrome(reason, end + 1);
            boolean aboveStamp = end + 1 < page.size() && isStoryStamp(page.line(end + 1).text());
            if (end - i + 1 >= 3 || nextToChrome) {
                int last = aboveStamp ? end - 1 : end;
                for (int k = i; k <= last; k++) {
                    reason[k] = NAV;
                }
            }
            i = end + 1;
        }
    }

    private static boolean isChrome(String[] reason, int i) {
        return i >= 0 && i < reason.length && reason[i] != null && CHROME.contains(reason[i]);
    }

    /**
     * A bare date/time line inside page chrome is the page's own stamp (the scrape or "today"
     * date), not the story's, when the story gives its own date further down before its body.
     */
    private static void markPageStamps(Page page, String[] reason) {
        for (int i = 0; i < page.size(); i++) {
            if (reason[i] != null || !LineShape.isDateLine(page.line(i).text())) {
                continue;
            }
            if (!isChrome(reason, i - 1) && !isChrome(reason, i + 1)) {
                continue;
            }
            for (int k = i + 1; k < page.size(); k++) {
                LineText t = page.line(k).text();
                if (reason[k] == null && LineShape.hasDate(t)) {
                    reason[i] = PAGE_STAMP;
                    break;
                }
                if (reason[k] == null && LineShape.isProse(t, BODY_PROSE_WORDS)) {
                    break;
                }
            }
        }
    }
}
