package org.treatytracker.provision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import org.treatytracker.negotiation.Negotiation;

/**
 * The stable identity of a chapter, article, paragraph or preambular paragraph across readings. Its wId is
 * given once and never changes, so a provision that is renumbered, moved, split or merged keeps its lineage;
 * what it says and where it stands at each reading is held by its {@link ProvisionVersion}s.
 */
@Entity
@org.hibernate.envers.Audited
public class Provision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;

    @Column(name = "w_id", nullable = false)
    private String wId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ProvisionKind kind;

    @Version
    private long version;

    protected Provision() {
    }

    public Provision(Negotiation negotiation, String wId, ProvisionKind kind) {
        this.negotiation = Objects.requireNonNull(negotiation);
        this.wId = Objects.requireNonNull(wId);
        this.kind = Objects.requireNonNull(kind);
    }

    public Long getId() {
        return id;
    }

    public Negotiation getNegotiation() {
        return negotiation;
    }

    public String getWId() {
        return wId;
    }

    public ProvisionKind getKind() {
        return kind;
    }

    public long getVersion() {
        return version;
    }
}
