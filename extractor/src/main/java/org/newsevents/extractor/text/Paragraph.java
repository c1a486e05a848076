package org.newsevents.extractor.text;

/**
 * A block of the raw text between line breaks (a scraped line or a blank-line separated paragraph).
 * Boilerplate paragraphs keep the reason they were classified so; they never yield events.
 */
public record Paragraph(int index, int start, int end, String text, boolean boilerplate, String boilerplateReason) {
}
