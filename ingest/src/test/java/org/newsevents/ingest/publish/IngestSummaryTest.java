package org.newsevents.ingest.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.validation.RejectReason;

class IngestSummaryTest {
    @Test
    void oneLineNamesEveryCountAndReason() {
        IngestSummary s = new IngestSummary(12, 2, Map.of(RejectReason.BINARY, 2L, RejectReason.EMPTY, 1L, RejectReason.TOO_LARGE, 0L), java.util.Set.of());
        assertThat(s.rejectedTotal()).isEqualTo(3);
        assertThat(s.toLine()).isEqualTo("12 accepted, 2 duplicates, 3 rejected (EMPTY 1, BINARY 2)");
        assertThat(new IngestSummary(1, 0, Map.of(), java.util.Set.of()).toLine()).isEqualTo("1 accepted, 0 duplicates, 0 rejected");
    }
}
