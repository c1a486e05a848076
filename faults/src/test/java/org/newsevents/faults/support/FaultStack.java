package org.newsevents.faults.support;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.common.config.ConfigDef;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.sink.SinkConfig;
import org.newsevents.stack.testing.RealStack;

/**
 * Settings of each app against the one {@link RealStack} of this JVM. Every fault test shares one extractor
 * {@code application.id}: each extractor continues where the previous test's left off instead of re-extracting
 * every earlier test's articles (and poison) from the start of {@code news.articles}.
 */
public final class FaultStack {
    public static final String APPLICATION_ID = "faults-extractor";
    public static final int PARTITIONS = 3;

    private FaultStack() {
    }

    public static RealStack stack() {
        RealStack stack = RealStack.get();
        TopicAdmin.ensureTopics(load(CommonConfig.define(), "faults", cluster(stack, Map.of())), PARTITIONS, (short) 1);
        return stack;
    }

    /** bootstrap.servers and registry.url of the stack, plus the extras. */
    public static Map<String, String> cluster(RealStack stack, Map<String, String> extra) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(CommonConfig.BOOTSTRAP_SERVERS, stack.bootstrapServers());
        flags.put(CommonConfig.REGISTRY_URL, stack.registryUrl());
        flags.putAll(extra);
        return flags;
    }

    /**
     * Extractor flags: the shared application id, this test's state directory, and a short session timeout so
     * that a killed member's partitions move within seconds instead of 45 s.
     */
    public static Map<String, String> extractorFlags(Path stateDir) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(ExtractorConfig.APPLICATION_ID, APPLICATION_ID);
        flags.put(ExtractorConfig.STATE_DIR, stateDir.toString());
        flags.put(ExtractorConfig.PARTITIONS, Integer.toString(PARTITIONS));
        flags.put("kafka.session.timeout.ms", "6000");
        flags.put("kafka.heartbeat.interval.ms", "1000");
        return flags;
    }

    public static Settings extractor(RealStack stack, Path stateDir) {
        return load(ExtractorConfig.define(), ExtractorConfig.APP, cluster(stack, extractorFlags(stateDir)));
    }

    /** A file sink into {@code out} in a fresh group, publishing segments quickly. */
    public static Settings fileSink(RealStack stack, Path out) {
        return sink(stack, out.toString(), Map.of());
    }

    public static Settings sink(RealStack stack, String to, Map<String, String> extra) {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put(SinkConfig.TO, to);
        flags.put(SinkConfig.GROUP_ID, "faults-sink-" + UUID.randomUUID());
        flags.put(SinkConfig.ROLL_MS, "500");
        flags.put(SinkConfig.POLL_MS, "200");
        flags.put(SinkConfig.RETRY_BACKOFF_MS, "200");
        flags.put(SinkConfig.RETRY_BACKOFF_MAX_MS, "2000");
        flags.put(SinkConfig.DB_CONNECT_TIMEOUT_MS, "1000");
        flags.putAll(extra);
        return load(SinkConfig.define(), SinkConfig.APP, cluster(stack, flags));
    }

    public static Settings ingest(RealStack stack, Map<String, String> extra) {
        return load(IngestConfig.define(), IngestConfig.APP, cluster(stack, extra));
    }

    public static Settings load(ConfigDef definition, String app, Map<String, String> flags) {
        return new SettingsLoader(definition, Map.of()).load(app, Path.of("no-such-config-dir"), flags);
    }
}
