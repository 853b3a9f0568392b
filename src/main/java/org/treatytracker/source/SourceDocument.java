package org.treatytracker.source;

import jakarta.persistence.Basic;
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
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.treatytracker.api.FieldLimits;
import org.treatytracker.negotiation.Negotiation;
import org.treatytracker.negotiation.Reading;
import org.treatytracker.text.Sha256;

/**
 * A report, summary or submission that positions are taken from. Its text is fixed when it is stored, with
 * a SHA-256 of that text, so that a citation can be checked against the document later; what is cited is
 * one of its numbered {@link Paragraph}s.
 */
@Entity
@org.hibernate.envers.Audited
@Table(name = "source_document")
public class SourceDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "negotiation_id")
    private Negotiation negotiation;

    /** The reading the document discusses, when it discusses one. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "reading_id")
    private Reading reading;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SourceKind kind;

    private String symbol;

    @Column(nullable = false)
    private String title;

    private String url;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    @Column(name = "imported_at", nullable = false)
    private Instant importedAt;

    @Column(nullable = false)
    private String sha256;

    // Loaded when read, not with every position that cites one of its paragraphs: a report's text runs to a megabyte.
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "body", nullable = false, length = 1_000_000)
    private String text;

    @Version
    private long version;

    protected SourceDocument() {
    }

    public SourceDocument(Negotiation negotiation, String text, Instant importedAt) {
        this.negotiation = Objects.requireNonNull(negotiation);
        FieldLimits.check("text", text, FieldLimits.SOURCE_TEXT);
        this.text = Objects.requireNonNull(text);
        this.sha256 = sha256(text);
        this.importedAt = Objects.requireNonNull(importedAt);
    }

    public void describe(SourceKind kind, String symbol, String title, String url, LocalDate publishedOn, Reading reading) {
        FieldLimits.check("symbol", symbol, FieldLimits.SOURCE_SYMBOL);
        FieldLimits.check("title", title, FieldLimits.SOURCE_TITLE);
        FieldLimits.check("url", url, FieldLimits.URL);
        if (reading != null && !reading.getNegotiation().getId().equals(negotiation.getId())) {
            throw new IllegalArgumentException("the reading discussed belongs to another negotiation");
        }
        this.kind = Objects.requireNonNull(kind);
        this.symbol = symbol;
        this.title = Objects.requireNonNull(title);
        this.url = url;
        this.publishedOn = publishedOn;
        this.reading = reading;
    }

    public static String sha256(String text) {
        return Sha256.of(text);
    }

    public Long getId() {
        return id;
    }

    public Negotiation getNegotiation() {
        return negotiation;
    }

    public Reading getReading() {
        return reading;
    }

    public SourceKind getKind() {
        return kind;
    }

    public String getSymbol() {
        return symbol;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }

    public LocalDate getPublishedOn() {
        return publishedOn;
    }

    public Instant getImportedAt() {
        return importedAt;
    }

    public String getSha256() {
        return sha256;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
