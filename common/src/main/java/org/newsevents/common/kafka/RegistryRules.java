package org.newsevents.common.kafka;

import io.apicurio.registry.client.RegistryClientFactory;
import io.apicurio.registry.client.common.RegistryClientOptions;
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
 * incompatible schema is refused at registration instead of breaking consumers.
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
        RegistryClient client = RegistryClientFactory.create(options(settings));
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
            + settings.string(CommonConfig.REGISTRY_URL) + ": " + e.getMessage(), e);
    }

    private static RegistryClientOptions options(Settings settings) {
        RegistryClientOptions options = RegistryClientOptions.create(
            RegistrySerdes.registryApiUrl(settings.string(CommonConfig.REGISTRY_URL))).retry();
        if (settings.has(CommonConfig.REGISTRY_USERNAME)) {
            options.basicAuth(settings.string(CommonConfig.REGISTRY_USERNAME), settings.string(CommonConfig.REGISTRY_PASSWORD));
        }
        if (settings.has(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION)) {
            String location = settings.string(CommonConfig.REGISTRY_TRUSTSTORE_LOCATION);
            String password = settings.string(CommonConfig.REGISTRY_TRUSTSTORE_PASSWORD);
            if ("PKCS12".equalsIgnoreCase(settings.string(CommonConfig.REGISTRY_TRUSTSTORE_TYPE))) {
                options.trustStorePkcs12(location, password);
            } else {
                options.trustStoreJks(location, password);
            }
        }
        return options;
    }
}
