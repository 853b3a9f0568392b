package org.treatytracker.report;

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
import java.util.Objects;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.report.reading.MentionFinder;

/** Where a report paragraph refers to a provision: the evidence that the provision was discussed there. */
@Entity
public class Mention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id")
    private Paragraph paragraph;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provision_version_id")
    private ProvisionVersion provisionVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MentionFinder.Kind kind;

    @Column(name = "span_start", nullable = false)
    private int start;

    @Column(name = "span_end", nullable = false)
    private int end;

    @Column(name = "mention_text", nullable = false)
    private String text;

    protected Mention() {
    }

    public Mention(Paragraph paragraph, ProvisionVersion provisionVersion, MentionFinder.Kind kind, int start, int end) {
        this.paragraph = Objects.requireNonNull(paragraph);
        this.kind = Objects.requireNonNull(kind);
        if ((provisionVersion == null) != (kind == MentionFinder.Kind.EXTERNAL_REFERENCE)) {
            throw new IllegalArgumentException("a mention points at a provision of the draft, unless it is another instrument's");
        }
        this.provisionVersion = provisionVersion;
        if (start < 0 || end <= start || end > paragraph.getText().length()) {
            throw new IllegalArgumentException("a mention spans text of its paragraph");
        }
        this.start = start;
        this.end = end;
        this.text = paragraph.getText().substring(start, end);
    }

    public Long getId() {
        return id;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public ProvisionVersion getProvisionVersion() {
        return provisionVersion;
    }

    public MentionFinder.Kind getKind() {
        return kind;
    }

    public int getStart() {
        return start;
    }

    public int getEnd() {
        return end;
    }

    public String getText() {
        return text;
    }
}
