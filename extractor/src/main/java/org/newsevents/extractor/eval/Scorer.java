package org.newsevents.extractor.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.newsevents.extractor.eval.GoldLoader.GoldSpans;
import org.newsevents.extractor.eval.GreedyMatcher.Pair;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;

/** Scores one article's system output against its gold, as GUIDELINES.md's Scoring paragraphs say. */
public final class Scorer {
    static final double MIN_QUOTE_F1 = 0.5;

    private Scorer() {
    }

    public static ArticleScore score(String article, String text, GoldSpans gold, SystemOutput sys, String error) {
        // Dates: overlap ranks the pairs; the value match is a separate matching that requires equal values.
        List<Pair> dateSpanMatches = GreedyMatcher.match(gold.dates(), sys.dates(),
                (g, s) -> Spans.overlapLength(g.start(), g.end(), s.start(), s.end()));
        Counts datesValue = counts(GreedyMatcher.match(gold.dates(), sys.dates(),
                (g, s) -> Objects.equals(g.value(), s.value()) ? Spans.overlapLength(g.start(), g.end(), s.start(), s.end()) : 0),
                sys.dates().size(), gold.dates().size());
        Counts datesSpan = counts(dateSpanMatches, sys.dates().size(), gold.dates().size());

        List<Pair> quoteMatches = GreedyMatcher.match(gold.statements(), sys.statements(), Scorer::quoteScore);
        Counts quotes = counts(quoteMatches, sys.statements().size(), gold.statements().size());
        Ratio lastName = Ratio.ZERO;
        Ratio fullName = Ratio.ZERO;
        for (Pair p : quoteMatches) {
            QuoteSpan g = gold.statements().get(p.gold());
            QuoteSpan s = sys.statements().get(p.sys());
            lastName = lastName.plus(sameLastName(g.speaker(), s.speaker()));
            fullName = fullName.plus(normalizeName(g.speaker()).equals(normalizeName(s.speaker())));
        }
        Counts statements = counts(GreedyMatcher.match(gold.statements(), sys.statements(),
                (g, s) -> sameLastName(g.speaker(), s.speaker()) ? quoteScore(g, s) : 0),
                sys.statements().size(), gold.statements().size());
        Counts direct = statementsOfKind(gold, sys, true);
        Counts indirect = statementsOfKind(gold, sys, false);

        SentenceIndex sentences = new SentenceIndex(text);
        List<Pair> sanctionMatches = GreedyMatcher.match(gold.sanctions(), sys.sanctions(), (g, s) ->
                sentences.sentenceOf(g.start()) == sentences.sentenceOf(s.start())
                        ? Spans.overlapLength(g.start(), g.end(), s.start(), s.end()) : 0);
        Counts sanctions = counts(sanctionMatches, sys.sanctions().size(), gold.sanctions().size());
        Ratio action = Ratio.ZERO;
        Ratio imposer = Ratio.ZERO;
        Ratio targets = Ratio.ZERO;
        int rolesRight = 0;
        ActionConfusion confusion = ActionConfusion.EMPTY;
        for (Pair p : sanctionMatches) {
            SanctionSpan g = gold.sanctions().get(p.gold());
            SanctionSpan s = sys.sanctions().get(p.sys());
            action = action.plus(Objects.equals(g.action(), s.action()));
            imposer = imposer.plus(Objects.equals(g.imposer(), s.imposer()));
            targets = targets.plus(g.targets().equals(s.targets()));
            rolesRight += sameRoles(g, s) ? 1 : 0;
            confusion = confusion.plus(g.action(), s.action());
        }
        Counts roles = new Counts(rolesRight, sys.sanctions().size(), gold.sanctions().size());

        ErrorLister errors = new ErrorLister(text);
        errors.dates(gold, sys, dateSpanMatches);
        errors.statements(gold, sys, quoteMatches);
        errors.sanctions(gold, sys, sanctionMatches);

        Ratio published = gold.published() == null ? Ratio.ZERO : new Ratio(gold.published().equals(sys.published()) ? 1 : 0, 1);
        return new ArticleScore(article, datesValue, datesSpan, statements, quotes, direct, indirect, lastName, fullName,
                sanctions, roles, action, imposer, targets, confusion, published, error, errors.lines());
    }

    /** Statements of one kind (direct or indirect) matched among themselves, speaker last name required. */
    private static Counts statementsOfKind(GoldSpans gold, SystemOutput sys, boolean direct) {
        List<QuoteSpan> g = gold.statements().stream().filter(q -> Objects.equals(q.direct(), direct)).toList();
        List<QuoteSpan> s = sys.statements().stream().filter(q -> Objects.equals(q.direct(), direct)).toList();
        return counts(GreedyMatcher.match(g, s, (a, b) -> sameLastName(a.speaker(), b.speaker()) ? quoteScore(a, b) : 0),
                s.size(), g.size());
    }

    /** Action, imposer and target set all equal: what an analyst needs of a mention. */
    static boolean sameRoles(SanctionSpan g, SanctionSpan s) {
        return Objects.equals(g.action(), s.action()) && Objects.equals(g.imposer(), s.imposer()) && g.targets().equals(s.targets());
    }

    private static Counts counts(List<Pair> matches, int sys, int gold) {
        return new Counts(matches.size(), sys, gold);
    }

    /** Token F1 of the two quotes when their spans overlap and it reaches 0.5, else 0. */
    static double quoteScore(QuoteSpan g, QuoteSpan s) {
        if (!Spans.overlap(g.start(), g.end(), s.start(), s.end())) {
            return 0;
        }
        double f1 = tokenF1(g.quote(), s.quote());
        return f1 >= MIN_QUOTE_F1 ? f1 : 0;
    }

    /** F1 of the two bags of lower-cased letter/digit tokens. */
    static double tokenF1(String a, String b) {
        List<String> ta = tokens(a);
        List<String> tb = tokens(b);
        if (ta.isEmpty() || tb.isEmpty()) {
            return 0;
        }
        Map<String, Integer> bag = new HashMap<>();
        ta.forEach(t -> bag.merge(t, 1, Integer::sum));
        int common = 0;
        for (String t : tb) {
            Integer n = bag.get(t);
            if (n != null && n > 0) {
                common++;
                bag.put(t, n - 1);
            }
        }
        return 2.0 * common / (ta.size() + tb.size());
    }

    static List<String> tokens(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) {
            return out;
        }
        StringBuilder cur = new StringBuilder();
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                cur.append(Character.toLowerCase(c));
            } else if (cur.length() > 0) {
                out.add(cur.toString());
                cur.setLength(0);
            }
        }
        return out;
    }

    /** Last token of a name, lower-cased ("Matthew Miller" -> "miller", "Kim Yong-hyun" -> "yong-hyun"). */
    static String lastName(String name) {
        if (name == null) {
            return "";
        }
        String[] parts = name.strip().split("\\s+");
        String last = parts[parts.length - 1].toLowerCase(Locale.ROOT);
        int from = 0;
        int to = last.length();
        while (from < to && !Character.isLetterOrDigit(last.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(last.charAt(to - 1))) {
            to--;
        }
        return last.substring(from, to);
    }

    static boolean sameLastName(String a, String b) {
        String la = lastName(a);
        return !la.isEmpty() && la.equals(lastName(b));
    }

    private static String normalizeName(String name) {
        return name == null ? "" : String.join(" ", name.strip().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
