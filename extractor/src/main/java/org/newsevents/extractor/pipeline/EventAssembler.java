package org.newsevents.extractor.pipeline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.extractor.actors.ActorRef;
import org.newsevents.extractor.dates.DateFinding;
import org.newsevents.extractor.published.PublishedDate;
import org.newsevents.extractor.sanctions.SanctionsFinding;
import org.newsevents.extractor.statements.StatementFinding;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.web.WebPage;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.extractor.text.Sentence;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.Granularity;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Speaker;
import org.newsevents.schemas.Statement;

/**
 * Turns the extractors' findings into the Avro records: deterministic ids, text taken from the raw
 * article at the finding's offsets, lists sorted by start offset, and the dating of statements
 * and sanctions mentions.
 *
 * <p>Dating: a statement's {@code date} is the value of the DAY-granular date mention nearest to its
 * speech verb in the same sentence ("Miller said on Monday"), a sanctions mention's that of the
 * nearest one in the sentence of the mention; null when that sentence names no day (a month or a
 * year does not date a speech act) or the statement has no cue offset.
 *
 * <p>Findings inside boilerplate are not events (GUIDELINES section 0); extractors only see content
 * sentences, so this is a guard, and a finding whose offsets fall outside the text is an extractor
 * bug that fails the article loudly.
 */
final class EventAssembler {
    static final String DATE = "date";
    static final String STATEMENT = "statement";
    static final String SANCTIONS = "sanctions";

    private final String version;

    EventAssembler(String version) {
        this.version = version;
    }

    Extraction assemble(Article article, ArticleText body, PublishedDate published, AnalyzedArticle analyzed,
                        List<DateFinding> dateFindings, List<StatementFinding> statementFindings,
                        List<SanctionsFinding> sanctionsFindings) {
        String id = article.getId();
        String text = analyzed.text();
        Ids ids = new Ids(id);

        List<DateFinding> kept = new ArrayList<>();
        for (DateFinding f : dateFindings) {
            if (isContent(analyzed, f.start(), f.end(), "date")) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(DateFinding::start).thenComparingInt(DateFinding::end));
        List<DateMention> dates = new ArrayList<>();
        for (DateFinding f : kept) {
            dates.add(DateMention.newBuilder()
                    .setEventId(ids.next(DATE, f.start(), f.end(), f.value()))
                    .setArticleId(id).setSource(article.getSource())
                    .setStart(f.start()).setEnd(f.end()).setText(text.substring(f.start(), f.end()))
                    .setValue(f.value()).setGranularity(f.granularity()).setExtractorVersion(version)
                    .build());
        }

        List<Statement> statements = new ArrayList<>();
        for (StatementFinding f : sorted(statementFindings, StatementFinding::start, StatementFinding::end)) {
            if (!isContent(analyzed, f.start(), f.end(), "statement")) {
                continue;
            }
            statements.add(Statement.newBuilder()
                    .setEventId(ids.next(STATEMENT, f.start(), f.end(), String.valueOf(f.speakerName())))
                    .setArticleId(id).setSource(article.getSource())
                    .setStart(f.start()).setEnd(f.end()).setQuote(text.substring(f.start(), f.end()))
                    .setDirect(f.direct())
                    .setSpeaker(Speaker.newBuilder().setName(f.speakerName()).setTitle(f.speakerTitle()).setCode(f.speakerCode()).build())
                    .setCue(f.cue())
                    .setDate(f.cueStart() < 0 ? null : dayNear(analyzed, kept, f.cueStart()))
                    .setExtractorVersion(version)
                    .build());
        }

        List<SanctionsMention> sanctions = new ArrayList<>();
        for (SanctionsFinding f : sorted(sanctionsFindings, SanctionsFinding::start, SanctionsFinding::end)) {
            if (!isContent(analyzed, f.start(), f.end(), "sanctions mention")) {
                continue;
            }
            sanctions.add(SanctionsMention.newBuilder()
                    .setEventId(ids.next(SANCTIONS, f.start(), f.end(), f.trigger()))
                    .setArticleId(id).setSource(article.getSource())
                    .setStart(f.start()).setEnd(f.end()).setText(text.substring(f.start(), f.end()))
                    .setTrigger(f.trigger()).setAction(f.action())
                    .setImposer(f.imposer() == null ? null : actor(f.imposer()))
                    .setTargets(f.targets().stream().map(EventAssembler::actor).toList())
                    .setDate(dayNear(analyzed, kept, f.start()))
                    .setExtractorVersion(version)
                    .build());
        }

        ArticleSummary summary = ArticleSummary.newBuilder()
                .setArticleId(id).setSource(article.getSource())
                .setPublished(published.date() == null ? null : published.date().toString())
                .setPublishedFrom(published.from())
                .setHeadline(body.page().flatMap(WebPage::headline)
                        .or(() -> analyzed.headline().map(Paragraph::text).map(String::strip)).orElse(null))
                .setBody(body.bodyForSummary())
                .setStatementCount(statements.size()).setDateCount(dates.size()).setSanctionsCount(sanctions.size())
                .setExtractorVersion(version)
                .build();
        return new Extraction(summary, statements, dates, sanctions);
    }

    private static <T> List<T> sorted(List<T> in, java.util.function.ToIntFunction<T> start, java.util.function.ToIntFunction<T> end) {
        List<T> out = new ArrayList<>(in);
        out.sort(Comparator.comparingInt(start).thenComparingInt(end));
        return out;
    }

    private static Actor actor(ActorRef ref) {
        String name = ref.name() != null ? ref.name() : ref.code() != null ? ref.code() : "";
        return Actor.newBuilder().setCode(ref.code()).setName(name).build();
    }

    private static boolean isContent(AnalyzedArticle a, int start, int end, String what) {
        if (start < 0 || end < start || end > a.text().length()) {
            throw new IllegalStateException("extractor returned a " + what + " span [" + start + ", " + end
                    + ") outside the text of " + a.text().length() + " chars");
        }
        return !a.inBoilerplate(start);
    }

    /** Value of the DAY date nearest to {@code offset} inside the sentence holding {@code offset}, or null. */
    static String dayNear(AnalyzedArticle a, List<DateFinding> dates, int offset) {
        Sentence s = sentenceAt(a.sentences(), offset);
        if (s == null) {
            return null;
        }
        DateFinding best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (DateFinding d : dates) {
            if (d.granularity() != Granularity.DAY || d.start() < s.start() || d.end() > s.end()) {
                continue;
            }
            int distance = d.start() >= offset ? d.start() - offset : offset - d.end();
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best == null ? null : best.value();
    }

    static Sentence sentenceAt(List<Sentence> sentences, int offset) {
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Sentence s = sentences.get(mid);
            if (offset < s.start()) {
                hi = mid - 1;
            } else if (offset >= s.end()) {
                lo = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }

    /** Ids with an ordinal for findings that would otherwise share one (same type, span and discriminator). */
    private final class Ids {
        private final String articleId;
        private final Map<String, Integer> seen = new HashMap<>();

        Ids(String articleId) {
            this.articleId = articleId;
        }

        String next(String type, int start, int end, String discriminator) {
            String key = type + '|' + start + '|' + end + '|' + discriminator;
            int n = seen.merge(key, 1, Integer::sum);
            return EventIds.of(articleId, version, type, start, end, n == 1 ? discriminator : discriminator + '#' + n);
        }
    }
}
