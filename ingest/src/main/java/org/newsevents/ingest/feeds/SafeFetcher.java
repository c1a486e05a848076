package org.newsevents.ingest.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * GET with the bounds of a {@link FetchPolicy}: http/https only; every hop's host resolved and checked
 * against the {@link AddressPolicy} before connecting; redirects followed by hand (so each target is checked,
 * loops are caught and the count is capped); connect, read and whole-response timeouts; the body capped while
 * it is read, after gzip decoding (a small compressed body can expand enormously); no system proxy (it would
 * bypass the address check). Conditional requests send {@code If-None-Match} / {@code If-Modified-Since}.
 *
 * <p>Built on {@link HttpURLConnection} because it has a per-read timeout, which {@code java.net.http.HttpClient}
 * lacks for bodies. Known limit: the host is resolved again when connecting, so a DNS server that answers
 * differently within milliseconds (rebinding) could slip past the check; pinning the address would break TLS
 * host verification without a custom socket factory. Thread-safe.
 */
public final class SafeFetcher {
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);

    private final FetchPolicy policy;

    public SafeFetcher(FetchPolicy policy) {
        this.policy = policy;
    }

    public FetchPolicy policy() {
        return policy;
    }

    /**
     * Fetches {@code url}, reading at most {@code maxBytes} of body.
     *
     * @param etag         sent as {@code If-None-Match} when not null
     * @param lastModified sent as {@code If-Modified-Since} when not null
     */
    public Fetched get(URI url, String accept, int maxBytes, String etag, String lastModified) throws FetchException {
        long deadline = System.nanoTime() + policy.totalTimeout().toNanos();
        Set<URI> visited = new HashSet<>();
        URI current = url;
        for (int hop = 0; ; hop++) {
            checkTarget(current);
            visited.add(current);
            HttpURLConnection connection = open(current, accept, etag, lastModified);
            try {
                int status = connection.getResponseCode();
                if (REDIRECTS.contains(status)) {
                    URI next = redirectTarget(current, connection.getHeaderField("Location"), status);
                    if (visited.contains(next)) {
                        throw new FetchException(FetchException.Kind.REDIRECTS, "redirect loop at " + next);
                    }
                    if (hop >= policy.maxRedirects()) {
                        throw new FetchException(FetchException.Kind.REDIRECTS, "more than " + policy.maxRedirects() + " redirects from " + url);
                    }
                    current = next;
                    continue;
                }
                if (status == HttpURLConnection.HTTP_NOT_MODIFIED) {
                    return new Fetched(current, status, new byte[0], null, etag, lastModified);
                }
                if (status >= 300) {
                    throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "HTTP " + status + " from " + current, null);
                }
                byte[] body = readBody(connection, maxBytes, deadline, current);
                return new Fetched(current, status, body, connection.getContentType(), connection.getHeaderField("ETag"),
                    connection.getHeaderField("Last-Modified"));
            } catch (SocketTimeoutException e) {
                throw new FetchException(FetchException.Kind.TIMEOUT, 0, "timed out on " + current + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new FetchException(FetchException.Kind.NETWORK, 0, "cannot fetch " + current + ": " + e, e);
            } finally {
                connection.disconnect();
            }
        }
    }

    /** Refuses other schemes and hosts that resolve to any address the policy does not allow. */
    void checkTarget(URI url) throws FetchException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException(FetchException.Kind.BLOCKED, "only http and https are fetched, not " + url);
        }
        String host = url.getHost();
        if (host == null || host.isEmpty()) {
            throw new FetchException(FetchException.Kind.BLOCKED, "no host in " + url);
        }
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            throw new FetchException(FetchException.Kind.NETWORK, 0, "unknown host " + host, e);
        }
        for (InetAddress a : addresses) {
            if (!policy.addresses().allows(a)) {
                throw new FetchException(FetchException.Kind.BLOCKED, host + " resolves to " + a.getHostAddress()
                    + ", an internal address (loopback, private or link-local) not listed in feed.allow.addresses");
            }
        }
    }

    private HttpURLConnection open(URI url, String accept, String etag, String lastModified) throws FetchException {
        try {
            HttpURLConnection c = (HttpURLConnection) url.toURL().openConnection(Proxy.NO_PROXY);
            c.setInstanceFollowRedirects(false);
            c.setConnectTimeout((int) policy.connectTimeout().toMillis());
            c.setReadTimeout((int) policy.readTimeout().toMillis());
            c.setUseCaches(false);
            c.setRequestProperty("User-Agent", policy.userAgent());
            c.setRequestProperty("Accept", accept);
            c.setRequestProperty("Accept-Encoding", "gzip");
            if (etag != null) {
                c.setRequestProperty("If-None-Match", etag);
            }
            if (lastModified != null) {
                c.setRequestProperty("If-Modified-Since", lastModified);
            }
            return c;
        } catch (IOException | IllegalArgumentException e) {
            throw new FetchException(FetchException.Kind.NETWORK, 0, "cannot open " + url + ": " + e, e);
        }
    }

    private static URI redirectTarget(URI from, String location, int status) throws FetchException {
        if (location == null || location.isBlank()) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "HTTP " + status + " without Location from " + from, null);
        }
        try {
            return from.resolve(new URI(location.trim())).normalize();
        } catch (URISyntaxException e) {
            throw new FetchException(FetchException.Kind.HTTP_STATUS, status, "bad Location from " + from + ": " + e.getMessage(), e);
        }
    }

    private static byte[] readBody(HttpURLConnection c, int maxBytes, long deadline, URI url) throws IOException, FetchException {
        long declared = c.getContentLengthLong();
        boolean gzip = "gzip".equalsIgnoreCase(c.getContentEncoding());
        if (!gzip && declared > maxBytes) {
            throw new FetchException(FetchException.Kind.TOO_LARGE, url + " declares " + declared + " bytes, more than the cap of " + maxBytes);
        }
        try (InputStream raw = c.getInputStream(); InputStream in = gzip ? new GZIPInputStream(raw) : raw) {
            ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.min(Math.max(declared, 8192), maxBytes));
            byte[] buffer = new byte[16 * 1024];
            int n;
            while ((n = in.read(buffer)) >= 0) {
                if (out.size() + n > maxBytes) {
                    throw new FetchException(FetchException.Kind.TOO_LARGE, url + " is larger than the cap of " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
                if (System.nanoTime() > deadline) {
                    throw new FetchException(FetchException.Kind.TIMEOUT, url + " took longer than the whole-response timeout");
                }
            }
            return out.toByteArray();
        }
    }
}
