package io.storyline.ingest.feeds;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides whether a URL may be fetched: only {@code http} and {@code https}, and, unless private
 * addresses are allowed, only when every address its host resolves to is public. Refused: loopback
 * (127/8, ::1), unspecified (0.0.0.0/8, ::), private (10/8, 172.16/12, 192.168/16, fc00::/7), shared
 * (100.64/10), link-local (169.254/16, fe80::/10), multicast and broadcast addresses, so that a feed
 * cannot make Storyline reach into the machine or network it runs on.
 *
 * <p>The check resolves the host itself; the HTTP client resolves it again when it connects, so a name
 * whose DNS answer changes in between is not caught. Thread-safe.
 */
public final class AddressPolicy {

    /** Resolves a host name to all its addresses; tests substitute fixed answers. */
    @FunctionalInterface
    public interface Resolver {
        /** Every address of {@code host}. */
        List<InetAddress> resolve(String host) throws UnknownHostException;

        /** The system resolver. */
        Resolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    /** A policy; {@code allowPrivate} lets loopback, private and link-local addresses through. */
    public AddressPolicy(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why {@code uri} must not be fetched, or empty when it may be. */
    public Optional<String> refusal(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("only http and https URLs are fetched, got \"" + uri + "\"");
        }
        String host = uri.getHost();
        if (host == null || host.isEmpty()) {
            return Optional.of("URL has no host: \"" + uri + "\"");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("cannot resolve host " + host);
        }
        for (InetAddress a : addresses) {
            String kind = nonPublic(a);
            if (kind != null) {
                return Optional.of("refused " + uri + ": host " + host + " resolves to " + kind + " address "
                        + a.getHostAddress() + " (use --allow-private to fetch from this network)");
            }
        }
        return Optional.empty();
    }

    /** What kind of non-public address {@code a} is, or null when it is public. */
    static @org.jspecify.annotations.Nullable String nonPublic(InetAddress a) {
        if (a.isLoopbackAddress()) {
            return "a loopback";
        }
        if (a.isAnyLocalAddress()) {
            return "an unspecified";
        }
        if (a.isLinkLocalAddress()) {
            return "a link-local";
        }
        if (a.isMulticastAddress()) {
            return "a multicast";
        }
        if (a.isSiteLocalAddress()) {
            return "a private";
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            if (first == 0) {
                return "an unspecified";
            }
            if (first == 100 && second >= 64 && second < 128) {
                return "a shared (carrier-grade NAT)";
            }
            if (first == 255 && (b[1] & b[2] & b[3] & 0xff) == 0xff) {
                return "a broadcast";
            }
        } else if (a instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return "a private (unique local)";
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
                } catch (UnknownHostException e) {
                    return "an unusable";
                }
            }
        }
        return null;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
