package org.newsevents.common.config;

import static org.newsevents.common.config.CommonConfig.REGISTRY_AUTH_CLIENT_ID;
import static org.newsevents.common.config.CommonConfig.REGISTRY_AUTH_CLIENT_SCOPE;
import static org.newsevents.common.config.CommonConfig.REGISTRY_AUTH_CLIENT_SECRET;
import static org.newsevents.common.config.CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT;
import static org.newsevents.common.config.CommonConfig.REGISTRY_PASSWORD;
import static org.newsevents.common.config.CommonConfig.REGISTRY_TRUSTSTORE_LOCATION;
import static org.newsevents.common.config.CommonConfig.REGISTRY_TRUSTSTORE_PASSWORD;
import static org.newsevents.common.config.CommonConfig.REGISTRY_TRUSTSTORE_TYPE;
import static org.newsevents.common.config.CommonConfig.REGISTRY_USERNAME;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Rules between the registry client's auth and TLS settings that no single-key validator can express. Apicurio's
 * client would otherwise fail late and vaguely (a 401 on the first record) or silently prefer OAuth2 over basic
 * auth, so they are checked at start-up with the other settings and reported together.
 */
final class RegistryClientChecks {
    private RegistryClientChecks() {
    }

    /** The problems in the raw (string) values; empty when the combination is usable. Never echoes a secret. */
    static List<String> problems(Map<String, String> raw) {
        List<String> problems = new ArrayList<>();
        boolean username = given(raw, REGISTRY_USERNAME);
        boolean password = given(raw, REGISTRY_PASSWORD);
        if (username && !password) {
            problems.add(REGISTRY_USERNAME + " is set but " + REGISTRY_PASSWORD + " is not (basic auth needs both)");
        }
        if (password && !username) {
            problems.add(REGISTRY_PASSWORD + " is set but " + REGISTRY_USERNAME + " is not (basic auth needs both)");
        }

        boolean endpoint = given(raw, REGISTRY_AUTH_TOKEN_ENDPOINT);
        List<String> oauthParts = Stream.of(REGISTRY_AUTH_CLIENT_ID, REGISTRY_AUTH_CLIENT_SECRET, REGISTRY_AUTH_CLIENT_SCOPE)
            .filter(k -> given(raw, k)).toList();
        if (!endpoint && !oauthParts.isEmpty()) {
            problems.add(String.join(", ", oauthParts) + " set but " + REGISTRY_AUTH_TOKEN_ENDPOINT
                + " is not (OAuth2 needs the token endpoint)");
        }
        if (endpoint) {
            for (String required : List.of(REGISTRY_AUTH_CLIENT_ID, REGISTRY_AUTH_CLIENT_SECRET)) {
                if (!given(raw, required)) {
                    problems.add(REGISTRY_AUTH_TOKEN_ENDPOINT + " is set but " + required + " is not");
                }
            }
            if (!isHttpUrl(raw.get(REGISTRY_AUTH_TOKEN_ENDPOINT))) {
                problems.add(REGISTRY_AUTH_TOKEN_ENDPOINT + " must be an http:// or https:// URL");
            }
        }
        if ((username || password) && (endpoint || !oauthParts.isEmpty())) {
            problems.add("registry basic auth (" + REGISTRY_USERNAME + ") and OAuth2 (" + REGISTRY_AUTH_TOKEN_ENDPOINT
                + ") are both configured: choose one");
        }

        boolean location = given(raw, REGISTRY_TRUSTSTORE_LOCATION);
        boolean storePassword = given(raw, REGISTRY_TRUSTSTORE_PASSWORD);
        String type = raw.getOrDefault(REGISTRY_TRUSTSTORE_TYPE, "JKS").toUpperCase(Locale.ROOT);
        if (storePassword && !location) {
            problems.add(REGISTRY_TRUSTSTORE_PASSWORD + " is set but " + REGISTRY_TRUSTSTORE_LOCATION + " is not");
        }
        if (location) {
            if (!"PEM".equals(type) && !storePassword) {
                problems.add(REGISTRY_TRUSTSTORE_LOCATION + " is set but " + REGISTRY_TRUSTSTORE_PASSWORD
                    + " is not (needed for a " + type + " trust store)");
            }
            if (!isReadableFile(raw.get(REGISTRY_TRUSTSTORE_LOCATION))) {
                problems.add(REGISTRY_TRUSTSTORE_LOCATION + ": no readable file " + raw.get(REGISTRY_TRUSTSTORE_LOCATION));
            }
        }
        return problems;
    }

    private static boolean given(Map<String, String> raw, String key) {
        String value = raw.get(key);
        return value != null && !value.isBlank();
    }

    private static boolean isHttpUrl(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    private static boolean isReadableFile(String location) {
        try {
            Path path = Path.of(location);
            return Files.isRegularFile(path) && Files.isReadable(path);
        } catch (InvalidPathException e) {
            return false;
        }
    }
}
