package org.newsevents.extractor.dates;

import java.util.List;
import org.newsevents.schemas.Granularity;

/** A calendar period named by a fixed phrase ("the current year", "that month", "year-end"), from period-phrases.txt. */
record PeriodPhrase(DateMatch.Anaphora anaphora, Granularity granularity, int shift, List<String> tokens) {
}
