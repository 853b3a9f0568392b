package org.treatytracker.webhook;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which URLs deliveries may be sent to: http or https with a host, and, unless private targets are allowed,
 * a host whose every address is public, so that a subscriber cannot make the server POST to its own loopback,
 * the private network or a cloud metadata address (server-side request forgery). Checked at subscription and again
 * at each delivery, after resolving the host then (DNS rebinding). Public means: in no block of {@link SpecialAddresses}
 * and no address of this host's own interfaces. Plain Java.
 */
public final class WebhookTargets {

    private WebhookTargets() {
    }

    /** Why this URL is refused, or null when deliveries may go there. */
    public static String refusal(String url, boolean allowPrivate) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return "is not a URL: " + e.getReason();
        }
        String scheme = uri.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            return "must be an http or https URL";
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return "must name a host";
        }
        if (uri.getRawUserInfo() != null) {
            return "must not carry a user name or password";
        }
        if (uri.getRawFragment() != null) {
            return "must not have a fragment";
        }
        return allowPrivate ? null : privateAddressRefusal(uri.getHost());
    }

    /** Why this host is refused as private, or null when all its addresses are public. */
    static String privateAddressRefusal(String host) {
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(host);
        } catch (UnknownHostException e) {
            return "names a host that cannot be resolved: " + host;
        }
        for (InetAddress address : addresses) {
            String why = whyPrivate(address);
            if (why != null) {
                return "resolves to " + address.getHostAddress() + ", " + why
                        + ", which this server does not send to (treaty.webhooks.allow-private-targets)";
            }
        }
        return null;
    }

    /** Why deliveries may not go to this address (a special-purpose block, or this host itself), or null. */
    static String whyPrivate(InetAddress address) {
        String special = SpecialAddresses.classify(address);
        if (special != null) {
            return "a special-purpose address: " + special;
        }
        return isOwnAddress(address) ? "an address of this server itself" : null;
    }

    static boolean isPrivate(InetAddress address) {
        return whyPrivate(address) != null;
    }

    /** An address of one of this host's interfaces: its public address reaches the server's own ports. */
    private static boolean isOwnAddress(InetAddress address) {
        try {
            return NetworkInterface.getByInetAddress(address) != null;
        } catch (SocketException e) {
            return true;  // cannot tell: refuse rather than risk sending to ourselves
        }
    }
}
