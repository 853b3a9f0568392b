package org.treatytracker.source;

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

/**
 * One numbered paragraph of a source document, under an agenda item ({@code 2(b)}, "Criminalization").
 * Paragraphs are the unit of evidence: every position cites one.
 */
@Entity
@org.hibernate.envers.Audited
public class Paragraph {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "source_document_id")
    private SourceDocument sourceDocument;

    @Column(name = "num", nullable = false)
    private int number;

    @Column(name = "agenda_item")
    private String agendaItem;

    @Column(name = "agenda_item_title")
    private String agendaItemTitle;

    @Column(name = "body", nullable = false, length = 100_000)
    private String text;

    @Version
    private long version;

    protected Paragraph() {
    }

    public Paragraph(SourceDocument sourceDocument, int number, String text) {
        this.sourceDocument = Objects.requireNonNull(sourceDocument);
        if (number < 1) {
            throw new IllegalArgumentException("paragraph numbers start at 1");
        }
        this.number = number;
        FieldLimits.check("text", text, FieldLimits.PARAGRAPH_TEXT);
        this.text = Objects.requireNonNull(text);
    }

    public void file(String agendaItem, String agendaItemTitle) {
        FieldLimits.check("agendaItem", agendaItem, FieldLimits.AGENDA_ITEM);
        FieldLimits.check("agendaItemTitle", agendaItemTitle, FieldLimits.AGENDA_ITEM_TITLE);
        this.agendaItem = agendaItem;
        this.agendaItemTitle = agendaItemTitle;
    }

    public void reword(String text) {
        FieldLimits.check("text", text, FieldLimits.PARAGRAPH_TEXT);
        this.text = Objects.requireNonNull(text);
    }

    public Long getId() {
        return id;
    }

    public SourceDocument getSourceDocument() {
        return sourceDocument;
    }

    public int getNumber() {
        return number;
    }

    public String getAgendaItem() {
        return agendaItem;
    }

    public String getAgendaItemTitle() {
        return agendaItemTitle;
    }

    public String getText() {
        return text;
    }

    public long getVersion() {
        return version;
    }
}
