package org.newsevents.ingest.watch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** A file's size and last-modified time: what changes while a writer is still writing. */
public record FileStamp(long size, long modifiedMillis) {
    public static FileStamp of(Path file) throws IOException {
        BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
        return new FileStamp(attrs.size(), attrs.lastModifiedTime().toMillis());
    }
}
