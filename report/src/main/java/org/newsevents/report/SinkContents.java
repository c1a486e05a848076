package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * What a sink holds, each record in the JSON shape the file sink writes (the Avro JSON of
 * ArticleSummary, Statement, DateMention, SanctionsMention). Fields the report does not know (a
 * newer schema's) are kept and shown; a summary's {@code body}, when present, is the text the offsets
 * refer to.
 */
public record SinkContents(List<ObjectNode> articles, List<ObjectNode> statements, List<ObjectNode> dates,
                           List<ObjectNode> sanctions) {
}
