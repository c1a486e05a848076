package org.newsevents.faults.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The JDK's keytool, for the certificates and stores the security tests make. */
public final class Keytool {
    private Keytool() {
    }

    public static void run(String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "keytool").toString());
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isZero();
    }

    /**
     * A self-signed certificate for 127.0.0.1/localhost in a PKCS12 key store, and a PKCS12 trust
     * store holding just that certificate (what a TLS server under test and its clients need).
     */
    public static void selfSignedLocalhost(Path dir, String alias, Path keystore, String keystorePassword,
                                           Path truststore, String truststorePassword) throws Exception {
        Path cert = dir.resolve(alias + ".crt");
        run("-genkeypair", "-alias", alias, "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
            "-dname", "CN=127.0.0.1", "-ext", "SAN=IP:127.0.0.1,DNS:localhost",
            "-keystore", keystore.toString(), "-storetype", "PKCS12", "-storepass", keystorePassword,
            "-keypass", keystorePassword);
        run("-exportcert", "-alias", alias, "-keystore", keystore.toString(), "-storepass", keystorePassword,
            "-file", cert.toString());
        run("-importcert", "-noprompt", "-alias", alias, "-file", cert.toString(),
            "-keystore", truststore.toString(), "-storetype", "PKCS12", "-storepass", truststorePassword);
    }
}
