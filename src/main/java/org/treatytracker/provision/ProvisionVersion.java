package org.treatytracker.provision;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.util.Objects;
import org.treatytracker.api.FieldLimits;
import org.treatytracker.negotiation.Reading;

/**
 * A provision as it stands at one reading: its number, title, parent (the chapter or article it sits in at
 * that reading), its text, and its eId, which reads like its place at that reading ({@code art_17}). A
 * provision has at most one version per reading; positions are taken on a version.
 */
@Entity
@org.hibernate.envers.Audited
@jakarta.persistence.Table(name = "provision_version")
public class ProvisionVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provision_id")
    private Provision provision;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_id")
    private Reading reading;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_version_id")
    private ProvisionVersion parent;

    @Column(name = "e_id", nullable = false)
    private String eId;

    @Column(name = "num")
    private String number;

    private String title;

    @Column(name = "body", length = 1_000_000)
    private String text;

    @Column(nullable = false)
    private int ordinal;

    /** The draft brackets the heading itself ("## [Article 3bis]"): the whole provision is not agreed. */
    @Column(name = "heading_bracketed", nullable = false)
    private boolean headingBracketed;

    /**
     * The text is a slice of the parent's (a numbered paragraph of its article): the parent holds and counts it,
     * this version gives it a name that positions and mentions can point at.
     */
    @Column(name = "part_of_parent", nullable = false)
    private boolean partOfParent;

    @Version
    private long version;

    protected ProvisionVersion() {
    }

    public ProvisionVersion(Provision provision, Reading reading, int ordinal) {
        this.provision = Objects.requireNonNull(provision);
        this.reading = Objects.requireNonNull(reading);
        if (!provision.getNegotiation().getId().equals(reading.getNegotiation().getId())) {
            throw new IllegalArgumentException("a provision and its reading belong to one negotiation");
        }
        this.ordinal = ordinal;
    }

    /** Sets what the provision says and where it stands at this reading; the eId follows from them. */
    public void place(String number, String title, String text, ProvisionVersion parent) {
        if (parent != null && (parent == this || !parent.getReading().getId().equals(reading.getId()))) {
            throw new IllegalArgumentException("the parent must be another provision version of the same reading");
        }
        FieldLimits.check("number", number, FieldLimits.PROVISION_NUMBER);
        FieldLimits.check("title", title, FieldLimits.PROVISION_TITLE);
        FieldLimits.check("text", text, FieldLimits.PROVISION_TEXT);
        this.number = number;
        this.title = title;
        this.text = text;
        this.parent = parent;
        this.eId = provision.getKind().eId(number, title, parent == null ? null : parent.getEId());
    }

    public boolean isHeadingBracketed() {
        return headingBracketed;
    }

    /** Records that the draft brackets this provision's heading, the whole provision being still in brackets. */
    public void bracketHeading(boolean bracketed) {
        this.headingBracketed = bracketed;
    }

    public boolean isPartOfParent() {
        return partOfParent;
    }

    /** Records that this version's text is a slice of its parent's, which holds and counts it. */
    public void markPartOfParent() {
        if (parent == null) {
            throw new IllegalStateException("a part needs the parent whose text it is a slice of");
        }
        this.partOfParent = true;
    }

    /** Names this version apart from another of its reading that the draft numbers alike ({@code art_2__2}). */
    public void nameApart(String eId) {
        this.eId = Objects.requireNonNull(eId);
    }

    /** Corrects the lineage: this version belongs to another provision (of the same kind and negotiation). */
    public void belongTo(Provision provision) {
        if (provision.getKind() != this.provision.getKind()) {
            throw new IllegalArgumentException("a provision version keeps its kind");
        }
        this.provision = provision;
    }

    /** The chapter (or the lettered section, or the preamble) this version sits in at its reading, itself if it is one; null outside any. */
    public ProvisionVersion chapter() {
        ProvisionVersion top = this;
        while (top.getParent() != null) {
            top = top.getParent();
        }
        ProvisionKind kind = top.getProvision().getKind();
        return kind.groups() ? top : null;
    }

    public void moveTo(int ordinal) {
        this.ordinal = ordinal;
    }

    public Long getId() {
        return id;
    }

    public Provision getProvision() {
        return provision;
    }

    public Reading getReading() {
        return reading;
    }

    public ProvisionVersion getParent() {
        return parent;
    }

    public String getEId() {
        return eId;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public String getText() {
        return text;
    }

    public int getOrdinal() {
        return ordinal;
    }

    public long getVersion() {
        return version;
    }
}
