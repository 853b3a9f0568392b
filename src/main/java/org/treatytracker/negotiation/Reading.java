package org.treatytracker.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * One version of the whole draft text of a negotiation: the first, second, third reading, a revised draft.
 * Readings are ordered by their sequence number within the negotiation; the text of a reading is held by
 * its provision versions. A reading carries the document symbol of the draft (such as {@code A/AC.291/22}),
 * which contains slashes and is therefore never used as a path segment.
 */
@Entity
@org.hibernate.envers.Audited
public class Reading {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;

    @Column(name = "sequence_number", nullable = false)
    private int sequenceNumber;

    @Column(nullable = false)
    private String label;

    @Column(name = "document_symbol")
    private String documentSymbol;

    @Column(name = "reading_date")
    private LocalDate date;

    @Column(name = "session_label")
    private String sessionLabel;

    /** SHA-256 of the draft text the reading was imported from, if it was imported. */
    @Column(name = "draft_sha256")
    private String draftSha256;

    /** Reference-link labels the imported document defines, one per line. */
    @Column(name = "link_labels")
    private String linkLabels;

    @Version
    private long version;

    protected Reading() {
    }

    public Reading(Negotiation negotiation, int sequenceNumber, String label) {
        this.negotiation = Objects.requireNonNull(negotiation);
        describe(sequenceNumber, label, null, null, null);
    }

    public void describe(int sequenceNumber, String label, String documentSymbol, LocalDate date, String sessionLabel) {
        if (sequenceNumber < 1) {
            throw new IllegalArgumentException("sequence number starts at 1");
        }
        this.sequenceNumber = sequenceNumber;
        this.label = Objects.requireNonNull(label);
        this.documentSymbol = documentSymbol;
        this.date = date;
        this.sessionLabel = sessionLabel;
    }

    /** Records that the reading's provisions were imported from a draft text with this hash. */
    public void importedFrom(String sha256, Set<String> linkLabels) {
        this.draftSha256 = sha256;
        String joined = String.join("\n", new TreeSet<>(linkLabels));
        this.linkLabels = joined.isEmpty() ? null : joined.substring(0, Math.min(joined.length(), 4000));
    }

    public Set<String> getLinkLabels() {
        return linkLabels == null ? Set.of() : Set.of(linkLabels.split("\n"));
    }

    public String getDraftSha256() {
        return draftSha256;
    }

    public Long getId() {
        return id;
    }

    public Negotiation getNegotiation() {
        return negotiation;
    }

    public int getSequenceNumber() {
        return sequenceNumber;
    }

    public String getLabel() {
        return label;
    }

    public String getDocumentSymbol() {
        return documentSymbol;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getSessionLabel() {
        return sessionLabel;
    }

    public long getVersion() {
        return version;
    }
}
