package org.newsevents.extractor.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The extractor version stamped on every event: the Maven project version, the build time and a
 * fingerprint of the extraction code and data ({@code 0.1.0+20261122120500.1a2b3c4d}). A rebuilt
 * extractor is a new version, so the pipeline re-extracts instead of treating an article it already
 * extracted with older rules as a duplicate, and sinks (which compare versions by their digit runs)
 * see the later build as the newer one. The fingerprint, a SHA-256 over every class and resource
 * under {@code org/newsevents/extractor/} by name in sorted order, tells which rules made an event.
 */
public final class ExtractorVersion {
    static final String RESOURCE = "extractor-version.properties";
    private static final String UNFILTERED = "${";
    private static final String PACKAGE_PATH = "org/newsevents/extractor/";
    private static volatile String current;

    private ExtractorVersion() {
    }

    public static String current() {
        String v = current;
        if (v == null) {
            v = projectVersion() + "." + fingerprint();
            current = v;
        }
        return v;
    }

    static String projectVersion() {
        try (InputStream in = ExtractorVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            Properties p = new Properties();
            p.load(in);
            String v = p.getProperty("version", "").strip() + "+" + p.getProperty("built", "").strip();
            if (v.contains(UNFILTERED) || v.startsWith("+") || v.endsWith("+")) {
                throw new IllegalStateException(RESOURCE + " was not filtered by the build (version=" + v
                        + "); build with Maven or pass the version to the ArticleExtractor constructor");
            }
            return v;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    static String fingerprint() {
        try {
            Path location = Path.of(ExtractorVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (Files.isDirectory(location)) {
                digestDirectory(location, sha);
            } else {
                digestJar(location, sha);
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 8);
        } catch (IOException | URISyntaxException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("cannot fingerprint the extractor's code: " + e.getMessage(), e);
        }
    }

    private static void digestDirectory(Path root, MessageDigest sha) throws IOException {
        Path base = root.resolve(PACKAGE_PATH);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(base)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            sha.update(root.relativize(f).toString().replace('\\', '/').getBytes(java.nio.charset.StandardCharsets.UTF_8));
            sha.update(Files.readAllBytes(f));
        }
    }

    private static void digestJar(Path jar, MessageDigest sha) throws IOException {
        try (JarFile file = new JarFile(jar.toFile())) {
            List<JarEntry> entries = new ArrayList<>();
            for (Enumeration<JarEntry> e = file.entries(); e.hasMoreElements(); ) {
                JarEntry entry = e.nextElement();
                if (!entry.isDirectory() && entry.getName().startsWith(PACKAGE_PATH)) {
                    entries.add(entry);
                }
            }
            entries.sort(java.util.Comparator.comparing(JarEntry::getName));
            for (JarEntry entry : entries) {
                sha.update(entry.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                try (InputStream in = file.getInputStream(entry)) {
                    sha.update(in.readAllBytes());
                }
            }
        }
    }
}
