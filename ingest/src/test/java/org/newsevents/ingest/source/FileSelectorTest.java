package org.newsevents.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSelectorTest {
    @TempDir
    Path root;

    private Path touch(String relative) throws Exception {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, "x");
    }

    @Test
    void nameGlobsMatchAtAnyDepthAndResultIsSorted() throws Exception {
        Path b = touch("b.txt");
        Path a = touch("sub/deeper/a.txt");
        Path feed = touch("feed.jsonl");
        touch("notes.md");
        touch("sub/image.png");

        List<Path> files = new FileSelector(List.of("*.txt", "*.jsonl")).select(root).files();

        assertThat(files).containsExactly(b, feed, a);
    }

    @Test
    void pathGlobsMatchRelativeToTheFolder() throws Exception {
        Path in2024 = touch("2024/x.txt");
        touch("2023/y.txt");
        touch("z.txt");

        assertThat(new FileSelector(List.of("2024/**")).select(root).files()).containsExactly(in2024);
    }

    @Test
    void braceGlobs() throws Exception {
        FileSelector selector = new FileSelector(List.of("*.{txt,jsonl}"));
        assertThat(selector.includes(root, root.resolve("a/b.jsonl"))).isTrue();
        assertThat(selector.includes(root, root.resolve("a/b.json"))).isFalse();
    }
}
