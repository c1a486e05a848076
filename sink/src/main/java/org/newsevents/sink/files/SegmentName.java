package org.newsevents.sink.files;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published segment's name: partition and the first and last offsets it holds, zero-padded so
 * names sort in offset order ({@code p00000-00000000000000000000-00000000000000000041.jsonl}). An open
 * segment is a hidden temp file ({@code .p00000-<first>.jsonl.tmp}) that never parses as a segment.
 */
public record SegmentName(int partition, long first, long last) {
    // Fixed-width digit runs only: no backtracking.
    private static final Pattern PUBLISHED = Pattern.compile("p(\\d{5})-(\\d{20})-(\\d{20})\\.jsonl");
    public static final String TEMP_SUFFIX = ".jsonl.tmp";

    public SegmentName {
        if (partition < 0 || partition > 99_999 || first < 0 || last < first) {
            throw new IllegalArgumentException("bad segment range p" + partition + " " + first + ".." + last);
        }
    }

    public String fileName() {
        return String.format("p%05d-%020d-%020d.jsonl", partition, first, last);
    }

    public static String tempName(int partition, long first) {
        return String.format(".p%05d-%020d%s", partition, first, TEMP_SUFFIX);
    }

    public static boolean isTemp(String fileName) {
        return fileName.startsWith(".p") && fileName.endsWith(TEMP_SUFFIX);
    }

    public static Optional<SegmentName> parse(String fileName) {
        Matcher m = PUBLISHED.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new SegmentName(Integer.parseInt(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3))));
    }
}
