package org.newsevents.extractor.eval;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.SanctionsMention;

/** What a system extracted from one article, in the scorer's terms. */
public record SystemOutput(String published, List<DateSpan> dates, List<QuoteSpan> statements, List<SanctionSpan> sanctions) {
    public SystemOutput {
        dates = List.copyOf(dates);
        statements = List.copyOf(statements);
        sanctions = List.copyOf(sanctions);
    }

    public static SystemOutput empty() {
        return new SystemOutput(null, List.of(), List.of(), List.of());
    }

    public static SystemOutput of(Extraction x) {
        return new SystemOutput(
                x.summary().getPublished(),
                x.dates().stream().map(d -> new DateSpan(d.getStart(), d.getEnd(), d.getValue())).toList(),
                x.statements().stream().map(s -> new QuoteSpan(s.getStart(), s.getEnd(), s.getQuote(), s.getSpeaker().getName(), s.getDirect())).toList(),
                x.sanctions().stream().map(SystemOutput::sanction).toList());
    }

    private static SanctionSpan sanction(SanctionsMention m) {
        Set<String> targets = new HashSet<>();
        for (Actor a : m.getTargets()) {
            if (a.getCode() != null) {
                targets.add(a.getCode());
            }
        }
        String imposer = m.getImposer() == null ? null : m.getImposer().getCode();
        return new SanctionSpan(m.getStart(), m.getEnd(), m.getAction().name(), imposer, targets);
    }
}
