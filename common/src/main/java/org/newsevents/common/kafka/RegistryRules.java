package org.newsevents.common.kafka;

import com.microsoft.kiota.ApiException;
import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.rest.client.RegistryClient;
import io.apicurio.registry.rest.client.models.CreateRule;
import io.apicurio.registry.rest.client.models.ProblemDetails;
import io.apicurio.registry.rest.client.models.RuleType;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Schema evolution policy: the registry's global COMPATIBILITY rule is BACKWARD unless someone
 * already set one (an operator's choice is never overwritten). Global rules apply to every subject
 * without its own rule, including the ones our serdes auto-register, so a producer with an
 * incompatible schema is refused at registration instead of breaking consumers. The client uses the same auth and
 * TLS settings as the serdes ({@link RegistryAccess}).
 */
public final class RegistryRules {
    private static final Logger LOG = LoggerFactory.getLogger(RegistryRules.class);
    public static final String DEFAULT_COMPATIBILITY = "BACKWARD";

    private RegistryRules() {
    }

    /**
     * Sets the global compatibility rule to {@link #DEFAULT_COMPATIBILITY} when none is set.
     *
     * @return the rule's configuration now in force (BACKWARD, or what an operator chose), or null when
     *     there is none and these credentials may not create one (logged as a warning)
     * @throws IllegalStateException when the registry cannot be reached
     */
    public static String ensureDefaultCompatibility(Settings settings) {
        RegistryClient client = RegistryClientFactory.create(RegistryAccess.clientOptions(settings));
        String inForce = globalCompatibility(client, settings);
        if (inForce != null) {
            return inForce;
        }
        CreateRule rule = new CreateRule();
        rule.setRuleType(RuleType.COMPATIBILITY);
        rule.setConfig(DEFAULT_COMPATIBILITY);
        try {
            client.admin().rules().post(rule);
            LOG.info("registry global compatibility rule set to {}", DEFAULT_COMPATIBILITY);
            return DEFAULT_COMPATIBILITY;
        } catch (RuntimeException e) {
            // Another instance may have created it between our read and write (409): read what is in force.
            inForce = globalCompatibility(client, settings);
            if (inForce == null) {
                LOG.warn("the registry has no global compatibility rule and refused to create one ({}); "
                    + "schemas are not checked for compatibility", e.toString());
            }
            return inForce;
        }
    }

    /** The global COMPATIBILITY rule's configuration, or null when there is none. */
    private static String globalCompatibility(RegistryClient client, Settings settings) {
        try {
            return client.admin().rules().byRuleType(RuleType.COMPATIBILITY.getValue()).get().getConfig();
        } catch (ProblemDetails e) {
            if (e.getStatus() != null && e.getStatus() == 404) {
                return null;
            }
            throw unreachable(settings, e);
        } catch (RuntimeException e) {
            throw unreachable(settings, e);
        }
    }

    private static IllegalStateException unreachable(Settings settings, Exception e) {
        return new IllegalStateException("cannot read the registry's global compatibility rule at "
            + settings.string(CommonConfig.REGISTRY_URL) + ": " + describe(e), e);
    }

    /** The root cause and a hint at the setting to check: the client's own messages are often empty or generic. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String cause = root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            int status = t instanceof ApiException api ? api.getResponseStatusCode() : 0;
            if (status == 401 || status == 403) {
                return "the registry refused the request (HTTP " + status + "); check " + CommonConfig.REGISTRY_USERNAME + "/"
                    + CommonConfig.REGISTRY_PASSWORD + " or " + CommonConfig.REGISTRY_AUTH_TOKEN_ENDPOINT + "/"
                    + CommonConfig.REGISTRY_AUTH_CLIENT_ID + "/" + CommonConfig.REGISTRY_AUTH_CLIENT_SECRET;
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS handshake failed (" + cause + "); for an https registry with a certificate the JVM does "
                    + "not trust, set " + CommonConfig.REGISTRY_TRUSTSTORE_LOCATION + " to a trust store holding it";
            }
        }
        return cause;
    }
}
