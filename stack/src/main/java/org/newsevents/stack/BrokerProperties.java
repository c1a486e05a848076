package org.newsevents.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Renders server.properties for a single-node KRaft broker that also supports exactly_once_v2. */
public final class BrokerProperties {
    static final int NODE_ID = 1;

    private BrokerProperties() {
    }

    /** The settings in file order. */
    public static Map<String, String> settings(Path logDir, String host, int port, int controllerPort) {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("process.roles", "broker,controller");
        p.put("node.id", Integer.toString(NODE_ID));
        // A static voter set: the format step needs no --standalone and the quorum is fixed at one node.
        p.put("controller.quorum.voters", NODE_ID + "@" + host + ":" + controllerPort);
        p.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().normalize().toString());
        p.put("num.partitions", "1");
        p.put("default.replication.factor", "1");
        // Internal topics default to RF 3; with one node transactions and groups would never become available.
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "1");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("transaction.state.log.num.partitions", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("min.insync.replicas", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        // Topics are created explicitly by the applications; a typo must fail, not create a topic.
        p.put("auto.create.topics.enable", "false");
        // The default 128 MB cleaner buffer would take a quarter of the 512 MB heap.
        p.put("log.cleaner.dedupe.buffer.size", Integer.toString(32 * 1024 * 1024));
        return p;
    }

    /** The settings as the text of a properties file. */
    public static String render(Path logDir, String host, int port, int controllerPort) {
        return render(logDir, host, port, controllerPort, Map.of());
    }

    /**
     * As {@link #render(Path, String, int, int)} with {@code extra} settings added or replacing defaults, e.g. more
     * listeners (SSL, SASL) for security tests; the PLAINTEXT listener stays the one readiness checks use.
     */
    public static String render(Path logDir, String host, int port, int controllerPort, Map<String, String> extra) {
        StringBuilder text = new StringBuilder("# Written by newsevents-stack on every start; edits are overwritten.\n");
        Map<String, String> all = settings(logDir, host, port, controllerPort);
        all.putAll(extra);
        all.forEach((key, value) -> text.append(key).append('=').append(escape(value)).append('\n'));
        return text.toString();
    }

    private static String escape(String value) {
        return value.replace("\\", "\\\\");
    }
}
