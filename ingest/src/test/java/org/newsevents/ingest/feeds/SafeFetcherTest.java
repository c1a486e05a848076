package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The fetching bounds against a local server on 127.0.0.1. */
class SafeFetcherTest {
    private final FeedServer server = FeedServer.start();

    @AfterEach
    void stop() {
        server.close();
    }

    private static FetchPolicy policy(AddressPolicy addresses, int maxRedirects) {
        return new FetchPolicy("newsevents-test", Duration.ofSeconds(10), Duration.ofSeconds(2), Duration.ofSeconds(20), 64 * 1024,
            maxRedirects, addresses);
    }

    private final SafeFetcher fetcher = new SafeFetcher(policy(AddressPolicy.allowing(List.of("127.0.0.1")), 3));

    private Fetched get(String path, int max) throws FetchException {
        return fetcher.get(server.url(path), "*/*", max, null, null);
    }

    @Test
    void loopbackIsRefusedUnlessAllowed() {
        SafeFetcher strict = new SafeFetcher(policy(AddressPolicy.publicOnly(), 3));
        server.serve("/page", "text/html", "<p>hi</p>".getBytes());
        assertThatThrownBy(() -> strict.get(server.url("/page"), "*/*", 1000, null, null))
            .isInstanceOf(FetchException.class).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.BLOCKED);
        assertThat(server.requests("/page")).isZero();
    }

    @Test
    void onlyHttpAndHttpsAreFetched() {
        for (String url : List.of("file:///etc/passwd", "ftp://127.0.0.1/x", "jar:file:/x.jar!/y")) {
            assertThatThrownBy(() -> fetcher.get(URI.create(url), "*/*", 1000, null, null)).as(url)
                .extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.BLOCKED);
        }
    }

    @Test
    void redirectToAnInternalAddressIsRefused() {
        server.redirect("/out", "http://10.0.0.1/admin");
        assertThatThrownBy(() -> get("/out", 1000)).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.BLOCKED);
    }

    @Test
    void redirectsAreFollowedUpToTheLimitAndLoopsAreCaught() throws Exception {
        server.serve("/final", "text/html", "<p>ok</p>".getBytes());
        server.redirect("/a", "/b");
        server.redirect("/b", server.base() + "/final");
        Fetched ok = get("/a", 1000);
        assertThat(ok.url()).isEqualTo(server.url("/final"));
        assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("<p>ok</p>");

        server.redirect("/loop1", "/loop2");
        server.redirect("/loop2", "/loop1");
        assertThatThrownBy(() -> get("/loop1", 1000)).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.REDIRECTS);

        for (int i = 0; i < 6; i++) {
            server.redirect("/chain" + i, "/chain" + (i + 1));
        }
        assertThatThrownBy(() -> get("/chain0", 1000)).hasMessageContaining("more than 3 redirects");
    }

    @Test
    void bodiesAboveTheCapAreRefusedAlsoWhenGzipped() throws Exception {
        server.serve("/big", "text/html", new byte[5000]);
        assertThatThrownBy(() -> get("/big", 4000)).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.TOO_LARGE);

        ByteArrayOutputStream zipped = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(zipped)) {
            gz.write(new byte[1_000_000]);
        }
        server.serve("/bomb", "text/html", zipped.toByteArray(), Map.of("Content-Encoding", "gzip"));
        assertThat(zipped.size()).isLessThan(4000);
        assertThatThrownBy(() -> get("/bomb", 4000)).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.TOO_LARGE);
    }

    @Test
    void slowServerHitsTheReadTimeout() {
        server.slow("/slow", 6000, "text/html", "<p>late</p>".getBytes());
        assertThatThrownBy(() -> get("/slow", 1000)).extracting(e -> ((FetchException) e).kind()).isEqualTo(FetchException.Kind.TIMEOUT);
    }

    @Test
    void errorStatusesAreFailures() {
        server.status("/gone", 404);
        server.status("/broken", 503);
        assertThatThrownBy(() -> get("/gone", 1000)).extracting(e -> ((FetchException) e).status()).isEqualTo(404);
        assertThatThrownBy(() -> get("/broken", 1000)).extracting(e -> ((FetchException) e).status()).isEqualTo(503);
    }

    @Test
    void conditionalGetGivesNotModifiedWithTheSameValidators() throws Exception {
        server.serve("/feed", "application/rss+xml; charset=ISO-8859-1", "<rss/>".getBytes());
        Fetched first = get("/feed", 1000);
        assertThat(first.etag()).isNotNull();
        assertThat(first.lastModified()).isNotNull();
        assertThat(first.charset()).hasValue(StandardCharsets.ISO_8859_1);
        Fetched second = fetcher.get(server.url("/feed"), "*/*", 1000, first.etag(), first.lastModified());
        assertThat(second.notModified()).isTrue();
        assertThat(second.etag()).isEqualTo(first.etag());
        assertThat(server.notModified("/feed")).isEqualTo(1);
    }
}
