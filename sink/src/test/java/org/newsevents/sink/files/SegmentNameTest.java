package org.newsevents.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.newsevents.schemas.Topics;

class SegmentNameTest {
    @Test
    void roundTripsAndSortsByOffset() {
        SegmentName s = new SegmentName(3, 9, 120);
        assertThat(s.fileName()).isEqualTo("p00003-00000000000000000009-00000000000000000120.jsonl");
        assertThat(SegmentName.parse(s.fileName())).contains(s);
        assertThat(new SegmentName(0, 9, 9).fileName()).isLessThan(new SegmentName(0, 10, 10).fileName());
    }

    @Test
    void tempFilesAndOtherNamesAreNotSegments() {
        assertThat(SegmentName.parse(SegmentName.tempName(0, 5))).isEmpty();
        assertThat(SegmentName.isTemp(SegmentName.tempName(0, 5))).isTrue();
        assertThat(SegmentName.parse("statements.jsonl")).isEmpty();
        assertThat(SegmentName.parse("p1-2-3.jsonl")).isEmpty();
    }

    @Test
    void derivesFileNamesFromTopicNamesOnly() {
        assertThat(SegmentLayout.typeName(Topics.SUMMARIES)).isEqualTo("articles");
        assertThat(SegmentLayout.typeName(Topics.STATEMENTS)).isEqualTo("statements");
        assertThatThrownBy(() -> SegmentLayout.typeName("../etc/passwd")).isInstanceOf(IllegalArgumentException.class);
    }
}
