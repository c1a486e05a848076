package org.newsevents.sink;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExtractorVersionsTest {
    @Test
    void comparesDigitRunsAsNumbers() {
        List<String> versions = new ArrayList<>(List.of("v10", "v2", "0.10.0", "0.9.1", "1.0-fix", "1.0", "v2"));
        versions.sort(ExtractorVersions.ORDER);
        assertThat(versions).containsExactly("0.9.1", "0.10.0", "1.0", "1.0-fix", "v2", "v2", "v10");
    }

    @Test
    void newestPrefersTheLaterVersionAndIgnoresNull() {
        assertThat(ExtractorVersions.newest("v2", "v10")).isEqualTo("v10");
        assertThat(ExtractorVersions.newest(null, "v1")).isEqualTo("v1");
        assertThat(ExtractorVersions.isOlder("v1", "v1")).isFalse();
        assertThat(ExtractorVersions.compare("007", "7")).isNotZero();
    }
}
