package org.newsevents.extractor.discourse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;

/**
 * Finds the role nouns of an article ("an official", "the spokesman", "Foreign Minister Anna Lee")
 * and links each to the person it names by title ("Minister NAME"), by apposition ("the envoy, NAME,"
 * / "NAME, a spokesman for ...") or to nobody. One linear scan with bounded look-arounds.
 */
final class RoleFinder {
    /** Tokens between an appositive's comma and its role noun ("NAME, a senior trade official"). */
    private static final int APPOSITIVE_WORDS = 6;
    /** Modifiers between a determiner and its role noun ("a senior State Department official"). */
    private static final int MODIFIERS = 5;

    private final NameLexicon lex;

    RoleFinder(NameLexicon lex) {
        this.lex = lex;
    }

    List<RoleMention> find(AnalyzedArticle article, QuoteMap quotes, List<Mention> persons) {
        Map<Integer, Integer> byStart = new HashMap<>();
        Map<Integer, Integer> byEnd = new HashMap<>();
        for (Mention m : persons) {
            byStart.putIfAbsent(m.start(), m.person());
            byEnd.put(m.end(), m.person());
        }
        int headline = article.headline().map(Paragraph::index).orElse(-1);
        List<RoleMention> out = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            if (s.paragraphIndex() == headline || article.paragraph(s.paragraphIndex()).boilerplate()) {
                continue;
            }
            List<Token> t = s.tokens();
            for (int k = 0; k < t.size(); k++) {
                String head = lower(stripPossessive(t.get(k).text()));
                if (lex.roleNouns().contains(head)) {
                    int person = named(t, k, byStart, byEnd);
                    out.add(new RoleMention(head, t.get(k).start(), article(t, k), quotes.inQuote(t.get(k).start()),
                            person));
                }
            }
        }
        return out;
    }

    private int named(List<Token> t, int k, Map<Integer, Integer> byStart, Map<Integer, Integer> byEnd) {
        // "Minister Anna Lee", "Sen. Anna Lee"
        for (int n = k + 1; n < t.size() && n <= k + 2; n++) {
            Integer id = byStart.get(t.get(n).start());
            if (id != null) {
                return id;
            }
            if (!lex.isHonorific(lower(t.get(n).text())) && !t.get(n).text().equals(".")) {
                break;
            }
        }
        // "the envoy, Anna Lee,"
        if (k + 2 < t.size() && t.get(k + 1).text().equals(",")) {
            Integer id = byStart.get(t.get(k + 2).start());
            if (id != null) {
                return id;
            }
        }
        // "Anna Lee, a spokeswoman for ...", not "... to Anna Lee, the official said"
        if (k + 1 < t.size() && !appositionEnds(t.get(k + 1).text())) {
            return -1;
        }
        for (int c = k - 1; c >= 1 && c >= k - APPOSITIVE_WORDS; c--) {
            String w = t.get(c).text();
            if (w.equals(",")) {
                Integer id = byEnd.get(t.get(c - 1).end());
                if (id == null && isPossessive(t.get(c - 1).text())) {
                    id = byEnd.get(t.get(c - 1).end() - 2);
                }
                return id == null ? -1 : id;
            }
            if (lex.speechVerbForms().contains(lower(w)) || isPunctuation(w)) {
                break;
            }
        }
        return -1;
    }

    /** What can follow the role noun of an apposition: a comma, the sentence end, or a preposition. */
    private boolean appositionEnds(String next) {
        return "apposition-end".equals(lex.roleContext().get(lower(next)));
    }

    /** 'i' after "a/an/another", 'd' after "the/this/that", '-' after a possessive or with no determiner. */
    private char article(List<Token> t, int k) {
        for (int d = k - 1; d >= 0 && d >= k - MODIFIERS - 1; d--) {
            String w = t.get(d).text();
            String kind = lex.roleContext().get(lower(w));
            if ("definite".equals(kind) || "indefinite".equals(kind)) {
                return kind.equals("definite") ? 'd' : 'i';
            }
            if (isPossessive(w) || isPunctuation(w) || lex.speechVerbForms().contains(lower(w))) {
                return '-';
            }
        }
        return '-';
    }

    private static boolean isPunctuation(String w) {
        return !w.isEmpty() && !Character.isLetterOrDigit(w.charAt(0));
    }

    private static boolean isPossessive(String w) {
        return PersonFinder.isPossessive(w);
    }

    private static String stripPossessive(String w) {
        return PersonFinder.stripPossessive(w);
    }

    private static String lower(String w) {
        return PersonFinder.lower(w);
    }
}
