package org.newsevents.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Sink contents whose every text field is an attack: markup, script tags, event handlers and quotes
 * that break out of attributes, in the article text, headline, id, speaker names, actor names and
 * date texts. Any payload that runs sets {@code window.pwned} (and shows an alert).
 */
final class HostileSink {
    static final String SCRIPT = "<script>window.pwned='script';alert(1)</script>";
    static final String IMG = "\"'><img src=x onerror=\"window.pwned='img';alert(2)\">";
    static final String SVG = "</title></text><svg onload=\"window.pwned='svg'\"><script>window.pwned='svg-script'</script>";
    static final String TEXT = "Headline " + SCRIPT + "\nThe minister " + IMG + " said: \"We will impose sanctions on "
        + SVG + " tomorrow.\" " + "</article><script>window.pwned='close'</script> on 2024-01-02 " + "&lt;escaped&gt; &amp;";

    private static final ObjectMapper JSON = new ObjectMapper();

    private HostileSink() {
    }

    static SinkContents contents() {
        String id = "id\"><script>window.pwned='id'</script>";
        ObjectNode article = JSON.createObjectNode().put("articleId", id).put("source", "src/" + IMG + ".txt")
            .put("published", "2024-01-01").put("publishedFrom", "TEXT").put("headline", "Headline " + SCRIPT)
            .put("statementCount", 1).put("dateCount", 1).put("sanctionsCount", 1).put("extractorVersion", "v" + IMG)
            .put("body", TEXT);
        int quoteStart = TEXT.indexOf("We will");
        int quoteEnd = TEXT.indexOf(" tomorrow.") + " tomorrow.".length();
        ObjectNode statement = event(id, "s1", quoteStart, quoteEnd).put("quote", TEXT.substring(quoteStart, quoteEnd))
            .put("direct", true).putNull("cue").putNull("date");
        statement.putObject("speaker").put("name", "The minister " + IMG).put("title", SCRIPT).put("code", SVG);
        int clause = TEXT.indexOf("impose sanctions");
        ObjectNode sanction = event(id, "m1", clause, quoteEnd - 1).put("text", TEXT.substring(clause, quoteEnd - 1))
            .put("trigger", "impose sanctions").put("action", "IMPOSE").putNull("date");
        sanction.putObject("imposer").putNull("code").put("name", "The minister " + IMG);
        sanction.putArray("targets").addObject().putNull("code").put("name", SVG);
        int date = TEXT.indexOf("2024-01-02");
        ObjectNode dateMention = event(id, "d1", date, date + 10).put("text", "<iframe src=\"javascript:window.pwned='iframe'\">")
            .put("value", "2024-01-02").put("granularity", "DAY");
        return new SinkContents(List.of(article), List.of(statement), List.of(dateMention), List.of(sanction));
    }

    private static ObjectNode event(String articleId, String eventId, int start, int end) {
        return JSON.createObjectNode().put("eventId", eventId + SCRIPT).put("articleId", articleId)
            .put("source", "src").put("start", start).put("end", end).put("extractorVersion", "v1");
    }
}
