package org.newsevents.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsevents.common.dlq.DeadLetters;
import org.newsevents.ingest.InputFormat;
import org.newsevents.ingest.RawInput;

/**
 * Reads files and streams into {@link RawInput}s: a plain-text input is one article, a JSON Lines input gives
 * one per line (source {@code <name>:<line number>}; {@code \r\n} endings are accepted). Memory stays bounded:
 * an input or line over the article limit is kept only up to {@link #keepBytes} bytes (enough for the
 * dead letter) while its full size is still counted, so the validator refuses it TOO_LARGE.
 */
public final class InputReader {
    private final int keepBytes;

    /** @param maxBytes the article size limit ({@code ingest.max.bytes}) */
    public InputReader(int maxBytes) {
        this.keepBytes = Math.max(maxBytes + 1, DeadLetters.MAX_ORIGINAL_BYTES);
    }

    /** Reads a file in its format ({@link InputFormat#of(Path)}). */
    public void read(Path file, Consumer<RawInput> sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            read(in, file.toString(), InputFormat.of(file), sink);
        }
    }

    /** Reads a stream in the given format; {@code source} names it in the inputs. */
    public void read(InputStream in, String source, InputFormat format, Consumer<RawInput> sink) throws IOException {
        if (format == InputFormat.TEXT) {
            sink.accept(readWhole(in, source));
        } else {
            readLines(in, source, sink);
        }
    }

    private RawInput readWhole(InputStream in, String source) throws IOException {
        byte[] kept = in.readNBytes(keepBytes);
        long size = kept.length;
        if (kept.length == keepBytes) {
            size += in.transferTo(java.io.OutputStream.nullOutputStream());
        }
        return new RawInput(source, kept, size, false);
    }

    private void readLines(InputStream in, String source, Consumer<RawInput> sink) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long size = 0;
        long number = 0;
        int n;
        while ((n = in.read(buffer)) != -1) {
            int start = 0;
            for (int i = 0; i < n; i++) {
                if (buffer[i] == '\n') {
                    size += append(line, buffer, start, i - start);
                    sink.accept(lineInput(source, ++number, line, size));
                    line.reset();
                    size = 0;
                    start = i + 1;
                }
            }
            size += append(line, buffer, start, n - start);
        }
        if (size > 0) {
            sink.accept(lineInput(source, ++number, line, size));
        }
    }

    /** Keeps at most {@link #keepBytes} of a line; returns how many bytes the line grew by. */
    private int append(ByteArrayOutputStream line, byte[] buffer, int from, int length) {
        int room = Math.max(0, keepBytes - line.size());
        line.write(buffer, from, Math.min(room, length));
        return length;
    }

    private static RawInput lineInput(String source, long number, ByteArrayOutputStream line, long size) {
        byte[] bytes = line.toByteArray();
        if (bytes.length > 0 && bytes[bytes.length - 1] == '\r' && bytes.length == size) {
            bytes = java.util.Arrays.copyOf(bytes, bytes.length - 1);
            size--;
        }
        return new RawInput(source + ":" + number, bytes, size, true);
    }
}
