/**
 * The files target. Layout of the output directory DIR:
 *
 * <pre>
 * DIR/segments/&lt;type&gt;/pPPPPP-FFFFFFFFFFFFFFFFFFFF-LLLLLLLLLLLLLLLLLLLL.jsonl   published segments
 * DIR/segments/&lt;type&gt;/.pPPPPP-FFFFFFFFFFFFFFFFFFFF.jsonl.tmp                  a segment being written
 * DIR/articles.jsonl, statements.jsonl, dates.jsonl, sanctions.jsonl         compacted current extraction
 * </pre>
 *
 * {@code <type>} is the last part of the topic name ({@code news.events.statements} -> {@code statements},
 * summaries -> {@code articles}); P is the partition, F and L the first and last Kafka offset in the
 * segment. No name ever comes from event content. Each line is one event as JSON (Avro field names,
 * plain nullable values, enums as strings), the segment holding the partition's events in offset order.
 *
 * <p>Durability: a segment is written to its temp file, fsynced, renamed to its final name and the
 * directory fsynced ({@link org.newsevents.sink.files.AtomicFiles}); only then are its offsets committed.
 * Readers ignore temp files, and the sink deletes them when it opens DIR, so no half line is ever
 * visible. On assignment the sink resumes each partition after the last offset of its published
 * segments (the segment names, not the group's committed offsets, are the truth), so a crash between
 * rename and commit does not write a record twice. Segments are never deleted by the sink.
 *
 * <p>Re-extraction: segments keep every version an extractor ever wrote.
 * {@link org.newsevents.sink.files.FileCompactor#compact(java.nio.file.Path)} writes the four top-level
 * files (atomically) with only each article's current version: the newest {@code extractorVersion}
 * among its summaries (versions compare digit runs as numbers: v2 &lt; v10), or, for an article
 * whose summary has not arrived yet, the newest among its events. Superseded records and duplicates
 * are left out; lines are sorted by (articleId, start, eventId), summaries by articleId.
 */
package org.newsevents.sink.files;
