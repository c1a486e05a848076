package org.newsevents.stack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;

/** TCP port checks done before starting a server, so a clash gives a clear message instead of a child's stack trace. */
public final class Ports {
    private Ports() {
    }

    /**
     * True when a server could bind {@code host:port} now. SO_REUSEADDR is set as Kafka and Quarkus do,
     * so sockets lingering in TIME_WAIT do not count as "taken".
     */
    public static boolean isFree(String host, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** True when something accepts TCP connections on {@code host:port}. */
    public static boolean isListening(String host, int port, int timeoutMillis) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), timeoutMillis);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Fails with a message naming the port, its purpose and what to do when {@code host:port} is taken.
     *
     * @param purpose what we wanted the port for, e.g. "Kafka broker"
     * @param setting the setting that changes the port, e.g. "--kafka-port"
     */
    public static void requireFree(String host, int port, String purpose, String setting) {
        if (!isFree(host, port)) {
            throw new StackException(portTakenMessage(host, port, purpose, setting));
        }
    }

    static String portTakenMessage(String host, int port, String purpose, String setting) {
        return "Port " + port + " on " + host + " (" + purpose + ") is already in use by another process. "
                + "Stop that process (see `ss -ltnp 'sport = :" + port + "'`), choose another port with "
                + setting + ", or use the server that already runs there (--bootstrap-servers / --registry-url) "
                + "instead of starting the local stack.";
    }

    /** A port that is free right now on {@code host}, chosen by the OS. */
    public static int freePort(String host) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(host), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new StackException("Cannot find a free TCP port on " + host + ": " + e.getMessage(), e);
        }
    }
}
