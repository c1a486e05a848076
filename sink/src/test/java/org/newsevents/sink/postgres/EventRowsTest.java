package org.newsevents.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.sink.TestEvents;

class EventRowsTest {
    @Test
    void mapsASanctionsMentionToTypedColumnsWithTargetsAsCodesAndJson() {
        List<Object> row = EventRows.row(TestEvents.sanction("a1", "v1", 2));

        assertThat(EventRows.SANCTIONS.columns()).hasSameSizeAs(row);
        assertThat(row).containsExactly("a1-v1-x2", "a1", "a1.txt", 20, 29, "imposed sanctions on Iran", "imposed sanctions",
            "IMPOSE", "USA", "Washington", new SqlTextArray(Arrays.asList("IRN", null)),
            "[{\"code\":\"IRN\",\"name\":\"Iran\"},{\"code\":null,\"name\":\"entities\"}]", null, "v1");
    }

    @Test
    void mapsStatementsDatesAndSummariesInColumnOrder() {
        assertThat(EventRows.row(TestEvents.statement("a1", "v1", 1))).containsExactly("a1-v1-s1", "a1", "a1.txt", 10, 15,
            "quote 1", true, "Jane Doe", "minister", "USA", "said", "2024-05-24", "v1");
        assertThat(EventRows.row(TestEvents.date("a1", "v1", 1))).containsExactly("a1-v1-d1", "a1", "a1.txt", 10, 18,
            "May 2024", "2024-05", "MONTH", "v1");
        assertThat(EventRows.row(TestEvents.summary("a1", "v1", 1, 2, 3))).containsExactly("a1", "a1.txt", "2024-05-24",
            "TEXT", "Headline of a1", 1, 2, 3, "v1", null);
        assertThat(EventRows.STATEMENTS.columns()).hasSize(13);
        assertThat(EventRows.DATES.columns()).hasSize(9);
        assertThat(EventRows.ARTICLES.columns()).hasSize(10);
    }

    @Test
    void aWebPagesSummaryKeepsItsBodyAndPageDateSource() {
        var page = org.newsevents.schemas.ArticleSummary.newBuilder(TestEvents.summary("p1", "v1", 0, 0, 0))
            .setPublishedFrom(org.newsevents.schemas.PublishedFrom.PAGE).setBody("The body.").build();
        assertThat(EventRows.row(page)).containsSubsequence("PAGE", "v1", "The body.");
    }

    @Test
    void upsertsByKeyWithPlaceholdersOnly() {
        String sql = EventRows.DATES.upsertSql();

        assertThat(sql).isEqualTo("INSERT INTO dates (event_id, article_id, source, start_offset, end_offset, text, value, "
            + "granularity, extractor_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (event_id) DO UPDATE SET "
            + "article_id = EXCLUDED.article_id, source = EXCLUDED.source, start_offset = EXCLUDED.start_offset, "
            + "end_offset = EXCLUDED.end_offset, text = EXCLUDED.text, value = EXCLUDED.value, "
            + "granularity = EXCLUDED.granularity, extractor_version = EXCLUDED.extractor_version, written_at = now()");
        assertThat(EventRows.SANCTIONS.upsertSql()).contains("CAST(? AS jsonb)").doesNotContain("'");
    }
}
