package org.newsevents.faults.security;

import org.newsevents.faults.support.Keytool;
import org.newsevents.faults.support.SinkOutput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.stack.KafkaBroker;
import org.newsevents.stack.Ports;
import org.newsevents.stack.testing.RealStack;

/**
 * One extra local broker with an SSL listener (a certificate made by keytool for 127.0.0.1) and a SASL/SCRAM
 * listener (a user created through the Admin API), next to the PLAINTEXT listener used only to set it up. The
 * whole pipeline ({@code run}) passes on each, and no secret shows up in its output, logs or {@code --help}.
 */
class SecuredBrokerIT {
    private static final String HOST = "127.0.0.1";
    private static final String STORE_SECRET = "store-secret-9f3a71";
    private static final String SCRAM_USER = "faults-user";
    private static final String SCRAM_SECRET = "scram-secret-5c2e88";
    private static final Path CORPUS = Path.of("..", "corpus");

    @TempDir
    static Path work;
    private static KafkaBroker broker;
    private static int sslPort;
    private static int saslPort;
    private static Path truststore;

    @BeforeAll
    static void startSecuredBroker() throws Exception {
        Path keystore = work.resolve("broker.p12");
        truststore = work.resolve("trust.p12");
        Keytool.selfSignedLocalhost(work, "broker", keystore, STORE_SECRET, truststore, STORE_SECRET);

        int plainPort = Ports.freePort(HOST);
        int controllerPort = Ports.freePort(HOST);
        sslPort = Ports.freePort(HOST);
        saslPort = Ports.freePort(HOST);
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("listeners", "PLAINTEXT://" + HOST + ":" + plainPort + ",SSL://" + HOST + ":" + sslPort
            + ",SASL_PLAINTEXT://" + HOST + ":" + saslPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        extra.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + plainPort + ",SSL://" + HOST + ":" + sslPort
            + ",SASL_PLAINTEXT://" + HOST + ":" + saslPort);
        extra.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,SSL:SSL,SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT");
        extra.put("ssl.keystore.location", keystore.toString());
        extra.put("ssl.keystore.password", STORE_SECRET);
        extra.put("ssl.key.password", STORE_SECRET);
        extra.put("ssl.keystore.type", "PKCS12");
        extra.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
        extra.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
            "org.apache.kafka.common.security.scram.ScramLoginModule required;");
        broker = new KafkaBroker(work.resolve("secured-broker"), HOST, plainPort, controllerPort, extra);
        broker.start(false);
        broker.awaitReady(java.time.Duration.ofSeconds(180));
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()))) {
            admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(SCRAM_USER,
                new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), SCRAM_SECRET))).all().get(30, TimeUnit.SECONDS);
        }
    }

    @AfterAll
    static void stopSecuredBroker() {
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void pipelineRunsOverSslWithoutShowingTheStorePassword() throws Exception {
        Captured run = runPipeline("ssl", HOST + ":" + sslPort, List.of(
            "security.protocol=SSL", "ssl.truststore.location=" + truststore, "ssl.truststore.password=" + STORE_SECRET,
            "ssl.truststore.type=PKCS12"));
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out + run.err).doesNotContain(STORE_SECRET);
        long summaries = Files.readAllLines(run.dir.resolve("articles.jsonl")).size();
        assertThat(summaries).isEqualTo(5);
        FaultResults.record("security: pipeline over an SSL listener (test-made certificate)", 5, SinkOutput.compactedEvents(run.dir), 0, 0,
            "store password absent from stdout, stderr and logs");
    }

    @Test
    void pipelineRunsOverSaslScramWithoutShowingThePassword() throws Exception {
        Captured run = runPipeline("sasl", HOST + ":" + saslPort, List.of(
            "security.protocol=SASL_PLAINTEXT", "sasl.mechanism=SCRAM-SHA-512",
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + SCRAM_USER
                + "\" password=\"" + SCRAM_SECRET + "\";"));
        assertThat(run.exit).as(run.err).isZero();
        assertThat(run.out + run.err).doesNotContain(SCRAM_SECRET);
        assertThat(Files.readAllLines(run.dir.resolve("articles.jsonl"))).hasSize(5);
        FaultResults.record("security: pipeline over a SASL/SCRAM-SHA-512 listener", 5, SinkOutput.compactedEvents(run.dir), 0, 0,
            "password absent from stdout, stderr and logs");
    }

    @Test
    void wrongScramPasswordFailsLoudlyWithoutPrintingIt() throws Exception {
        String wrong = "wrong-secret-0d1e2f";
        Captured run = runPipeline("sasl-wrong", HOST + ":" + saslPort, List.of(
            "security.protocol=SASL_PLAINTEXT", "sasl.mechanism=SCRAM-SHA-512",
            "sasl.jaas.config=org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + SCRAM_USER
                + "\" password=\"" + wrong + "\";"));
        assertThat(run.exit).isNotZero();
        assertThat(run.err).containsIgnoringCase("authentication");
        assertThat(run.out + run.err).doesNotContain(wrong);
    }

    @Test
    void helpOutputShowsNoSecret() throws Exception {
        for (String command : List.of("run", "ingest", "extractor", "sink")) {
            Captured help = capture(() -> Main.execute(command, "--help", "--set", "ssl.truststore.password=" + STORE_SECRET));
            assertThat(help.out + help.err).as(command).doesNotContain(STORE_SECRET);
        }
    }

    private static Captured runPipeline(String name, String bootstrap, List<String> security) throws Exception {
        RealStack stack = FaultStack.stack();
        Path out = work.resolve("out-" + name);
        List<String> args = new ArrayList<>(List.of("run", CORPUS.toString(), "--out", out.toString(), "--timeout", "120",
            "--bootstrap-servers", bootstrap, "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=faults-secured-" + name, "--set", "state.dir=" + work.resolve("streams-" + name),
            "--set", "topic.partitions=1"));
        security.forEach(s -> args.addAll(List.of("--set", s)));
        Captured c = capture(() -> Main.execute(args.toArray(String[]::new)));
        c.dir = out;
        return c;
    }


    private static Captured capture(java.util.function.IntSupplier body) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = body.getAsInt();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
        Captured c = new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        oldErr.println(c.err.length() > 4000 ? c.err.substring(c.err.length() - 4000) : c.err);
        return c;
    }


    private static final class Captured {
        final int exit;
        final String out;
        final String err;
        Path dir;

        Captured(int exit, String out, String err) {
            this.exit = exit;
            this.out = out;
            this.err = err;
        }
    }

}
