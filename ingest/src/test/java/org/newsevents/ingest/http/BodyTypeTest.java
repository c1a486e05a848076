package org.newsevents.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BodyTypeTest {
    @Test
    void acceptsPlainTextAndJsonWithUtf8() throws Exception {
        assertThat(BodyType.of("text/plain")).isEqualTo(BodyType.TEXT);
        assertThat(BodyType.of("Text/Plain; charset=UTF-8")).isEqualTo(BodyType.TEXT);
        assertThat(BodyType.of("application/json;charset=\"utf-8\"")).isEqualTo(BodyType.JSON);
        assertThat(BodyType.of("text/html; charset=utf-8")).isEqualTo(BodyType.HTML);
    }

    @Test
    void refusesOtherMediaTypesAndCharsets() {
        assertThatThrownBy(() -> BodyType.of("application/xml")).isInstanceOf(BodyType.Unsupported.class);
        assertThatThrownBy(() -> BodyType.of(null)).isInstanceOf(BodyType.Unsupported.class);
        assertThatThrownBy(() -> BodyType.of("text/plain; charset=iso-8859-1")).hasMessageContaining("UTF-8");
    }

    @Test
    void bearerTokenIsCheckedWhenConfigured() {
        assertThat(new BearerAuth(null).allows(null)).isTrue();
        BearerAuth auth = new BearerAuth("s3cret");
        assertThat(auth.allows("Bearer s3cret")).isTrue();
        assertThat(auth.allows("bearer s3cret")).isTrue();
        assertThat(auth.allows("Bearer wrong")).isFalse();
        assertThat(auth.allows("Basic s3cret")).isFalse();
        assertThat(auth.allows(null)).isFalse();
    }
}
