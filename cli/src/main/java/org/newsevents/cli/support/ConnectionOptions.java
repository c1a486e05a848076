package org.newsevents.cli.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import picocli.CommandLine.Option;

/**
 * Options every command shares: where the cluster and registry are, the config directory, and
 * {@code --set key=value} for any other setting. Flags win over environment and files.
 */
public final class ConnectionOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT",
        description = "Kafka bootstrap servers (setting bootstrap.servers; default ${DEFAULT-VALUE} via config).")
    String bootstrapServers;

    @Option(names = "--registry-url", paramLabel = "URL",
        description = "Apicurio Registry base URL (setting registry.url).")
    String registryUrl;

    @Option(names = "--config-dir", paramLabel = "DIR",
        description = "Directory of newsevents.properties and <app>.properties (env NEWSEVENTS_CONFIG_DIR; default ./config).")
    Path configDir;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Any setting, e.g. --set num.stream.threads=2.")
    Map<String, String> overrides = new LinkedHashMap<>();

    /** Settings of {@code app} with precedence defaults < files < environment < these flags. */
    public Settings load(String app, ConfigDef definition) {
        return load(app, definition, Map.of());
    }

    /** As {@link #load(String, ConfigDef)}, with command-specific flags (below --set in precedence). */
    public Settings load(String app, ConfigDef definition, Map<String, String> commandFlags) {
        SettingsLoader loader = new SettingsLoader(definition);
        Map<String, String> flags = new LinkedHashMap<>(commandFlags);
        if (bootstrapServers != null) {
            flags.put(CommonConfig.BOOTSTRAP_SERVERS, bootstrapServers);
        }
        if (registryUrl != null) {
            flags.put(CommonConfig.REGISTRY_URL, registryUrl);
        }
        flags.putAll(overrides);
        return loader.load(app, configDir != null ? configDir : loader.defaultConfigDir(), flags);
    }

    /**
     * For commands that run several apps with one set of flags ({@code run}): each app takes the
     * {@code --set} keys it defines; a key no app defines is reported by {@link #unknownOverrides}.
     */
    public Settings loadShared(String app, ConfigDef definition, Map<String, String> commandFlags) {
        Map<String, String> mine = new LinkedHashMap<>();
        overrides.forEach((k, v) -> {
            if (definition.names().contains(k) || k.startsWith(SettingsLoader.PASSTHROUGH_PREFIX)) {
                mine.put(k, v);
            }
        });
        Map<String, String> saved = overrides;
        overrides = mine;
        try {
            return load(app, definition, commandFlags);
        } finally {
            overrides = saved;
        }
    }

    /** The {@code --set} keys none of the definitions knows. */
    public java.util.List<String> unknownOverrides(ConfigDef... definitions) {
        return overrides.keySet().stream()
            .filter(k -> !k.startsWith(SettingsLoader.PASSTHROUGH_PREFIX))
            .filter(k -> java.util.Arrays.stream(definitions).noneMatch(d -> d.names().contains(k)))
            .toList();
    }

    /** Fails with every --set key that none of the apps this command runs defines. */
    public void requireKnownOverrides(String apps, ConfigDef... definitions) {
        java.util.List<String> unknown = unknownOverrides(definitions);
        if (!unknown.isEmpty()) {
            throw new org.newsevents.common.config.ConfigException(unknown.stream()
                .map(k -> "unknown setting '" + k + "' (not a setting of " + apps + ")").toList());
        }
    }

    /** True when the user named a cluster explicitly (flag), so commands must not start a local one. */
    public boolean clusterGiven() {
        return bootstrapServers != null;
    }
}
