package org.newsevents.extractor.dates;

import org.newsevents.schemas.Granularity;

/** A normalized date expression: the minimal span and its ISO value (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY). */
public record DateFinding(int start, int end, String text, String value, Granularity granularity) {
}
