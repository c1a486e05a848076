package org.newsevents.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.kiota.ApiExceptionBuilder;
import java.util.concurrent.CompletionException;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.Test;

/** Registry failures are explained with the setting to check. */
class RegistryRulesTest {
    @Test
    void explainsARefusalByTheRegistryWithTheAuthSettings() {
        String message = RegistryRules.describe(new CompletionException(
            new ApiExceptionBuilder().withMessage("unauthorized").withResponseStatusCode(401).build()));
        assertThat(message).startsWith("the registry refused the request (HTTP 401)")
            .contains("registry.username").contains("registry.auth.client.secret");
    }

    @Test
    void explainsAnUntrustedCertificateWithTheTrustStoreSetting() {
        String message = RegistryRules.describe(new RuntimeException("request failed",
            new SSLHandshakeException("PKIX path building failed")));
        assertThat(message).startsWith("TLS handshake failed (SSLHandshakeException: PKIX path building failed)")
            .contains("registry.truststore.location");
    }

    @Test
    void reportsTheRootCauseOtherwise() {
        assertThat(RegistryRules.describe(new RuntimeException(new java.net.ConnectException("Connection refused"))))
            .isEqualTo("ConnectException: Connection refused");
    }
}
