package org.treatytracker.webhook;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.NetworkInterface;
import java.util.Collections;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Server-side request forgery: special-purpose addresses, however written, and this host's own are refused. No container. */
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(strings = {"[::127.0.0.1]", "[::ffff:127.0.0.1]", "[64:ff9b::7f00:1]", "[64:ff9b::a9fe:a9fe]", "[2002:7f00:1::]",
            "[2001:0:4136:e378:8000:63bf:80ff:fffe]", "[2001:0:7f00:1::]", "[64:ff9b:1::1]", "0.1.2.3", "0.0.0.0", "198.18.0.1",
            "198.19.255.254", "192.0.0.1", "192.0.0.170", "240.0.0.1", "250.1.2.3", "255.255.255.255", "224.0.0.1", "239.255.255.250",
            "192.0.2.10", "198.51.100.7", "203.0.113.9", "192.88.99.1", "127.1.2.3", "10.0.0.1", "172.31.255.255", "192.168.1.1",
            "100.127.0.1", "169.254.169.254", "[::]", "[::1]", "[fe80::1]", "[fc00::1]", "[fd12:3456::1]", "[ff02::1]", "[100::1]",
            "[2001:db8::1]", "[2001:2::1]", "[2001:10::1]", "[3fff::1]", "[5f00::1]", "[fec0::1]", "2130706433"})
    void refusesSpecialPurposeAddresses(String host) {
        String refusal = WebhookTargets.refusal("https://" + host + "/hook", false);
        assertNotNull(refusal, host + " must be refused");
        assertTrue(refusal.contains("special-purpose") || refusal.contains("cannot be resolved") || refusal.contains("server itself"), refusal);
        // The same URL passes where private targets are allowed: the refusal is the address's, not the URL's shape.
        assertNull(WebhookTargets.refusal("https://" + host + "/hook", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "8.8.8.8", "1.1.1.1", "[2606:2800:21f:cb07:6820:80da:af6b:8b2c]",
            "[2001:4860:4860::8888]", "[64:ff9b::808:808]", "[::ffff:8.8.8.8]", "[2002:808:808::1]", "[2620:4f:8000::1]"})
    void acceptsPublicAddresses(String host) {
        assertNull(WebhookTargets.refusal("https://" + host + "/hook", false), host);
    }

    @Test
    void refusesEveryAddressOfThisHost() throws Exception {
        int checked = 0;
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                assertTrue(WebhookTargets.isPrivate(address), address.toString());
                if (SpecialAddresses.classify(address) == null) {
                    assertTrue(WebhookTargets.whyPrivate(address).contains("server itself"), address.toString());
                }
                checked++;
            }
        }
        assertTrue(checked > 0);
        InetAddress local = InetAddress.getLocalHost();
        assertTrue(WebhookTargets.isPrivate(local), local.toString());
    }

    @Test
    void namesTheBlockOfTheRegistry() {
        assertTrue(WebhookTargets.refusal("http://[64:ff9b::7f00:1]/", false).contains("loopback"));
        assertTrue(WebhookTargets.refusal("http://198.18.0.1/", false).contains("benchmarking"));
        assertTrue(WebhookTargets.refusal("http://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", false).contains("Teredo (RFC 4380) wrapping loopback"));
    }
}
