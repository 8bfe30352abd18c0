package io.tierdesk.webhook;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Address ranges a webhook must not reach: everything that is not an ordinary public unicast address, including
 * the IPv6 forms that embed an IPv4 address (IPv4-compatible, IPv4-mapped and -translated, NAT64, 6to4, Teredo),
 * since a gateway on the way may turn them into a call to an internal IPv4 address.
 */
final class InternalAddresses {

    private static final List<Block> BLOCKS = List.of(
            // IPv4
            Block.of("0.0.0.0/8"), // this network, unspecified
            Block.of("10.0.0.0/8"), // private
            Block.of("100.64.0.0/10"), // carrier-grade NAT
            Block.of("127.0.0.0/8"), // loopback
            Block.of("169.254.0.0/16"), // link-local, cloud metadata
            Block.of("172.16.0.0/12"), // private
            Block.of("192.0.0.0/24"), // IETF protocol assignments
            Block.of("192.0.2.0/24"), // documentation
            Block.of("192.88.99.0/24"), // 6to4 relay anycast
            Block.of("192.168.0.0/16"), // private
            Block.of("198.18.0.0/15"), // benchmarking
            Block.of("198.51.100.0/24"), // documentation
            Block.of("203.0.113.0/24"), // documentation
            Block.of("224.0.0.0/4"), // multicast
            Block.of("240.0.0.0/4"), // reserved, broadcast
            // IPv6
            Block.of("::/96"), // unspecified, loopback, IPv4-compatible (::a.b.c.d)
            Block.of("::ffff:0:0:0/96"), // IPv4-translated
            Block.of("64:ff9b::/96"), // NAT64, well-known prefix
            Block.of("64:ff9b:1::/48"), // NAT64, local use
            Block.of("100::/64"), // discard-only
            Block.of("2001::/32"), // Teredo
            Block.of("2001:2::/48"), // benchmarking
            Block.of("2001:10::/28"), // ORCHID
            Block.of("2001:20::/28"), // ORCHIDv2
            Block.of("2001:db8::/32"), // documentation
            Block.of("2002::/16"), // 6to4
            Block.of("fc00::/7"), // unique local
            Block.of("fe80::/10"), // link-local
            Block.of("fec0::/10"), // site-local (deprecated)
            Block.of("ff00::/8")); // multicast

    private InternalAddresses() {}

    /** Java reads IPv4-mapped addresses ({@code ::ffff:a.b.c.d}) as the IPv4 address, so the IPv4 blocks cover them. */
    static boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        for (Block block : BLOCKS) {
            if (block.contains(bytes)) {
                return true;
            }
        }
        return false;
    }

    /** A CIDR block. */
    private record Block(byte[] prefix, int bits) {

        static Block of(String cidr) {
            int slash = cidr.indexOf('/');
            try {
                return new Block(
                        InetAddress.getByName(cidr.substring(0, slash)).getAddress(),
                        Integer.parseInt(cidr.substring(slash + 1)));
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int whole = bits / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = bits % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[whole] & mask) == (prefix[whole] & mask);
        }
    }
}
