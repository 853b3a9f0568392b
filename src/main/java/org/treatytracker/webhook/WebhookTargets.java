package org.treatytracker.webhook;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;

/**
 * Which URLs deliveries may be sent to: http or https with a host, and, unless private targets are allowed,
 * a host whose every address is public, so that a subscriber cannot make the server POST to its own loopback,
 * the private network or a cloud metadata address (server-side request forgery). Plain Java.
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
            if (isPrivate(address)) {
                return "resolves to a loopback, private or link-local address (" + address.getHostAddress()
                        + "), which this server does not send to (treaty.webhooks.allow-private-targets)";
            }
        }
        return null;
    }

    static boolean isPrivate(InetAddress address) {
        byte[] bytes = address.getAddress();
        boolean uniqueLocalV6 = bytes.length == 16 && (bytes[0] & 0xfe) == 0xfc;
        boolean sharedV4 = bytes.length == 4 && (bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64;
        return address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress() || uniqueLocalV6 || sharedV4;
    }
}
