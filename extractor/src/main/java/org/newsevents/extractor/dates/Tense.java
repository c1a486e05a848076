package org.newsevents.extractor.dates;

/** The tense of the clause around a date expression, as far as its resolution needs it. */
public enum Tense { PAST, PRESENT, FUTURE, UNKNOWN }
