package org.treatytracker.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.treatytracker.audit.ChangeAction;

/** Signatures, the retry schedule, kinds and targets: plain Java, no server. */
class WebhookSignatureTest {

    /** The example of the Standard Webhooks specification's reference libraries (their test vector). */
    @Test
    void signsAsTheStandardWebhooksReferenceDoes() {
        String secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
        String signature = WebhookSignature.sign(secret, "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}");
        assertEquals("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=", signature);
    }

    @Test
    void verifiesOnlyTheMessageThatWasSigned() {
        String secret = WebhookSignature.newSecret();
        String header = "v1,bogus " + WebhookSignature.sign(secret, "evt-1", 1700000000L, "{\"a\":1}");
        assertTrue(WebhookSignature.verify(secret, "evt-1", 1700000000L, "{\"a\":1}", header));
        assertFalse(WebhookSignature.verify(secret, "evt-1", 1700000001L, "{\"a\":1}", header));
        assertFalse(WebhookSignature.verify(secret, "evt-1", 1700000000L, "{\"a\":2}", header));
        assertFalse(WebhookSignature.verify(WebhookSignature.newSecret(), "evt-1", 1700000000L, "{\"a\":1}", header));
    }

    @Test
    void secretsAreRandomAndPrefixed() {
        String one = WebhookSignature.newSecret();
        assertTrue(one.startsWith("whsec_") && one.length() == 6 + 32);
        assertFalse(one.equals(WebhookSignature.newSecret()));
    }

    @Test
    void retriesDoubleUpToTheCapWithJitterAndStop() {
        RetrySchedule schedule = new RetrySchedule(Duration.ofSeconds(30), Duration.ofMinutes(5), 6);
        Random random = new Random(1);
        long[] base = {30, 60, 120, 240, 300};
        for (int attempts = 1; attempts <= 5; attempts++) {
            long wait = schedule.after(attempts, random).toMillis();
            assertTrue(wait <= base[attempts - 1] * 1000 && wait >= base[attempts - 1] * 800, attempts + ": " + wait);
        }
        assertNull(schedule.after(6, random));
    }

    @Test
    void kindsMatchExactlyOrByResource() {
        assertTrue(EventKinds.matches(List.of("position.*"), "position.deleted"));
        assertFalse(EventKinds.matches(List.of("provision.*"), "provision-version.updated"));
        assertTrue(EventKinds.matches(List.of("*"), "stakeholder.created"));
        assertTrue(EventKinds.isPattern("provision-version.updated"));
        assertFalse(EventKinds.isPattern("position.moved"));
        assertFalse(EventKinds.isPattern("users.*"));
        assertEquals("source.created", EventKinds.of("SourceDocument", ChangeAction.CREATED));
        assertEquals(27, EventKinds.all().size());
    }

    @Test
    void refusesOtherSchemesAndPrivateTargets() throws Exception {
        assertEquals("must be an http or https URL", WebhookTargets.refusal("ftp://example.org/x", true));
        assertEquals("must be an http or https URL", WebhookTargets.refusal("file:///etc/passwd", true));
        assertEquals("must not carry a user name or password", WebhookTargets.refusal("https://a:b@example.org/", true));
        assertNull(WebhookTargets.refusal("http://127.0.0.1:9/hook", true));
        assertTrue(WebhookTargets.refusal("http://127.0.0.1:9/hook", false).contains("loopback"));
        assertTrue(WebhookTargets.refusal("http://[::1]/hook", false).contains("loopback"));
        assertTrue(WebhookTargets.refusal("http://169.254.169.254/latest/meta-data", false).contains("link-local"));
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName("10.1.2.3")));
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName("192.168.0.1")));
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName("100.64.0.1")));
        assertTrue(WebhookTargets.isPrivate(InetAddress.getByName("fd00::1")));
        assertFalse(WebhookTargets.isPrivate(InetAddress.getByName("93.184.215.14")));
        assertFalse(WebhookTargets.isPrivate(InetAddress.getByName("2606:2800:21f:cb07:6820:80da:af6b:8b2c")));
    }
}
