package org.newsevents.ingest.http;

import org.newsevents.common.config.Settings;
import org.newsevents.ingest.IngestConfig;

/**
 * Options of the {@link HttpIngestServer}.
 *
 * @param bind             address to bind ({@code http.bind}, default 127.0.0.1)
 * @param port             port ({@code http.port}; 0 = any free port)
 * @param token            bearer token required on POST, or null for none ({@code http.token})
 * @param threads          request handler threads ({@code http.threads})
 * @param ackTimeoutMillis how long a request waits for Kafka's acknowledgement ({@code http.ack.timeout.ms})
 */
public record HttpOptions(String bind, int port, String token, int threads, long ackTimeoutMillis) {
    public static HttpOptions of(Settings settings) {
        return new HttpOptions(settings.string(IngestConfig.HTTP_BIND), settings.integer(IngestConfig.HTTP_PORT),
            settings.string(IngestConfig.HTTP_TOKEN), settings.integer(IngestConfig.HTTP_THREADS),
            settings.longValue(IngestConfig.HTTP_ACK_TIMEOUT_MS));
    }

    @Override
    public String toString() {
        return "HttpOptions[bind=" + bind + ", port=" + port + ", token=" + (token == null ? "none" : "[hidden]")
            + ", threads=" + threads + ", ackTimeoutMillis=" + ackTimeoutMillis + "]";
    }
}
