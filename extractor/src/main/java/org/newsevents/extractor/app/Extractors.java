package org.newsevents.extractor.app;

import java.time.Duration;
import java.util.function.Function;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.actors.Gazetteer;
import org.newsevents.extractor.boilerplate.BoilerplateClassifier;
import org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier;
import org.newsevents.extractor.dates.DateExtractor;
import org.newsevents.extractor.dates.RuleBasedDateExtractor;
import org.newsevents.extractor.pipeline.ArticleExtractor;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.extractor.pipeline.ExtractionLimits;
import org.newsevents.extractor.pipeline.ExtractorVersion;
import org.newsevents.extractor.published.PublicationDateResolver;
import org.newsevents.extractor.published.TextPublicationDateResolver;
import org.newsevents.extractor.sanctions.RuleBasedSanctionsExtractor;
import org.newsevents.extractor.sanctions.SanctionsExtractor;
import org.newsevents.extractor.statements.RuleBasedStatementExtractor;
import org.newsevents.extractor.statements.StatementExtractor;
import org.newsevents.schemas.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The production extractor, wired once per process: lexicons, gazetteer and models are loaded
 * here and shared (all immutable); {@link #newExtractor()} gives each thread its own
 * {@link ArticleExtractor}, which owns the thread-unsafe OpenNLP taggers.
 */
public final class Extractors {
    private static final Logger LOG = LoggerFactory.getLogger(Extractors.class);

    private final BoilerplateClassifier boilerplate;
    private final PublicationDateResolver publication;
    private final DateExtractor dates;
    private final StatementExtractor statements;
    private final SanctionsExtractor sanctions;
    private final String version;
    private final ExtractionLimits limits;

    private Extractors(String version, ExtractionLimits limits) {
        long t0 = System.nanoTime();
        Gazetteer actors = Gazetteer.load();
        this.boilerplate = new HeuristicBoilerplateClassifier();
        this.publication = new TextPublicationDateResolver();
        this.dates = RuleBasedDateExtractor.load();
        this.statements = RuleBasedStatementExtractor.withDefaultLexicons(actors);
        this.sanctions = new RuleBasedSanctionsExtractor(actors);
        this.version = version;
        this.limits = limits;
        LOG.info("extraction rules and gazetteer loaded in {} ms (extractor version {})",
            (System.nanoTime() - t0) / 1_000_000, version);
    }

    /** @param version extractorVersion to stamp, or null for the build's version */
    public static Extractors create(String version, ExtractionLimits limits) {
        return new Extractors(version == null || version.isBlank() ? ExtractorVersion.current() : version, limits);
    }

    public static Extractors defaults() {
        return create(null, ExtractionLimits.DEFAULT);
    }

    public static Extractors fromSettings(Settings settings) {
        ExtractionLimits limits = ExtractionLimits.DEFAULT
            .withTimeBudget(Duration.ofMillis(settings.longValue(ExtractorConfig.ARTICLE_TIMEOUT_MS)));
        return create(settings.string(ExtractorConfig.EXTRACTOR_VERSION), limits);
    }

    public String version() {
        return version;
    }

    /** A new per-thread extractor (also loads the OpenNLP models on first use). */
    public ArticleExtractor newExtractor() {
        return newExtractor(limits);
    }

    public ArticleExtractor newExtractor(ExtractionLimits customLimits) {
        return new ArticleExtractor(boilerplate, publication, dates, statements, sanctions, version, customLimits);
    }

    public Function<Article, Extraction> newExtractionFunction() {
        return newExtractor()::extract;
    }
}
