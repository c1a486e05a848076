package org.newsevents.common.kafka;

import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import io.apicurio.registry.serde.avro.AvroKafkaDeserializer;
import io.apicurio.registry.serde.avro.AvroKafkaSerializer;
import io.apicurio.registry.serde.avro.AvroSerdeConfig;
import io.apicurio.registry.serde.config.SerdeConfig;
import io.apicurio.registry.serde.kafka.config.KafkaSerdeConfig;
import java.util.HashMap;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;

/**
 * Avro serdes through Apicurio Registry in the Confluent wire format (magic byte 0, 4-byte content
 * id, no headers), so Confluent-protocol clients decode our topics via {@code /apis/ccompat/v7}. Schemas are registered
 * self-contained (no references) under {@code <topic>-value}.
 */
public final class RegistrySerdes {
    public static final String REGISTRY_API_PATH = "/apis/registry/v3";
    public static final String CCOMPAT_API_PATH = "/apis/ccompat/v7";

    private RegistrySerdes() {
    }

    public static String registryApiUrl(String baseUrl) {
        return stripSlash(baseUrl) + REGISTRY_API_PATH;
    }

    public static String ccompatUrl(String baseUrl) {
        return stripSlash(baseUrl) + CCOMPAT_API_PATH;
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Serde settings: contentId framing (what ccompat resolves), auto-registration of self-contained schemas, specific reader, and the
     * registry's auth and TLS settings ({@link RegistryAccess}).
     */
    public static Map<String, Object> config(Settings settings) {
        Map<String, Object> props = new HashMap<>();
        props.put(SerdeConfig.REGISTRY_URL, registryApiUrl(settings.string(CommonConfig.REGISTRY_URL)));
        props.put(SerdeConfig.AUTO_REGISTER_ARTIFACT, true);
        props.put(SerdeConfig.USE_ID, "contentId");
        props.put(KafkaSerdeConfig.ENABLE_HEADERS, false);
        props.put(AvroSerdeConfig.USE_SPECIFIC_AVRO_READER, true);
        // Register each value schema whole, nested records and enums inlined: Apicurio's default registers them as
        // separate artifacts referenced from <topic>-value, which older Confluent clients (e.g. Debian's
        // python3-confluent-kafka 1.7) cannot resolve.
        props.put(SchemaResolverConfig.DEREFERENCE_SCHEMA, true);
        props.put(SchemaResolverConfig.RETRY_COUNT, 10);
        props.put(SchemaResolverConfig.RETRY_BACKOFF_MS, 500);
        RegistryAccess.addSerdeProperties(settings, props);
        return props;
    }

    public static <T extends SpecificRecord> Serializer<T> serializer(Settings settings) {
        AvroKafkaSerializer<T> serializer = new AvroKafkaSerializer<>();
        serializer.configure(config(settings), false);
        return serializer;
    }

    public static <T extends SpecificRecord> Deserializer<T> deserializer(Settings settings) {
        AvroKafkaDeserializer<T> deserializer = new AvroKafkaDeserializer<>();
        deserializer.configure(config(settings), false);
        return deserializer;
    }

    /** A value serde for Kafka Streams. */
    public static <T extends SpecificRecord> Serde<T> serde(Settings settings) {
        return Serdes.serdeFrom(serializer(settings), deserializer(settings));
    }
}
