package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortsTest {
    private static final String HOST = "127.0.0.1";

    @Test
    void reportsAPortWithAListenerAsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            assertThat(Ports.isFree(HOST, taken.getLocalPort())).isFalse();
            assertThat(Ports.isListening(HOST, taken.getLocalPort(), 1_000)).isTrue();
        }
    }

    @Test
    void reportsAPortWithoutListenerAsFree() {
        int port = Ports.freePort(HOST);

        assertThat(Ports.isFree(HOST, port)).isTrue();
        assertThat(Ports.isListening(HOST, port, 500)).isFalse();
    }

    @Test
    void takenPortErrorNamesPortPurposeAndWhatToDo() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            int port = taken.getLocalPort();

            assertThatThrownBy(() -> Ports.requireFree(HOST, port, "Kafka broker", "--kafka-port"))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + port + " on " + HOST + " (Kafka broker) is already in use")
                    .hasMessageContaining("--kafka-port")
                    .hasMessageContaining("--bootstrap-servers");
        }
    }
}
