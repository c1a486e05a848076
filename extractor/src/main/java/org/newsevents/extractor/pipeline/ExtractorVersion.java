package org.newsevents.extractor.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The extractor version stamped on every event: the Maven project version, filtered into a resource at build. */
public final class ExtractorVersion {
    static final String RESOURCE = "extractor-version.properties";
    private static final String UNFILTERED = "${";

    private ExtractorVersion() {
    }

    public static String current() {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip();
            if (v.isEmpty() || v.startsWith(UNFILTERED)) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build (version=" + v
                        + "); build with Maven or pass the version to the ArticleExtractor constructor");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
