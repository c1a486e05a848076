package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.util.List;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
    private static InetAddress ip(String literal) throws Exception {
        return InetAddress.getByName(literal);
    }

    @Test
    void internalAddressesAreRefusedByDefault() throws Exception {
        AddressPolicy policy = AddressPolicy.publicOnly();
        for (String internal : List.of("127.0.0.1", "127.8.9.10", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254",
            "100.64.0.1", "0.0.0.0", "224.0.0.1", "::1", "fe80::1", "fd00::1", "::ffff:10.0.0.1", "64:ff9b::a00:1")) {
            assertThat(policy.allows(ip(internal))).as(internal).isFalse();
        }
    }

    @Test
    void publicAddressesAreAllowed() throws Exception {
        AddressPolicy policy = AddressPolicy.publicOnly();
        for (String external : List.of("93.184.216.34", "8.8.8.8", "2606:4700::1111", "172.32.0.1", "100.128.0.1")) {
            assertThat(policy.allows(ip(external))).as(external).isTrue();
        }
    }

    @Test
    void configuredAddressesAndBlocksAreAllowedAndNothingElse() throws Exception {
        AddressPolicy policy = AddressPolicy.allowing(List.of("127.0.0.1", "10.1.0.0/16"));
        assertThat(policy.allows(ip("127.0.0.1"))).isTrue();
        assertThat(policy.allows(ip("127.0.0.2"))).isFalse();
        assertThat(policy.allows(ip("10.1.200.3"))).isTrue();
        assertThat(policy.allows(ip("10.2.0.1"))).isFalse();
        assertThat(policy.allows(ip("::1"))).isFalse();
    }

    @Test
    void allowListEntriesMustBeAddressesOrBlocks() {
        assertThatThrownBy(() -> AddressPolicy.VALIDATOR.ensureValid("feed.allow.addresses", List.of("localhost")))
            .isInstanceOf(ConfigException.class).hasMessageContaining("localhost");
        assertThatThrownBy(() -> AddressPolicy.VALIDATOR.ensureValid("feed.allow.addresses", List.of("10.0.0.0/33")))
            .isInstanceOf(ConfigException.class);
        AddressPolicy.VALIDATOR.ensureValid("feed.allow.addresses", List.of("127.0.0.1", "fd00::/8"));
    }
}
