package org.newsevents.extractor.pipeline;

import java.util.List;
import java.util.function.LongSupplier;
import org.newsevents.extractor.boilerplate.BoilerplateClassifier;
import org.newsevents.extractor.dates.DateExtractor;
import org.newsevents.extractor.discourse.Discourse;
import org.newsevents.extractor.discourse.DiscourseBuilder;
import org.newsevents.extractor.dates.DateFinding;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.published.PublicationDateResolver;
import org.newsevents.extractor.published.PublicationPrecedence;
import org.newsevents.extractor.published.PublishedDate;
import org.newsevents.extractor.sanctions.SanctionsExtractor;
import org.newsevents.extractor.sanctions.SanctionsFinding;
import org.newsevents.extractor.statements.StatementExtractor;
import org.newsevents.extractor.statements.StatementFinding;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.schemas.Article;
import org.newsevents.web.WebPage;

/**
 * Extracts one article: input checks -> boilerplate -> publication date -> sentence analysis ->
 * dates, statements, sanctions -> Avro records. One instance per thread (it owns an
 * {@link NlpPipeline}); the classifier, resolver, extractors and the OpenNLP models are shared.
 *
 * <p>A web page (contentType text/html) is read first: its body is the text analysed and the one event offsets
 * refer to; the summary carries it. Rejections ({@link ArticleRejectedException}): NO_ARTICLE_TEXT (a page without
 * an article body), EMPTY, BINARY (a NUL, or more than 1% control /
 * replacement characters), TOO_LARGE (over {@link ExtractionLimits#maxChars()}), NOT_ENGLISH
 * ({@code language} given and not "eng"), TIMEOUT.
 *
 * <p>The time budget is cooperative: it is checked after every analyzed sentence and between
 * stages. A stage already running (one extractor over the whole article) is not interrupted
 * mid-way: the extractor interfaces take no deadline, Java cannot stop a CPU-bound thread safely
 * (Thread.stop is gone; interrupts are only seen by code that polls them), and each stage is linear
 * in the text, which {@code maxChars} bounds, so an article can overrun the budget by at most one
 * stage's linear cost before it is rejected.
 */
public final class ArticleExtractor {
    private final BoilerplateClassifier boilerplate;
    private final PublicationPrecedence precedence;
    private final DateExtractor dates;
    private final StatementExtractor statements;
    private final SanctionsExtractor sanctions;
    private final ExtractionLimits limits;
    private final NlpPipeline nlp;
    private final ArticleAnalyzer analyzer;
    private final InputGate gate;
    private final EventAssembler assembler;
    private final String extractorVersion;
    private final LongSupplier nanoClock;
    private final DiscourseBuilder discourseBuilder = DiscourseBuilder.withDefaultGazetteer();

    /** With the extractor version from the build ({@link ExtractorVersion}). */
    public ArticleExtractor(BoilerplateClassifier boilerplate, PublicationDateResolver publication, DateExtractor dates,
                            StatementExtractor statements, SanctionsExtractor sanctions, ExtractionLimits limits) {
        this(boilerplate, publication, dates, statements, sanctions, ExtractorVersion.current(), limits);
    }

    public ArticleExtractor(BoilerplateClassifier boilerplate, PublicationDateResolver publication, DateExtractor dates,
                            StatementExtractor statements, SanctionsExtractor sanctions, String extractorVersion,
                            ExtractionLimits limits) {
        this(new NlpPipeline(), boilerplate, publication, dates, statements, sanctions, extractorVersion, limits, System::nanoTime);
    }

    ArticleExtractor(NlpPipeline nlp, BoilerplateClassifier boilerplate, PublicationDateResolver publication,
                     DateExtractor dates, StatementExtractor statements, SanctionsExtractor sanctions,
                     String extractorVersion, ExtractionLimits limits, LongSupplier nanoClock) {
        if (extractorVersion == null || extractorVersion.isBlank()) {
            throw new IllegalArgumentException("extractorVersion must not be blank");
        }
        this.boilerplate = boilerplate;
        this.precedence = new PublicationPrecedence(publication);
        this.dates = dates;
        this.statements = statements;
        this.sanctions = sanctions;
        this.limits = limits;
        this.extractorVersion = extractorVersion;
        this.nanoClock = nanoClock;
        this.nlp = nlp;
        this.analyzer = new ArticleAnalyzer(nlp, boilerplate, limits.maxChunkChars());
        this.gate = new InputGate(limits);
        this.assembler = new EventAssembler(extractorVersion);
    }

    public String extractorVersion() {
        return extractorVersion;
    }

    /** How many analyzed sentences this extractor's rules needed POS tags for. */
    public NlpPipeline.TaggingCounts taggingCounts() {
        return nlp.counts();
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** @throws ArticleRejectedException when the article cannot or must not be processed */
    public Extraction extract(Article article) {
        Deadline deadline = Deadline.start(limits.timeBudget(), nanoClock);
        gate.check(article);
        ArticleText body = ArticleText.of(article);
        deadline.check("web page body");
        String text = body.text();
        List<Paragraph> paragraphs = boilerplate.classify(text);
        deadline.check("boilerplate classification");
        PublishedDate published = precedence.resolve(text, paragraphs, article.getPublished(),
                body.page().flatMap(WebPage::published), article.getUrl(), article.getReceivedAt());
        deadline.check("publication date");
        AnalyzedArticle analyzed = analyzer.analyze(text, paragraphs, published.date(), deadline);
        Discourse discourse = discourseBuilder.build(analyzed);
        List<DateFinding> dateFindings = dates.extract(analyzed, discourse);
        deadline.check("date extraction");
        List<StatementFinding> statementFindings = statements.extract(analyzed, discourse);
        deadline.check("statement extraction");
        List<SanctionsFinding> sanctionsFindings = sanctions.extract(analyzed);
        deadline.check("sanctions extraction");
        return assembler.assemble(article, body, published, analyzed, dateFindings, statementFindings, sanctionsFindings);
    }
}
