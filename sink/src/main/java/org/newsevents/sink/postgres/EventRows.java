package org.newsevents.sink.postgres;

import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.newsevents.common.json.AvroJson;
import org.newsevents.schemas.Actor;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.DateMention;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.schemas.Statement;

/** Maps each event type to its table and its row of parameters (in the table's column order). */
public final class EventRows {
    public static final SqlTable ARTICLES = new SqlTable("articles", "article_id", List.of(
        "article_id", "source", "published", "published_from", "headline",
        "statement_count", "date_count", "sanctions_count", "extractor_version", "body"));
    public static final SqlTable STATEMENTS = new SqlTable("statements", "event_id", List.of(
        "event_id", "article_id", "source", "start_offset", "end_offset", "quote", "direct",
        "speaker_name", "speaker_title", "speaker_code", "cue", "statement_date", "extractor_version"));
    public static final SqlTable DATES = new SqlTable("dates", "event_id", List.of(
        "event_id", "article_id", "source", "start_offset", "end_offset", "text", "value", "granularity",
        "extractor_version"));
    public static final SqlTable SANCTIONS = new SqlTable("sanctions", "event_id", List.of(
        "event_id", "article_id", "source", "start_offset", "end_offset", "text", "trigger", "action",
        "imposer_code", "imposer_name", "target_codes", "targets", "sanction_date", "extractor_version"));

    /** The event tables (not articles): where re-extraction deletes older versions. */
    public static final List<SqlTable> EVENT_TABLES = List.of(STATEMENTS, DATES, SANCTIONS);

    private EventRows() {
    }

    public static SqlTable tableOf(SpecificRecord r) {
        if (r instanceof ArticleSummary) {
            return ARTICLES;
        } else if (r instanceof Statement) {
            return STATEMENTS;
        } else if (r instanceof DateMention) {
            return DATES;
        } else if (r instanceof SanctionsMention) {
            return SANCTIONS;
        }
        throw new IllegalArgumentException("no table for " + r.getSchema().getFullName());
    }

    public static List<Object> row(SpecificRecord r) {
        if (r instanceof ArticleSummary s) {
            return Arrays.asList(s.getArticleId(), s.getSource(), s.getPublished(), s.getPublishedFrom().name(),
                s.getHeadline(), s.getStatementCount(), s.getDateCount(), s.getSanctionsCount(), s.getExtractorVersion(),
                s.getBody());
        } else if (r instanceof Statement s) {
            return Arrays.asList(s.getEventId(), s.getArticleId(), s.getSource(), s.getStart(), s.getEnd(), s.getQuote(),
                s.getDirect(), s.getSpeaker().getName(), s.getSpeaker().getTitle(), s.getSpeaker().getCode(), s.getCue(),
                s.getDate(), s.getExtractorVersion());
        } else if (r instanceof DateMention d) {
            return Arrays.asList(d.getEventId(), d.getArticleId(), d.getSource(), d.getStart(), d.getEnd(), d.getText(),
                d.getValue(), d.getGranularity().name(), d.getExtractorVersion());
        } else if (r instanceof SanctionsMention m) {
            Actor imposer = m.getImposer();
            List<String> codes = new ArrayList<>();
            ArrayNode targets = AvroJson.mapper().createArrayNode();
            for (Actor t : m.getTargets()) {
                codes.add(t.getCode());
                targets.add(AvroJson.toNode(t));
            }
            return Arrays.asList(m.getEventId(), m.getArticleId(), m.getSource(), m.getStart(), m.getEnd(), m.getText(),
                m.getTrigger(), m.getAction().name(), imposer == null ? null : imposer.getCode(),
                imposer == null ? null : imposer.getName(), new SqlTextArray(codes), targets.toString(), m.getDate(),
                m.getExtractorVersion());
        }
        throw new IllegalArgumentException("no row for " + r.getSchema().getFullName());
    }
}
