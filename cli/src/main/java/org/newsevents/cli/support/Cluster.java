package org.newsevents.cli.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.stack.LocalStack;

/**
 * The cluster a one-shot command (run, replay, bench) works on: the one --bootstrap-servers names,
 * or the local stack, used when it runs and started otherwise; closing stops only what was started.
 */
public final class Cluster implements AutoCloseable {
    private final LocalStack.Handle localStack;
    private final Map<String, String> flags = new LinkedHashMap<>();

    private Cluster(LocalStack.Handle localStack) {
        this.localStack = localStack;
        if (localStack != null) {
            flags.put(CommonConfig.BOOTSTRAP_SERVERS, localStack.bootstrapServers());
            flags.put(CommonConfig.REGISTRY_URL, localStack.registryUrl());
            System.err.println("Local stack: Kafka " + localStack.bootstrapServers() + ", registry " + localStack.registryUrl());
        }
    }

    public static Cluster open(ConnectionOptions connection, StackOptions stack) {
        return new Cluster(connection.clusterGiven() ? null : LocalStack.start(stack.settings()));
    }

    /** Settings that point the apps at this cluster (empty when the user named one: their flags apply). */
    public Map<String, String> flags() {
        return new LinkedHashMap<>(flags);
    }

    @Override
    public void close() {
        if (localStack != null) {
            localStack.close();
        }
    }
}
