package org.newsevents.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BackoffTest {
    @Test
    void doublesUpToTheCapAndStartsOverAfterReset() {
        Backoff b = new Backoff(100, 500);
        assertThat(new long[] {b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs()})
            .containsExactly(100, 200, 400, 500);
        for (int i = 0; i < 100; i++) {
            assertThat(b.nextDelayMs()).isEqualTo(500);
        }
        b.reset();
        assertThat(b.nextDelayMs()).isEqualTo(100);
    }
}
