package org.newsevents.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.InputFormat;

class StdinFormatTest {
    private static BufferedInputStream in(String s) {
        return new BufferedInputStream(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void autoDetectsJsonLinesByLeadingBrace() throws Exception {
        BufferedInputStream stream = in("\n  {\"text\":\"a\"}\n");
        assertThat(StdinFormat.AUTO.resolve(stream)).isEqualTo(InputFormat.JSON_LINES);
        assertThat(new String(stream.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("\n  {\"text\":\"a\"}\n");
    }

    @Test
    void autoTreatsProseAndEmptyInputAsText() throws Exception {
        assertThat(StdinFormat.AUTO.resolve(in("The minister said {sic}."))).isEqualTo(InputFormat.TEXT);
        assertThat(StdinFormat.AUTO.resolve(in(""))).isEqualTo(InputFormat.TEXT);
    }

    @Test
    void explicitFormatsWin() throws Exception {
        assertThat(StdinFormat.parse("text").resolve(in("{\"text\":1}"))).isEqualTo(InputFormat.TEXT);
        assertThat(StdinFormat.parse("jsonl").resolve(in("prose"))).isEqualTo(InputFormat.JSON_LINES);
    }
}
