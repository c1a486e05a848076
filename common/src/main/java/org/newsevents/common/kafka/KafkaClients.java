package org.newsevents.common.kafka;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;

/** Client properties built from settings: the one place bootstrap and security reach every client. */
public final class KafkaClients {
    private KafkaClients() {
    }

    /** Bootstrap, security and {@code kafka.*} passthrough settings: the base of every client. */
    public static Map<String, Object> base(Settings settings) {
        Map<String, Object> props = new HashMap<>();
        props.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, settings.string(CommonConfig.BOOTSTRAP_SERVERS));
        for (String key : CommonConfig.CLIENT_SECURITY_KEYS) {
            if (settings.has(key)) {
                props.put(key, settings.string(key));
            }
        }
        props.putAll(settings.clientPassthrough());
        return props;
    }

    /** An idempotent producer: acks=all, {@code compression.type}, bounded delivery time. */
    public static Map<String, Object> producer(Settings settings, String clientId) {
        Map<String, Object> props = base(settings);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, compressionType(settings));
        props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 120_000);
        props.putAll(settings.clientPassthrough());
        return props;
    }

    /** The {@code compression.type} setting; its default where the settings were built without definitions (tests). */
    public static String compressionType(Settings settings) {
        return settings.has(CommonConfig.COMPRESSION_TYPE)
            ? settings.string(CommonConfig.COMPRESSION_TYPE) : CommonConfig.DEFAULT_COMPRESSION;
    }

    /** A consumer that reads only committed transactional output (the extractor writes with exactly_once_v2). */
    public static Map<String, Object> consumer(Settings settings, String groupId) {
        Map<String, Object> props = base(settings);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.putAll(settings.clientPassthrough());
        return props;
    }
}
