package org.newsevents.ingest.feeds;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigException;

/**
 * Which addresses a feed or one of its links may make ingest connect to: public addresses, plus the
 * configured exceptions ({@code feed.allow.addresses}). Refused by default: loopback, private (RFC 1918,
 * IPv6 unique-local), link-local (incl. cloud metadata at 169.254.169.254), carrier-grade NAT, "this network",
 * any-local and multicast, so a feed cannot turn ingest into a proxy into internal services. Thread-safe.
 */
public final class AddressPolicy {
    /** Literal addresses only: a host name in the allow list would need DNS at start-up and could change. */
    private static final Pattern LITERAL = Pattern.compile("[0-9.]+|[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    /** Checks {@code feed.allow.addresses} at start-up: each entry an IP address or CIDR block. */
    public static final ConfigDef.Validator VALIDATOR = (name, value) -> {
        if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                try {
                    Block.parse(entry.toString());
                } catch (IllegalArgumentException e) {
                    throw new ConfigException(name, entry, e.getMessage());
                }
            }
        }
    };

    private final List<Block> allowed;

    private AddressPolicy(List<Block> allowed) {
        this.allowed = allowed;
    }

    /** Public addresses plus these addresses or CIDR blocks (e.g. {@code 127.0.0.1}, {@code 10.0.0.0/8}). */
    public static AddressPolicy allowing(List<String> exceptions) {
        List<Block> blocks = new ArrayList<>();
        for (String e : exceptions) {
            if (!e.isBlank()) {
                blocks.add(Block.parse(e.trim()));
            }
        }
        return new AddressPolicy(List.copyOf(blocks));
    }

    public static AddressPolicy publicOnly() {
        return new AddressPolicy(List.of());
    }

    public boolean allows(InetAddress address) {
        return !isInternal(address) || allowed.stream().anyMatch(b -> b.contains(address));
    }

    static boolean isInternal(InetAddress a) {
        if (a.isLoopbackAddress() || a.isSiteLocalAddress() || a.isLinkLocalAddress() || a.isAnyLocalAddress()
            || a.isMulticastAddress()) {
            return true;
        }
        byte[] b = a.getAddress();
        if (b.length == 4) {
            int first = b[0] & 0xFF;
            int second = b[1] & 0xFF;
            return first == 0 || (first == 100 && second >= 64 && second < 128) || first >= 240;
        }
        // IPv6 unique-local fc00::/7; IPv4-mapped and NAT64 forms of internal IPv4 addresses.
        if ((b[0] & 0xFE) == 0xFC) {
            return true;
        }
        if (isPrefix(b, new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, (byte) 0xFF, (byte) 0xFF})
            || isPrefix(b, new byte[] {0, 0x64, (byte) 0xFF, (byte) 0x9B, 0, 0, 0, 0, 0, 0, 0, 0})) {
            try {
                return isInternal(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
            } catch (UnknownHostException impossible) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPrefix(byte[] address, byte[] prefix) {
        for (int i = 0; i < prefix.length; i++) {
            if (address[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** An address block: network bytes and prefix length. */
    private record Block(byte[] network, int bits) {
        static Block parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            if (!LITERAL.matcher(address).matches()) {
                throw new IllegalArgumentException("not an IP address or CIDR block: " + text);
            }
            byte[] bytes;
            try {
                bytes = InetAddress.getByName(address).getAddress();
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("not an IP address: " + text);
            }
            int bits = bytes.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(text.substring(slash + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("bad prefix length in " + text);
                }
                if (bits < 0 || bits > bytes.length * 8) {
                    throw new IllegalArgumentException("prefix length out of range in " + text);
                }
            }
            return new Block(bytes, bits);
        }

        boolean contains(InetAddress address) {
            byte[] a = address.getAddress();
            if (a.length != network.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (network[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }
}
