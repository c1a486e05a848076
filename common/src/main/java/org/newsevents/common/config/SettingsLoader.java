package org.newsevents.common.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigValue;

/**
 * Resolves an app's settings with this precedence: code defaults (the {@link ConfigDef}) &lt;
 * {@code config/newsevents.properties} &lt; {@code config/<app>.properties} &lt; environment
 * ({@code NEWSEVENTS_} + key upper-cased, dots and dashes as underscores, e.g.
 * {@code NEWSEVENTS_BOOTSTRAP_SERVERS}) &lt; CLI flags. Every problem is collected and reported
 * together in one {@link ConfigException}; an unknown key is a problem, except in the shared file,
 * whose keys may belong to another app; rules between settings (e.g. the registry's auth and TLS ones, see
 * {@link RegistryClientChecks}) are checked in the same pass. Keys starting with {@code kafka.} are passed to every
 * Kafka client with the prefix removed (for client settings not defined here).
 */
public final class SettingsLoader {
    public static final String COMMON_FILE = "newsevents.properties";
    public static final String ENV_PREFIX = "NEWSEVENTS_";
    public static final String CONFIG_DIR_ENV = "NEWSEVENTS_CONFIG_DIR";
    public static final String PASSTHROUGH_PREFIX = "kafka.";

    private final ConfigDef definition;
    private final Map<String, String> environment;

    public SettingsLoader(ConfigDef definition, Map<String, String> environment) {
        this.definition = definition;
        this.environment = environment;
    }

    public SettingsLoader(ConfigDef definition) {
        this(definition, System.getenv());
    }

    /** The environment variable that overrides {@code key}. */
    public static String envName(String key) {
        return ENV_PREFIX + key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }

    /** The config directory: {@code NEWSEVENTS_CONFIG_DIR} or {@code ./config}. */
    public Path defaultConfigDir() {
        String dir = environment.get(CONFIG_DIR_ENV);
        return Path.of(dir == null || dir.isBlank() ? "config" : dir);
    }

    public Settings load(String app, Path configDir, Map<String, String> cliFlags) {
        List<String> problems = new ArrayList<>();
        Map<String, String> raw = new LinkedHashMap<>();
        Map<String, String> shared = new LinkedHashMap<>();
        readFile(configDir.resolve(COMMON_FILE), shared, problems);
        // The shared file serves every app: a key another app defines is simply not this app's.
        shared.forEach((k, v) -> {
            if (definition.names().contains(k) || k.startsWith(PASSTHROUGH_PREFIX)) {
                raw.put(k, v);
            }
        });
        readFile(configDir.resolve(app + ".properties"), raw, problems);
        for (String key : definition.names()) {
            String value = environment.get(envName(key));
            if (value != null) {
                raw.put(key, value);
            }
        }
        cliFlags.forEach((k, v) -> {
            if (v != null) {
                raw.put(k, v);
            }
        });

        Map<String, String> defined = new LinkedHashMap<>();
        Map<String, String> passthrough = new LinkedHashMap<>();
        raw.forEach((k, v) -> {
            if (definition.names().contains(k)) {
                defined.put(k, v.trim());
            } else if (k.startsWith(PASSTHROUGH_PREFIX)) {
                passthrough.put(k.substring(PASSTHROUGH_PREFIX.length()), v.trim());
            } else {
                problems.add("unknown setting '" + k + "' (known: " + String.join(", ", definition.names()) + ")");
            }
        });
        for (ConfigValue value : definition.validate(defined)) {
            for (String message : value.errorMessages()) {
                problems.add(value.name() + ": " + message);
            }
        }
        if (definition.names().contains(CommonConfig.REGISTRY_URL)) {
            problems.addAll(RegistryClientChecks.problems(defined));
        }
        if (!problems.isEmpty()) {
            throw new ConfigException(problems);
        }
        return new Settings(definition.parse(defined), passthrough);
    }

    private static void readFile(Path file, Map<String, String> into, List<String> problems) {
        if (!Files.isRegularFile(file)) {
            return;
        }
        Properties props = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            props.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            problems.add("cannot read " + file + ": " + e.getMessage());
            return;
        }
        props.stringPropertyNames().stream().sorted().forEach(k -> into.put(k, props.getProperty(k)));
    }
}
