package org.newsevents.cli.report;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsevents.cli.extract.LocalInputs;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.boilerplate.BoilerplateClassifier;
import org.newsevents.extractor.boilerplate.HeuristicBoilerplateClassifier;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;
import org.newsevents.report.ArticleTexts;

/**
 * The article texts for a report, read from the inputs that were extracted the way ingest reads
 * them, so that each text gets the same article id (SHA-256 of the text, or the feed's id) as its
 * events. The sinks store events only; this is where the highlighted texts come from.
 */
public final class InputTexts {
    private InputTexts() {
    }

    public static ArticleTexts read(List<String> inputs, Settings ingestSettings) throws IOException {
        if (inputs.isEmpty()) {
            return withBoilerplate(Map.of());
        }
        ArticleIntake intake = ArticleIntake.create(ingestSettings);
        Map<String, String> texts = new HashMap<>();
        new LocalInputs(intake.maxBytes(), ingestSettings.list(IngestConfig.INCLUDE)).read(inputs, raw -> {
            if (intake.process(raw) instanceof Intake.Accepted accepted) {
                texts.putIfAbsent(accepted.article().getId(), accepted.article().getText());
            }
        }, (source, reason) -> System.err.println("report: cannot read " + source + " (" + reason + "); its articles show without text"));
        return withBoilerplate(texts);
    }

    /** The texts, with the extractor's own boilerplate classifier saying which paragraphs to grey. */
    public static ArticleTexts withBoilerplate(Map<String, String> texts) {
        BoilerplateClassifier classifier = new HeuristicBoilerplateClassifier();
        return new ArticleTexts() {
            @Override
            public String text(String articleId) {
                return texts.get(articleId);
            }

            @Override
            public List<Boilerplate> boilerplate(String text) {
                return classifier.classify(text).stream().filter(Paragraph::boilerplate)
                    .map(p -> new Boilerplate(p.start(), p.end(), p.boilerplateReason())).toList();
            }
        };
    }
}
