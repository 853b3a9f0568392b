package org.treatytracker.position;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.treatytracker.source.Paragraph;
import org.treatytracker.stakeholder.StakeholderKind;

/**
 * How many attended in one stakeholder category, as a report counts them, citing the paragraph that says
 * so. A report may count two categories together ("77 Member States and non-member observer States"), so
 * an attendance row names one or more kinds.
 */
@Entity
public class Attendance {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id")
    private Paragraph paragraph;

    /** The report's own words for the category. */
    @Column(nullable = false)
    private String category;

    @Column(name = "stakeholder_kinds", nullable = false)
    private String stakeholderKinds;

    @Column(name = "attendee_count", nullable = false)
    private int count;

    protected Attendance() {
    }

    public Attendance(Paragraph paragraph, String category, List<StakeholderKind> kinds, int count) {
        this.paragraph = Objects.requireNonNull(paragraph);
        this.category = Objects.requireNonNull(category);
        if (kinds.isEmpty() || count < 0) {
            throw new IllegalArgumentException("an attendance names at least one kind and a count of zero or more");
        }
        this.stakeholderKinds = kinds.stream().map(Enum::name).collect(Collectors.joining(","));
        this.count = count;
    }

    public Long getId() {
        return id;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public String getCategory() {
        return category;
    }

    public List<StakeholderKind> getStakeholderKinds() {
        return Arrays.stream(stakeholderKinds.split(",")).map(StakeholderKind::valueOf).toList();
    }

    public int getCount() {
        return count;
    }
}
