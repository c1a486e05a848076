package org.newsevents.cli.extract;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawInput;
import org.newsevents.ingest.source.FileSelector;
import org.newsevents.ingest.source.InputReader;

/** Reads inputs the way ingest does (same formats, same globs), for extraction without Kafka. */
public final class LocalInputs {
    private final InputReader reader;
    private final FileSelector selector;

    public LocalInputs(int maxBytes, List<String> includes) {
        this.reader = new InputReader(maxBytes);
        this.selector = new FileSelector(includes);
    }

    /**
     * @param inputs     files, folders, or "-" for standard input (plain text)
     * @param unreadable told of each input that cannot be read, with the reason
     */
    public void read(List<String> inputs, Consumer<RawInput> sink, BiConsumer<String, String> unreadable) throws IOException {
        for (String input : inputs) {
            if ("-".equals(input)) {
                reader.read(System.in, "stdin", InputFormat.TEXT, sink);
                continue;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                unreadable.accept(input, "no such file or folder");
            } else if (Files.isDirectory(path)) {
                FileSelector.Selection selection = selector.select(path);
                for (Map.Entry<Path, String> bad : selection.unreadable().entrySet()) {
                    unreadable.accept(bad.getKey().toString(), bad.getValue());
                }
                for (Path file : selection.files().stream().sorted().toList()) {
                    readFile(file, sink, unreadable);
                }
            } else {
                readFile(path, sink, unreadable);
            }
        }
    }

    private void readFile(Path file, Consumer<RawInput> sink, BiConsumer<String, String> unreadable) {
        try {
            reader.read(file, sink);
        } catch (IOException e) {
            unreadable.accept(file.toString(), e.toString());
        }
    }
}
