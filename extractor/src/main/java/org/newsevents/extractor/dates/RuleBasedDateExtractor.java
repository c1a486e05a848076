package org.newsevents.extractor.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsevents.extractor.discourse.Discourse;
import org.newsevents.extractor.discourse.QuoteMap;
import org.newsevents.extractor.discourse.QuoteSpan;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.extractor.text.Token;
import org.newsevents.schemas.Granularity;

/**
 * Finds TimeML DATE expressions in the content sentences with the token grammar of
 * {@link DateExpressionMatcher} and normalizes them to the publication date. Relative dates inside
 * a quote are resolved against the day the speaker spoke when the same paragraph gives it outside
 * the quotes next to a speech verb ({@code "... tomorrow," he said on Friday}); otherwise against
 * the publication date. Immutable and thread-safe: one instance can serve every stream thread.
 */
public final class RuleBasedDateExtractor implements DateExtractor {
    private final DateLexicon lexicon;
    private final DateExpressionMatcher matcher;

    public RuleBasedDateExtractor() {
        this(DateLexicon.get());
    }

    public RuleBasedDateExtractor(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.matcher = new DateExpressionMatcher(lexicon);
    }

    public static RuleBasedDateExtractor load() {
        return new RuleBasedDateExtractor();
    }

    @Override
    public List<DateFinding> extract(AnalyzedArticle article, Discourse discourse) {
        LocalDate published = Objects.requireNonNull(article.published(),
                "article has no publication date: resolve it before extracting dates");
        List<DateFinding> out = new ArrayList<>();
        Reference lastSet = new Reference();
        List<Sentence> sentences = article.sentences();
        int s = 0;
        while (s < sentences.size()) {
            int paragraphIndex = sentences.get(s).paragraphIndex();
            int e = s;
            while (e < sentences.size() && sentences.get(e).paragraphIndex() == paragraphIndex) {
                e++;
            }
            extractParagraph(article, discourse.quotes(), sentences.subList(s, e), published, lastSet, out);
            s = e;
        }
        return out;
    }

    private void extractParagraph(AnalyzedArticle article, QuoteMap quotes, List<Sentence> sentences,
                                  LocalDate published, Reference lastSet, List<DateFinding> out) {
        String text = article.text();
        // One token stream per paragraph: a date may straddle a sentence split ("Jan. | 28, 2019").
        List<Token> tagged = new ArrayList<>();
        sentences.forEach(sentence -> tagged.addAll(sentence.tokens()));
        int from = sentences.get(0).start();
        List<LexToken> tokens = DateLexer.lex(text, from, sentences.get(sentences.size() - 1).end(), tagged);
        int[] sentenceOf = new int[tokens.size()];
        boolean[] speechSentence = new boolean[sentences.size()];
        int si = 0;
        for (int k = 0; k < tokens.size(); k++) {
            while (si + 1 < sentences.size() && tokens.get(k).start() >= sentences.get(si + 1).start()) {
                si++;
            }
            sentenceOf[k] = si;
            speechSentence[si] |= lexicon.speechVerbs.contains(tokens.get(k).lower());
        }
        DateExpressionMatcher.Scope scope = matcher.scope(tokens, sentenceOf);
        List<Found> found = new ArrayList<>();
        LocalDate speechDay = null;
        int i = 0;
        while (i < tokens.size()) {
            int named = tokens.get(i).isWord() ? matcher.namedDayLength(tokens, i) : 0;
            if (named > 0) {
                i += named; // "Good Friday", "May Day": not calendar dates
                continue;
            }
            DateMatch m = matcher.match(tokens, i, scope, published);
            if (m == null) {
                i++;
                continue;
            }
            int start = tokens.get(m.startToken()).start();
            int end = tokens.get(m.endToken() - 1).end();
            boolean quoted = inDoubleQuotes(quotes, start);
            found.add(new Found(start, end, m, quoted));
            if (speechDay == null && speechSentence[sentenceOf[i]] && !quoted) {
                DateValues.Value v = m.resolve(published);
                if (v != null && v.granularity() == Granularity.DAY) {
                    speechDay = LocalDate.parse(v.value());
                }
            }
            i = m.endToken();
        }
        Reference paragraphSet = new Reference();
        for (Found f : found) {
            DateValues.Value v = f.match.resolve(anchor(f, published, speechDay, lastSet, paragraphSet));
            if (v == null || !lastSet.fits(f.match, v) || !paragraphSet.fits(f.match, v)) {
                continue;
            }
            out.add(new DateFinding(f.start, f.end, text.substring(f.start, f.end), v.value(), v.granularity()));
            lastSet.set(v);
            paragraphSet.set(v);
        }
    }

    private static LocalDate anchor(Found f, LocalDate published, LocalDate speechDay, Reference lastSet, Reference paragraphSet) {
        return switch (f.match.anaphora()) {
            case PREVIOUS -> lastSet.dayOr(published);
            case PARAGRAPH -> paragraphSet.dayOr(published);
            case NONE -> f.quoted && f.match.relative() && speechDay != null ? speechDay : published;
        };
    }

    /** The date the text last set, as the first day of its period, for anaphoric references ("that year"). */
    private static final class Reference {
        private DateValues.Value value;

        void set(DateValues.Value v) {
            value = v;
        }

        LocalDate dayOr(LocalDate fallback) {
            return value == null ? fallback : DateValues.start(value);
        }

        /** False when an anaphoric match would be finer than the date it refers to ("that month" after "in 2015"). */
        boolean fits(DateMatch m, DateValues.Value v) {
            return m.anaphora() == DateMatch.Anaphora.NONE || value == null
                    || v.granularity().ordinal() >= value.granularity().ordinal();
        }
    }

    /** Single quotation marks in news mark titles and scare quotes, not a speaker's words. */
    private static boolean inDoubleQuotes(QuoteMap quotes, int offset) {
        QuoteSpan q = quotes.quoteAt(offset);
        return q != null && !q.single();
    }

    private record Found(int start, int end, DateMatch match, boolean quoted) {
    }
}
