package org.newsevents.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawInput;

class InputReaderTest {
    @TempDir
    Path dir;

    private static List<RawInput> read(String content, InputFormat format, int maxBytes) throws Exception {
        List<RawInput> out = new ArrayList<>();
        new InputReader(maxBytes).read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "in", format, out::add);
        return out;
    }

    private static String text(RawInput input) {
        return new String(input.bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void splitsJsonLinesWithLineNumbersAsSources() throws Exception {
        List<RawInput> inputs = read("{\"text\":\"a\"}\r\n{\"text\":\"b\"}\n{\"text\":\"c\"}", InputFormat.JSON_LINES, 100);
        assertThat(inputs).extracting(RawInput::source).containsExactly("in:1", "in:2", "in:3");
        assertThat(inputs).extracting(InputReaderTest::text).containsExactly("{\"text\":\"a\"}", "{\"text\":\"b\"}", "{\"text\":\"c\"}");
        assertThat(inputs).allMatch(RawInput::jsonObject);
    }

    @Test
    void keepsBlankLinesSoTheyAreReportedNotDropped() throws Exception {
        List<RawInput> inputs = read("{\"text\":\"a\"}\n\n{\"text\":\"b\"}\n", InputFormat.JSON_LINES, 100);
        assertThat(inputs).extracting(RawInput::source).containsExactly("in:1", "in:2", "in:3");
        assertThat(inputs.get(1).bytes()).isEmpty();
    }

    @Test
    void countsTheFullSizeOfAnOversizedLine() throws Exception {
        String big = "{\"text\":\"" + "x".repeat(9_000_000) + "\"}";
        List<RawInput> inputs = read(big + "\n{\"text\":\"ok\"}\n", InputFormat.JSON_LINES, 100);
        assertThat(inputs).hasSize(2);
        assertThat(inputs.get(0).size()).isEqualTo(big.length());
        assertThat(inputs.get(0).bytes().length).isLessThan(big.length());
        assertThat(text(inputs.get(1))).isEqualTo("{\"text\":\"ok\"}");
    }

    @Test
    void readsAPlainTextFileAsOneArticle() throws Exception {
        Path file = Files.writeString(dir.resolve("a.txt"), "Line one.\nLine two.\n");
        List<RawInput> out = new ArrayList<>();
        new InputReader(100).read(file, out::add);
        assertThat(out).singleElement().satisfies(i -> {
            assertThat(i.source()).isEqualTo(file.toString());
            assertThat(i.jsonObject()).isFalse();
            assertThat(text(i)).isEqualTo("Line one.\nLine two.\n");
        });
    }

    @Test
    void readsJsonlFilesAsJsonLines() throws Exception {
        Path file = Files.writeString(dir.resolve("feed.jsonl"), "{\"text\":\"a\"}\n{\"text\":\"b\"}\n");
        List<RawInput> out = new ArrayList<>();
        new InputReader(100).read(file, out::add);
        assertThat(out).extracting(RawInput::source).containsExactly(file + ":1", file + ":2");
    }
}
