package org.newsevents.extractor.published;

import java.time.LocalDate;
import org.newsevents.schemas.PublishedFrom;

/** The article's publication date and where it was taken from. */
public record PublishedDate(LocalDate date, PublishedFrom from) {
}
