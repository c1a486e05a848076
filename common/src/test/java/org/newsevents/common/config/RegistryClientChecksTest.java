package org.newsevents.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The registry auth/TLS rules as a user meets them: through {@link SettingsLoader}, all problems at once. */
class RegistryClientChecksTest {
    private static final String SECRET = "hunter2-do-not-print";

    @TempDir
    Path dir;

    private Settings load(Map<String, String> flags) {
        return new SettingsLoader(CommonConfig.define(), Map.of()).load("extractor", dir.resolve("none"), flags);
    }

    private ConfigException problemsOf(Map<String, String> flags) {
        try {
            load(flags);
        } catch (ConfigException e) {
            return e;
        }
        throw new AssertionError("expected a ConfigException for " + flags.keySet());
    }

    @Test
    void acceptsBasicAuth() {
        Settings s = load(Map.of("registry.username", "ingest", "registry.password", SECRET));
        assertThat(s.string("registry.username")).isEqualTo("ingest");
        assertThat(s.toString()).doesNotContain(SECRET);
    }

    @Test
    void acceptsOauthClientCredentialsWithOptionalScope() {
        Settings s = load(Map.of("registry.auth.token.endpoint", "https://idp.example/token",
            "registry.auth.client.id", "newsevents", "registry.auth.client.secret", SECRET));
        assertThat(s.has("registry.auth.client.scope")).isFalse();
        assertThat(s.string("registry.auth.client.secret")).isEqualTo(SECRET);
        assertThat(s.toString()).doesNotContain(SECRET);
    }

    @Test
    void acceptsTrustStoreWithPasswordAndPemWithout() throws IOException {
        Path store = Files.writeString(dir.resolve("trust.p12"), "x");
        assertThat(load(Map.of("registry.truststore.location", store.toString(), "registry.truststore.password", SECRET,
            "registry.truststore.type", "pkcs12")).string("registry.truststore.type")).isEqualTo("pkcs12");
        assertThat(load(Map.of("registry.truststore.location", store.toString(), "registry.truststore.type", "PEM"))
            .has("registry.truststore.password")).isFalse();
    }

    @Test
    void rejectsUsernameWithoutPassword() {
        assertThat(problemsOf(Map.of("registry.username", "ingest")).problems())
            .containsExactly("registry.username is set but registry.password is not (basic auth needs both)");
    }

    @Test
    void rejectsPasswordWithoutUsernameWithoutPrintingIt() {
        ConfigException e = problemsOf(Map.of("registry.password", SECRET));
        assertThat(e.problems()).singleElement().asString().startsWith("registry.password is set but registry.username");
        assertThat(e.getMessage()).doesNotContain(SECRET);
    }

    @Test
    void rejectsClientIdWithoutTokenEndpoint() {
        assertThat(problemsOf(Map.of("registry.auth.client.id", "newsevents", "registry.auth.client.secret", SECRET))
            .problems()).singleElement().asString()
            .isEqualTo("registry.auth.client.id, registry.auth.client.secret set but registry.auth.token.endpoint is not "
                + "(OAuth2 needs the token endpoint)");
    }

    @Test
    void rejectsTokenEndpointWithoutClientCredentialsOrWithABadScheme() {
        assertThat(problemsOf(Map.of("registry.auth.token.endpoint", "idp:8080/token")).problems()).containsExactlyInAnyOrder(
            "registry.auth.token.endpoint is set but registry.auth.client.id is not",
            "registry.auth.token.endpoint is set but registry.auth.client.secret is not",
            "registry.auth.token.endpoint must be an http:// or https:// URL");
    }

    @Test
    void rejectsBasicAuthAndOauthTogether() {
        assertThat(problemsOf(Map.of("registry.username", "u", "registry.password", SECRET,
            "registry.auth.token.endpoint", "http://127.0.0.1:1/token", "registry.auth.client.id", "c",
            "registry.auth.client.secret", SECRET)).problems())
            .containsExactly("registry basic auth (registry.username) and OAuth2 (registry.auth.token.endpoint) are both "
                + "configured: choose one");
    }

    @Test
    void rejectsTrustStoreProblems() {
        assertThat(problemsOf(Map.of("registry.truststore.password", SECRET)).problems())
            .containsExactly("registry.truststore.password is set but registry.truststore.location is not");
        String missing = dir.resolve("missing.jks").toString();
        assertThat(problemsOf(Map.of("registry.truststore.location", missing)).problems()).containsExactlyInAnyOrder(
            "registry.truststore.location is set but registry.truststore.password is not (needed for a JKS trust store)",
            "registry.truststore.location: no readable file " + missing);
        assertThat(problemsOf(Map.of("registry.truststore.type", "PFX")).problems()).singleElement().asString()
            .startsWith("registry.truststore.type:");
    }

    @Test
    void reportsRegistryProblemsTogetherWithTheOthers() {
        Map<String, String> flags = new LinkedHashMap<>();
        flags.put("registry.username", "ingest");
        flags.put("registry.auth.client.id", "newsevents");
        flags.put("security.protocol", "PIGEON");
        assertThatThrownBy(() -> load(flags)).isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
            .hasSize(4)
            .anySatisfy(p -> assertThat(p).startsWith("security.protocol:"))
            .anySatisfy(p -> assertThat(p).startsWith("registry.username is set"))
            .anySatisfy(p -> assertThat(p).startsWith("registry.auth.client.id set"))
            .anySatisfy(p -> assertThat(p).startsWith("registry basic auth")));
    }

    @Test
    void rejectsEmptyUsername() {
        assertThat(problemsOf(Map.of("registry.username", " ", "registry.password", SECRET)).problems())
            .anySatisfy(p -> assertThat(p).startsWith("registry.username:"));
    }
}
