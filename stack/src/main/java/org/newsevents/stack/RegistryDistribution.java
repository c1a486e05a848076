package org.newsevents.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the unpacked Apicurio Registry distribution (runner jar + lib/). Looked up, first match wins: an explicit
 * path, the system property {@value #PROPERTY}, the environment variable {@value #ENV}, then the directory the
 * stack module's build unpacked it into (recorded in {@code stack-build.properties}).
 */
public final class RegistryDistribution {
    public static final String PROPERTY = "newsevents.apicurio.home";
    public static final String ENV = "NEWSEVENTS_APICURIO_HOME";

    private RegistryDistribution() {
    }

    /** The home directory to use, given an optional explicit one (may be null). */
    public static Path home(Path explicit) {
        if (explicit != null) {
            return explicit;
        }
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return Path.of(property);
        }
        String env = System.getenv(ENV);
        if (env != null && !env.isBlank()) {
            return Path.of(env);
        }
        return Path.of(buildProperties().getProperty("apicurio.home"));
    }

    /** The runner jar inside {@code home}; fails with what to do when the distribution is missing. */
    public static Path runnerJar(Path home) {
        if (Files.isDirectory(home)) {
            try (Stream<Path> files = Files.list(home)) {
                var jar = files.filter(f -> f.getFileName().toString().endsWith("-runner.jar")).findFirst();
                if (jar.isPresent()) {
                    return jar.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new StackException("No Apicurio Registry distribution (a *-runner.jar) in " + home
                + ". Build the stack module (it unpacks the distribution into target/apicurio-registry), or set "
                + PROPERTY + " / " + ENV + " to an unpacked apicurio-registry-app distribution.");
    }

    /** The Main-Class of the runner jar's manifest. */
    public static String mainClass(Path runnerJar) {
        try (JarFile jar = new JarFile(runnerJar.toFile())) {
            String main = jar.getManifest() == null ? null : jar.getManifest().getMainAttributes().getValue("Main-Class");
            if (main == null) {
                throw new StackException(runnerJar + " names no Main-Class; is it an Apicurio Registry runner jar?");
            }
            return main;
        } catch (IOException e) {
            throw new StackException("Cannot read " + runnerJar + ": " + e.getMessage(), e);
        }
    }

    private static Properties buildProperties() {
        Properties properties = new Properties();
        try (InputStream in = RegistryDistribution.class.getResourceAsStream("stack-build.properties")) {
            if (in == null) {
                throw new StackException("stack-build.properties is missing from the class path; rebuild the stack module");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
