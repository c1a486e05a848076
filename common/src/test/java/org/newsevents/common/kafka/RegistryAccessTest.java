package org.newsevents.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.apicurio.registry.client.common.RegistryClientOptions;
import io.apicurio.registry.resolver.config.SchemaResolverConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;

/** The serdes and the Java client get the same auth and TLS settings. */
class RegistryAccessTest {
    @TempDir
    Path dir;

    private Settings load(Map<String, String> flags) {
        return new SettingsLoader(CommonConfig.define(), Map.of()).load("extractor", dir.resolve("none"), flags);
    }

    @Test
    void mapsNothingWithoutAuthOrTls() {
        Settings s = load(Map.of());
        assertThat(RegistrySerdes.config(s)).doesNotContainKeys(SchemaResolverConfig.AUTH_USERNAME,
            SchemaResolverConfig.AUTH_TOKEN_ENDPOINT, SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION);
        RegistryClientOptions options = RegistryAccess.clientOptions(s);
        assertThat(options.getAuthType()).isEqualTo(RegistryClientOptions.AuthType.ANONYMOUS);
        assertThat(options.getTrustStorePath()).isNull();
        assertThat(options.getRegistryUrl()).isEqualTo("http://127.0.0.1:8081/apis/registry/v3");
    }

    @Test
    void mapsBasicAuthToSerdesAndClient() {
        Settings s = load(Map.of("registry.username", "ingest", "registry.password", "pw"));
        assertThat(RegistrySerdes.config(s)).containsEntry(SchemaResolverConfig.AUTH_USERNAME, "ingest")
            .containsEntry(SchemaResolverConfig.AUTH_PASSWORD, "pw");
        RegistryClientOptions options = RegistryAccess.clientOptions(s);
        assertThat(options.getAuthType()).isEqualTo(RegistryClientOptions.AuthType.BASIC);
        assertThat(options.getUsername()).isEqualTo("ingest");
        assertThat(options.getPassword()).isEqualTo("pw");
    }

    @Test
    void mapsOauthClientCredentialsToSerdesAndClient() {
        Settings s = load(Map.of("registry.auth.token.endpoint", "http://127.0.0.1:1/token",
            "registry.auth.client.id", "newsevents", "registry.auth.client.secret", "cs", "registry.auth.client.scope", "registry"));
        assertThat(RegistrySerdes.config(s))
            .containsEntry(SchemaResolverConfig.AUTH_TOKEN_ENDPOINT, "http://127.0.0.1:1/token")
            .containsEntry(SchemaResolverConfig.AUTH_CLIENT_ID, "newsevents")
            .containsEntry(SchemaResolverConfig.AUTH_CLIENT_SECRET, "cs")
            .containsEntry(SchemaResolverConfig.AUTH_CLIENT_SCOPE, "registry")
            .doesNotContainKey(SchemaResolverConfig.AUTH_USERNAME);
        RegistryClientOptions options = RegistryAccess.clientOptions(s);
        assertThat(options.getAuthType()).isEqualTo(RegistryClientOptions.AuthType.OAUTH2);
        assertThat(options.getTokenEndpoint()).isEqualTo("http://127.0.0.1:1/token");
        assertThat(options.getClientId()).isEqualTo("newsevents");
        assertThat(options.getClientSecret()).isEqualTo("cs");
        assertThat(options.getScope()).isEqualTo("registry");
    }

    @Test
    void oauthScopeIsOptional() {
        Settings s = load(Map.of("registry.auth.token.endpoint", "http://127.0.0.1:1/token",
            "registry.auth.client.id", "newsevents", "registry.auth.client.secret", "cs"));
        assertThat(RegistrySerdes.config(s)).doesNotContainKey(SchemaResolverConfig.AUTH_CLIENT_SCOPE);
        assertThat(RegistryAccess.clientOptions(s).getScope()).isNull();
    }

    @Test
    void mapsEachTrustStoreTypeToSerdesAndClient() throws IOException {
        Path store = Files.writeString(dir.resolve("trust"), "x");
        for (String type : new String[] {"JKS", "pkcs12", "PEM"}) {
            Settings s = load(Map.of("registry.truststore.location", store.toString(), "registry.truststore.password", "sp",
                "registry.truststore.type", type));
            assertThat(RegistrySerdes.config(s)).as(type)
                .containsEntry(SchemaResolverConfig.TLS_TRUSTSTORE_LOCATION, store.toString())
                .containsEntry(SchemaResolverConfig.TLS_TRUSTSTORE_PASSWORD, "sp")
                .containsEntry(SchemaResolverConfig.TLS_TRUSTSTORE_TYPE, type.toUpperCase());
            RegistryClientOptions options = RegistryAccess.clientOptions(s);
            switch (type.toUpperCase()) {
                case "PEM" -> assertThat(options.getPemCertPaths()).containsExactly(store.toString());
                default -> {
                    assertThat(options.getTrustStorePath()).as(type).isEqualTo(store.toString());
                    assertThat(options.getTrustStorePassword()).isEqualTo("sp");
                }
            }
            assertThat(options.getTrustStoreType().name()).as(type).isEqualTo(type.toUpperCase());
        }
    }
}
