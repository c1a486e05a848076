package org.newsevents.common.kafka;

import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import java.util.Locale;
import java.util.Map;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;

/**
 * How the registry's auth (basic or OAuth2 client credentials) and TLS settings reach Apicurio: as serde properties
 * (the serdes build their own client from them) and as options of the Java client {@link RegistryRules} uses. Both
 * mappings live here, side by side, so the two clients never disagree. OAuth2 wins over basic auth in Apicurio's
 * serde; the settings check forbids configuring both, so the order here only mirrors it.
 */
public final class RegistryAccess {
    private RegistryAccess() {
    }

    /** Adds the auth and TLS serde properties (none when the settings have none). */
    public static void addSerdeProperties(Settings settings, Map<String, Object> props) {
        if (settings.has(CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT)) {
            props.put(SchemaResolverConfig.AUTH_TOKEN_ENDPOINT, settings.string(CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT));
            props.put(SchemaResolverConfig.AUTH_CLIENT_ID, settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_ID));
            props.put(SchemaResolverConfig.AUTH_CLIENT_SECRET, settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_SECRET));
            if (settings.has(CommonConfig.REGISTRY_AUTH_CLIENT_SCOPE)) {
                props.put(SchemaResolverConfig.AUTH_CLIENT_SCOPE, settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_SCOPE));
            }
        } else if (settings.has(CommonConfig.REGISTRY_USERNAME)) {
            props.put(SchemaResolverConfig.AUTH_USERNAME, settings.string(CommonConfig.REGISTRY_USERNAME));
            props.put(SchemaResolverConfig.AUTH_PASSWORD, settings.string(CommonConfig.REGISTRY_PASSWORD));
        }
        if (settings.has(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION)) {
            props.put(SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION, settings.string(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION));
            props.put(SchemaResolverConfig.TLS_TRUSTSTORE_TYPE, trustStoreType(settings));
            if (settings.has(CommonConfig.REGISTRY_TRUSTSTORE_PASSWORD)) {
                props.put(SchemaResolverConfig.TLS_TRUSTSTORE_PASSWORD, settings.string(CommonConfig.REGISTRY_TRUSTSTORE_PASSWORD));
            }
        }
    }

    /** Options for Apicurio's Java client with the same registry URL, auth and TLS as the serdes, retrying. */
    public static RegistryClientOptions clientOptions(Settings settings) {
        RegistryClientOptions options = RegistryClientOptions.create(
            RegistrySerdes.registryApiUrl(settings.string(CommonConfig.REGISTRY_URL))).retry();
        if (settings.has(CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT)) {
            options.oauth2(settings.string(CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT),
                settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_ID),
                settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_SECRET),
                settings.string(CommonConfig.REGISTRY_AUTH_CLIENT_SCOPE));
        } else if (settings.has(CommonConfig.REGISTRY_USERNAME)) {
            options.basicAuth(settings.string(CommonConfig.REGISTRY_USERNAME), settings.string(CommonConfig.REGISTRY_PASSWORD));
        }
        if (settings.has(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION)) {
            String location = settings.string(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION);
            String password = settings.string(CommonConfig.REGISTRY_TRUSTSTORE_PASSWORD);
            switch (trustStoreType(settings)) {
                case "PKCS12" -> options.trustStorePkcs12(location, password);
                case "PEM" -> options.trustStorePem(location);
                default -> options.trustStoreJks(location, password);
            }
        }
        return options;
    }

    private static String trustStoreType(Settings settings) {
        String type = settings.string(CommonConfig.REGISTRY_TRUSTSTORE_TYPE);
        return type == null ? "JKS" : type.toUpperCase(Locale.ROOT);
    }
}
