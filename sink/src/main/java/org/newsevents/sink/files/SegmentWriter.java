package org.newsevents.sink.files;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One open segment: lines are appended to a hidden temp file; {@link #publish()} fsyncs it and renames
 * it to its {@link SegmentName}, so a segment file either holds every line of its range or does not exist.
 */
public final class SegmentWriter {
    private final Path dir;
    private final int partition;
    private final long first;
    private final long openedAtNanos;
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream out;
    private long last = -1;
    private long bytes;
    private int lines;

    public SegmentWriter(Path dir, int partition, long first, long openedAtNanos) throws IOException {
        this.dir = dir;
        this.partition = partition;
        this.first = first;
        this.openedAtNanos = openedAtNanos;
        this.temp = dir.resolve(SegmentName.tempName(partition, first));
        this.channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
            StandardOpenOption.TRUNCATE_EXISTING);
        this.out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /** Appends one JSON line (no newline in {@code line}) for the record at {@code offset}. */
    public void append(String line, long offset) throws IOException {
        if (offset < first || offset <= last) {
            throw new IllegalArgumentException("offset " + offset + " out of order in segment starting at " + first);
        }
        if (line.indexOf('\n') >= 0) {
            throw new IllegalArgumentException("a JSON line must not contain a newline");
        }
        byte[] data = (line + "\n").getBytes(StandardCharsets.UTF_8);
        out.write(data);
        bytes += data.length;
        lines++;
        last = offset;
    }

    /** Makes the segment durable and visible under its final name; returns that name. */
    public SegmentName publish() throws IOException {
        if (lines == 0) {
            throw new IllegalStateException("an empty segment is never published");
        }
        out.flush();
        channel.force(true);
        out.close();
        SegmentName name = new SegmentName(partition, first, last);
        AtomicFiles.publish(temp, dir.resolve(name.fileName()));
        return name;
    }

    /** Closes and deletes the temp file: its records were never committed and will be read again. */
    public void discard() {
        try {
            out.close();
        } catch (IOException e) {
            // deleting is what matters
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // a leftover temp file is ignored by readers and deleted on the next open
        }
    }

    public long bytes() {
        return bytes;
    }

    public long last() {
        return last;
    }

    public long openedAtNanos() {
        return openedAtNanos;
    }

    public Path temp() {
        return temp;
    }
}
