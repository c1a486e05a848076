package org.newsevents.sink.postgres;

import java.util.List;

/** A parameter bound as a PostgreSQL {@code text[]}; elements may be null. */
public record SqlTextArray(List<String> values) {
}
