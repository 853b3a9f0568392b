package org.treatytracker.webhook;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A subscription: where to POST events, which kinds, and optionally only those of one negotiation, one
 * provision (by eId, at any reading) or one stakeholder. It belongs to the user who made it; its secret signs
 * every delivery and is shown once, when it is made. Not audited: it is an account's setting, not public data,
 * and changing it must not itself raise events.
 */
@Entity
public class Webhook {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String owner;

    @Column(nullable = false)
    private String url;

    /** The kinds, comma-separated (patterns such as position.* included). */
    @Column(nullable = false)
    private String kinds;

    private String negotiation;

    private String provision;

    @Column(name = "stakeholder_id")
    private Long stakeholderId;

    private String description;

    @Column(nullable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Webhook() {
    }

    public Webhook(String owner, String secret, Instant createdAt) {
        this.owner = Objects.requireNonNull(owner);
        this.secret = Objects.requireNonNull(secret);
        this.createdAt = Objects.requireNonNull(createdAt);
        this.active = true;
    }

    /** Sets what the subscriber may change; the caller has validated it. */
    void configure(String url, List<String> kinds, String negotiation, String provision, Long stakeholderId, String description,
            boolean active) {
        this.url = Objects.requireNonNull(url);
        this.kinds = String.join(",", kinds);
        this.negotiation = negotiation;
        this.provision = provision;
        this.stakeholderId = stakeholderId;
        this.description = description;
        this.active = active;
    }

    public Long getId() {
        return id;
    }

    public String getOwner() {
        return owner;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getKinds() {
        return Arrays.stream(kinds.split(",")).filter(k -> !k.isEmpty()).toList();
    }

    public String getNegotiation() {
        return negotiation;
    }

    public String getProvision() {
        return provision;
    }

    public Long getStakeholderId() {
        return stakeholderId;
    }

    public String getDescription() {
        return description;
    }

    String getSecret() {
        return secret;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
