package org.treatytracker.webhook;

import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Classifies IP addresses a webhook must never be sent to: every block of the IANA IPv4 and IPv6 Special-Purpose
 * Address Registries (RFC 6890 and its updates; iana-ipv4-special-registry, iana-ipv6-special-registry, read
 * 2026-11), IPv4 multicast (224.0.0.0/4) and, for IPv6, everything outside global unicast 2000::/3. IPv6 addresses
 * that carry an IPv4 address (IPv4-mapped and -compatible, NAT64 64:ff9b::/96, 6to4 2002::/16, Teredo 2001::/32)
 * are judged by the IPv4 addresses inside them, so {@code [::127.0.0.1]} or {@code [64:ff9b::7f00:1]} is loopback.
 * Blocks the registry marks globally reachable but that no webhook receiver lives on (AS112, AMT, PCP anycast) are
 * refused too: the list errs on the side of refusing. Plain Java.
 */
final class SpecialAddresses {

    /** One registry block: its prefix, length and the registry's name for it. */
    private record Block(byte[] prefix, int length, String name) {

        static Block of(String cidr, String name) {
            int slash = cidr.indexOf('/');
            try {
                return new Block(InetAddress.getByName(cidr.substring(0, slash)).getAddress(), Integer.parseInt(cidr.substring(slash + 1)), name);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(cidr, e);
            }
        }

        boolean contains(byte[] address) {
            if (address.length != prefix.length) {
                return false;
            }
            int full = length / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != prefix[i]) {
                    return false;
                }
            }
            int rest = length % 8;
            int mask = (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[full] & mask) == (prefix[full] & mask);
        }
    }

    /** The IANA IPv4 Special-Purpose Address Registry, and multicast from the IPv4 Address Space Registry. */
    private static final List<Block> IPV4 = List.of(
            Block.of("0.0.0.0/8", "\"this network\" (RFC 791)"),
            Block.of("10.0.0.0/8", "private-use (RFC 1918)"),
            Block.of("100.64.0.0/10", "shared address space (RFC 6598)"),
            Block.of("127.0.0.0/8", "loopback (RFC 1122)"),
            Block.of("169.254.0.0/16", "link-local (RFC 3927)"),
            Block.of("172.16.0.0/12", "private-use (RFC 1918)"),
            Block.of("192.0.0.0/24", "IETF protocol assignments (RFC 6890)"),
            Block.of("192.0.2.0/24", "documentation, TEST-NET-1 (RFC 5737)"),
            Block.of("192.31.196.0/24", "AS112-v4 (RFC 7535)"),
            Block.of("192.52.193.0/24", "AMT (RFC 7450)"),
            Block.of("192.88.99.0/24", "deprecated 6to4 relay anycast (RFC 7526)"),
            Block.of("192.168.0.0/16", "private-use (RFC 1918)"),
            Block.of("192.175.48.0/24", "direct delegation AS112 service (RFC 7534)"),
            Block.of("198.18.0.0/15", "benchmarking (RFC 2544)"),
            Block.of("198.51.100.0/24", "documentation, TEST-NET-2 (RFC 5737)"),
            Block.of("203.0.113.0/24", "documentation, TEST-NET-3 (RFC 5737)"),
            Block.of("224.0.0.0/4", "multicast (RFC 5771)"),
            Block.of("240.0.0.0/4", "reserved (RFC 1112)"),
            Block.of("255.255.255.255/32", "limited broadcast (RFC 919)"));

    /**
     * The IANA IPv6 Special-Purpose Address Registry, for the blocks inside 2000::/3 (all outside it is refused:
     * ::/128, ::1, ::/96, ::ffff:0:0/96, 64:ff9b:1::/48, 100::/64, 5f00::/16, fc00::/7, fe80::/10, ff00::/8 and the
     * unassigned rest). Teredo (2001::/32, inside 2001::/23) and 6to4 are unwrapped before this table is consulted.
     */
    private static final List<Block> IPV6 = List.of(
            Block.of("2001::/23", "IETF protocol assignments (RFC 2928)"),
            Block.of("2001:db8::/32", "documentation (RFC 3849)"),
            Block.of("3fff::/20", "documentation (RFC 9637)"));

    private static final Block GLOBAL_UNICAST = Block.of("2000::/3", "global unicast");
    private static final Block NAT64 = Block.of("64:ff9b::/96", "IPv4-IPv6 translation (RFC 6052)");
    private static final Block SIX_TO_FOUR = Block.of("2002::/16", "6to4 (RFC 3056)");
    private static final Block TEREDO = Block.of("2001::/32", "Teredo (RFC 4380)");
    private static final Block IPV4_COMPATIBLE = Block.of("::/96", "IPv4-compatible (RFC 4291)");
    private static final Block IPV4_MAPPED = Block.of("::ffff:0:0/96", "IPv4-mapped (RFC 4291)");

    private SpecialAddresses() {
    }

    /** The registry's name of the special-purpose block this address is in, or null when it is an ordinary public address. */
    static String classify(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == 4 ? classifyV4(bytes) : classifyV6(bytes);
    }

    private static String classifyV4(byte[] bytes) {
        for (Block block : IPV4) {
            if (block.contains(bytes)) {
                return block.name();
            }
        }
        return null;
    }

    private static String classifyV6(byte[] bytes) {
        // The unspecified (::) and loopback (::1) addresses are inside ::/96 but carry no IPv4 address.
        if (new BigInteger(1, bytes).compareTo(BigInteger.ONE) <= 0) {
            return bytes[15] == 0 ? "unspecified (RFC 4291)" : "loopback (RFC 4291)";
        }
        if (IPV4_COMPATIBLE.contains(bytes)) {
            // Deprecated (RFC 4291 2.5.5.1) and never routed: refused whatever it wraps.
            String inner = classifyV4(slice(bytes, 12));
            return IPV4_COMPATIBLE.name() + (inner == null ? "" : " wrapping " + inner);
        }
        for (Block wrapper : List.of(IPV4_MAPPED, NAT64)) {
            if (wrapper.contains(bytes)) {
                return embedded(wrapper, slice(bytes, 12));
            }
        }
        if (SIX_TO_FOUR.contains(bytes)) {
            return embedded(SIX_TO_FOUR, slice(bytes, 2));
        }
        if (TEREDO.contains(bytes)) {
            // Teredo carries the server's IPv4 address in bits 32-63 and the client's, inverted, in the last 32.
            String server = classifyV4(slice(bytes, 4));
            byte[] client = slice(bytes, 12);
            for (int i = 0; i < 4; i++) {
                client[i] = (byte) ~client[i];
            }
            String inner = server != null ? server : classifyV4(client);
            return inner == null ? null : TEREDO.name() + " wrapping " + inner;
        }
        if (!GLOBAL_UNICAST.contains(bytes)) {
            return "not global unicast (outside 2000::/3: unique-local, link-local, multicast, discard-only or reserved)";
        }
        for (Block block : IPV6) {
            if (block.contains(bytes)) {
                return block.name();
            }
        }
        return null;
    }

    private static String embedded(Block wrapper, byte[] v4) {
        String inner = classifyV4(v4);
        return inner == null ? null : wrapper.name() + " wrapping " + inner;
    }

    private static byte[] slice(byte[] bytes, int from) {
        byte[] v4 = new byte[4];
        System.arraycopy(bytes, from, v4, 0, 4);
        return v4;
    }
}
