package org.newsevents.common.config;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.clients.CommonClientConfigs;

/**
 * Settings every app reads: where the cluster and the registry are, and the standard Kafka
 * security settings passed to every client. Passwords are of type PASSWORD so they never print.
 */
public final class CommonConfig {
    public static final String BOOTSTRAP_SERVERS = "bootstrap.servers";
    public static final String REGISTRY_URL = "registry.url";
    public static final String REGISTRY_USERNAME = "registry.username";
    public static final String REGISTRY_PASSWORD = "registry.password";
    public static final String REGISTRY_TRUSTSTORE_LOCATION = "registry.truststore.location";
    public static final String REGISTRY_TRUSTSTORE_PASSWORD = "registry.truststore.password";
    public static final String REGISTRY_TRUSTSTORE_TYPE = "registry.truststore.type";
    public static final String REGISTRY_AUTH_TOKEN_ENDPOINT = "registry.auth.token.endpoint";
    public static final String REGISTRY_AUTH_CLIENT_ID = "registry.auth.client.id";
    public static final String REGISTRY_AUTH_CLIENT_SECRET = "registry.auth.client.secret";
    public static final String REGISTRY_AUTH_CLIENT_SCOPE = "registry.auth.client.scope";
    /** Trust store formats the registry client reads (PEM: a file of certificates, no password). */
    public static final String[] REGISTRY_TRUSTSTORE_TYPES = {"JKS", "PKCS12", "PEM"};
    public static final String DATA_DIR = "data.dir";
    /** Codec of every record this app produces; gzip because every client family decodes it without add-ons. */
    public static final String COMPRESSION_TYPE = "compression.type";
    public static final String DEFAULT_COMPRESSION = "gzip";
    public static final String[] COMPRESSION_TYPES = {"none", "gzip", "snappy", "lz4", "zstd"};

    public static final String DEFAULT_BOOTSTRAP = "127.0.0.1:9092";
    public static final String DEFAULT_REGISTRY = "http://127.0.0.1:8081";

    /** Kafka client security keys passed through unchanged to producers, consumers, admin and streams. */
    public static final String[] CLIENT_SECURITY_KEYS = {
        CommonClientConfigs.SECURITY_PROTOCOL_CONFIG,
        SaslConfigs.SASL_MECHANISM, SaslConfigs.SASL_JAAS_CONFIG,
        SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG,
        SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG,
        SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG,
        SslConfigs.SSL_KEY_PASSWORD_CONFIG, SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG,
    };

    private CommonConfig() {
    }

    /** A new definition holding the common settings; apps add their own keys to it. */
    public static ConfigDef define() {
        ConfigDef def = new ConfigDef()
            .define(BOOTSTRAP_SERVERS, Type.STRING, DEFAULT_BOOTSTRAP, new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Kafka bootstrap servers (host:port,...).")
            .define(REGISTRY_URL, Type.STRING, DEFAULT_REGISTRY, new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Base URL of the Apicurio Registry (no API path).")
            .define(REGISTRY_USERNAME, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                "Registry basic-auth user (needs registry.password).")
            .define(REGISTRY_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Registry basic-auth password.")
            .define(REGISTRY_AUTH_TOKEN_ENDPOINT, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                "OAuth2 token endpoint URL: the registry client gets bearer tokens with the client credentials grant.")
            .define(REGISTRY_AUTH_CLIENT_ID, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                "OAuth2 client id (with registry.auth.token.endpoint).")
            .define(REGISTRY_AUTH_CLIENT_SECRET, Type.PASSWORD, null, Importance.LOW, "OAuth2 client secret.")
            .define(REGISTRY_AUTH_CLIENT_SCOPE, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                "OAuth2 scope to request (optional).")
            .define(REGISTRY_TRUSTSTORE_LOCATION, Type.STRING, null, new ConfigDef.NonEmptyString(), Importance.LOW,
                "Trust store for an https registry (and token endpoint).")
            .define(REGISTRY_TRUSTSTORE_PASSWORD, Type.PASSWORD, null, Importance.LOW, "Registry trust store password.")
            .define(REGISTRY_TRUSTSTORE_TYPE, Type.STRING, "JKS", ConfigDef.CaseInsensitiveValidString.in(REGISTRY_TRUSTSTORE_TYPES),
                Importance.LOW, "Registry trust store type: JKS, PKCS12 or PEM.")
            .define(DATA_DIR, Type.STRING, "data", Importance.MEDIUM, "Where the local stack keeps its data.")
            .define(COMPRESSION_TYPE, Type.STRING, DEFAULT_COMPRESSION, ConfigDef.ValidString.in(COMPRESSION_TYPES),
                Importance.MEDIUM, "Compression of the records this app produces: none, gzip, snappy, lz4 or zstd. "
                    + "gzip is the one codec every client family decodes out of the box (kafkajs decodes no other).")
            .define(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, Type.STRING, "PLAINTEXT",
                ConfigDef.ValidString.in("PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"), Importance.MEDIUM,
                "Kafka security protocol for every client.")
            .define(SaslConfigs.SASL_MECHANISM, Type.STRING, null, Importance.LOW, "SASL mechanism, e.g. SCRAM-SHA-512.")
            .define(SaslConfigs.SASL_JAAS_CONFIG, Type.PASSWORD, null, Importance.LOW, "SASL JAAS config.");
        for (String key : new String[] {SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG,
            SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG, SslConfigs.SSL_KEYSTORE_TYPE_CONFIG,
            SslConfigs.SSL_ENDPOINT_IDENTIFICATION_ALGORITHM_CONFIG}) {
            def.define(key, Type.STRING, null, Importance.LOW, "Kafka client " + key + ".");
        }
        for (String key : new String[] {SslConfigs.SSL_TRUSTSTORE_PASSWORD_CONFIG,
            SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG, SslConfigs.SSL_KEY_PASSWORD_CONFIG}) {
            def.define(key, Type.PASSWORD, null, Importance.LOW, "Kafka client " + key + ".");
        }
        return def;
    }
}
