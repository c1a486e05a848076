package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.RegistryRules;
import org.newsevents.stack.testing.RealStack;

/** The registry's default compatibility rule on a real Apicurio Registry, seen through its Confluent-compatible API. */
class RegistryRulesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static final String V1 = """
        {"type":"record","name":"Probe","namespace":"org.newsevents.test","fields":[{"name":"id","type":"string"}]}""";
    /** Adds an optional field with a default: new readers can still read old data. */
    private static final String V2_BACKWARD = """
        {"type":"record","name":"Probe","namespace":"org.newsevents.test","fields":[{"name":"id","type":"string"},
         {"name":"note","type":["null","string"],"default":null}]}""";
    /** Adds a required field without default: new readers cannot read old data. */
    private static final String V3_INCOMPATIBLE = """
        {"type":"record","name":"Probe","namespace":"org.newsevents.test","fields":[{"name":"id","type":"string"},
         {"name":"note","type":["null","string"],"default":null},{"name":"score","type":"int"}]}""";

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> register(RealStack stack, String subject, String schema) throws Exception {
        String body = JSON.writeValueAsString(Map.of("schema", schema));
        return send(HttpRequest.newBuilder(URI.create(stack.ccompatUrl() + "/subjects/" + subject + "/versions"))
            .header("Content-Type", "application/vnd.schemaregistry.v1+json")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    void setsBackwardCompatibilityAndTheRegistryRefusesAnIncompatibleSchema() throws Exception {
        RealStack stack = RealStack.get();
        Settings settings = Settings.of(Map.of(CommonConfig.REGISTRY_URL, stack.registryUrl()));

        assertThat(RegistryRules.ensureDefaultCompatibility(settings)).isEqualTo("BACKWARD");
        assertThat(RegistryRules.ensureDefaultCompatibility(settings)).as("idempotent").isEqualTo("BACKWARD");

        HttpResponse<String> config = send(HttpRequest.newBuilder(URI.create(stack.ccompatUrl() + "/config")).GET());
        assertThat(config.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(config.body()).path("compatibilityLevel").asText()).isEqualTo("BACKWARD");

        String subject = "rules-it-" + UUID.randomUUID() + "-value";
        assertThat(register(stack, subject, V1).statusCode()).isEqualTo(200);
        assertThat(register(stack, subject, V2_BACKWARD).statusCode()).isEqualTo(200);
        HttpResponse<String> refused = register(stack, subject, V3_INCOMPATIBLE);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
    }

    /** The schemas as they were before web pages (contentType, body, PublishedFrom URL/PAGE) pass BACKWARD to today's. */
    @Test
    void todaysArticleAndSummarySchemasAreBackwardCompatibleWithThoseBeforeWebPages() throws Exception {
        RealStack stack = RealStack.get();
        RegistryRules.ensureDefaultCompatibility(Settings.of(Map.of(CommonConfig.REGISTRY_URL, stack.registryUrl())));
        Map<String, org.apache.avro.Schema> today = Map.of("Article", org.newsevents.schemas.Article.getClassSchema(),
            "ArticleSummary", org.newsevents.schemas.ArticleSummary.getClassSchema());
        for (Map.Entry<String, org.apache.avro.Schema> e : today.entrySet()) {
            String before;
            try (var in = RegistryRulesIT.class.getResourceAsStream("/schemas-before-pages/" + e.getKey() + ".avsc")) {
                before = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String subject = "web-pages-it-" + UUID.randomUUID() + "-" + e.getKey();
            assertThat(register(stack, subject, before).statusCode()).isEqualTo(200);
            HttpResponse<String> next = register(stack, subject, e.getValue().toString());
            assertThat(next.statusCode()).as(e.getKey() + ": " + next.body()).isEqualTo(200);
        }
    }
}
