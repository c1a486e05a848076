package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.eval.EvalReport;
import org.newsevents.extractor.eval.Evaluator;
import org.newsevents.extractor.pipeline.ExtractionLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code eval}: scores the in-process extractor against gold annotations (GUIDELINES.md format). */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Score the extractor on annotated articles: precision/recall/F1 per event type and per article.",
        "Matching follows the guidelines' Scoring sections (dates: span overlap + value; statements: quote",
        "token-overlap F1 >= 0.5 + speaker last name; sanctions: span overlap in the same sentence, then",
        "action/imposer/target accuracy; published-date accuracy)."})
public final class EvalCommand implements Callable<Integer> {
    @Option(names = "--gold", paramLabel = "DIR", description = "Folder of <article stem>.gold.json files (with --articles).")
    Path gold;

    @Option(names = "--articles", paramLabel = "DIR|FILE.jsonl",
        description = {"Folder of the articles the gold names, or a JSON Lines file of feed items",
            "({\"source\": <the gold's article>, \"text\", \"published\"?, \"url\"?, \"title\"?, \"id\"?}):",
            "feed items give the extractor their publication date, as a feed would."})
    Path articles;

    @Option(names = "--errors", description = "Also list every missed, spurious or wrong item per article, with its context.")
    boolean errors;

    @Option(names = "--html", paramLabel = "DIR", description = {"Instead: score the web-page body step on an article-body",
        "benchmark folder (ground-truth.json + html/<id>.html.gz), ours beside the candidates it was chosen from."})
    Path html;

    @Option(names = "--received-at", paramLabel = "ISO_INSTANT",
        description = "receivedAt given to every article (the fallback publication date; default now).")
    Instant receivedAt;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        if (html != null) {
            System.out.println(HtmlEval.run(html));
            return 0;
        }
        if (gold == null || articles == null) {
            throw new UserFacingException("newsevents eval: give --gold DIR and --articles DIR or FILE.jsonl, or --html DIR");
        }
        Settings settings = connection.load(ExtractorConfig.APP, ExtractorConfig.define());
        Extractors extractors = Extractors.fromSettings(settings);
        Instant received = receivedAt != null ? receivedAt : Instant.now();
        EvalReport report = Evaluator.evaluate(gold, articles, Evaluator.system(extractors.newExtractor(ExtractionLimits.FOR_EVALUATION), received));
        System.out.println(report.render());
        if (errors) {
            System.out.println(report.renderErrors());
        }
        return 0;
    }
}
