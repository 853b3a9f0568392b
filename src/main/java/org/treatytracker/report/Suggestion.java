package org.treatytracker.report;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import org.treatytracker.negotiation.Reading;
import org.treatytracker.position.Attribution;
import org.treatytracker.position.Position;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.report.reading.SpeakerFinder;

/**
 * A position that the report importer read in a paragraph, waiting for a person. It starts PENDING; an
 * editor accepts it (it becomes a {@link Position}, possibly corrected first) or rejects it. Nothing becomes
 * a position without that acceptance.
 */
@Entity
@org.hibernate.envers.Audited
public class Suggestion {

    /** Where a suggestion stands. */
    public enum Status {
        PENDING,
        ACCEPTED,
        REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id")
    private Paragraph paragraph;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_id")
    private Reading reading;

    /** The provision version it is about (none: the whole text) and the speaker, in the columns a position has. */
    @Embedded
    private Attribution attribution;

    /** The group unnamed speakers are counted in, as the report writes it ("LDCs"). */
    @Column(name = "among_name")
    private String amongName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    @Column(nullable = false)
    private String quote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Status status = Status.PENDING;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "position_id")
    private Position position;

    @Enumerated(EnumType.STRING)
    @Column(name = "speaker_role")
    private SpeakerFinder.Role role;

    /** The speaker's name as the report writes it; the only trace of a speaker the register does not know. */
    @Column(name = "speaker_name")
    private String speakerName;

    @Column(name = "on_behalf_of_name")
    private String onBehalfOfName;

    @Version
    private long version;

    protected Suggestion() {
    }

    public Suggestion(Paragraph paragraph, Reading reading, ProvisionVersion provisionVersion, Quantifier quantifier, Stance stance,
                      String quote) {
        this.paragraph = Objects.requireNonNull(paragraph);
        this.reading = Objects.requireNonNull(reading);
        this.attribution = Attribution.NONE.about(provisionVersion, null, null).spokenBy(null, null, quantifier, null);
        this.stance = Objects.requireNonNull(stance);
        this.quote = Objects.requireNonNull(quote);
    }

    /**
     * Who the report names for it: the stakeholder when the register knows the name (else null, with the name
     * kept for an editor to register), the group it spoke for, and its role in the sentence.
     */
    public Suggestion namedSpeaker(Stakeholder stakeholder, String speakerName, Stakeholder onBehalfOf, String onBehalfOfName,
                                   SpeakerFinder.Role role) {
        if (getQuantifier() != null) {
            throw new IllegalArgumentException("a speaker is either named or counted with a quantifier, not both");
        }
        this.attribution = attribution().spokenBy(stakeholder, onBehalfOf, getQuantifier(), getAmong());
        this.speakerName = Objects.requireNonNull(speakerName);
        this.onBehalfOfName = onBehalfOfName;
        this.role = Objects.requireNonNull(role);
        return this;
    }

    /** Unnamed speakers counted in a group: the register's group when it knows the name, and the name as written. */
    public Suggestion countedAmong(Stakeholder among, String amongName) {
        if (getQuantifier() == null) {
            throw new IllegalArgumentException("only unnamed speakers, counted with a quantifier, are counted among a group");
        }
        this.attribution = attribution().spokenBy(getStakeholder(), getOnBehalfOf(), getQuantifier(), among);
        this.amongName = amongName;
        return this;
    }

    /** The alternative of a bracket set of the provision that the sentence is about. */
    public Suggestion about(int bracketSetIndex, int alternativeIndex) {
        if (getProvisionVersion() == null) {
            throw new IllegalArgumentException("an alternative is named within a provision");
        }
        this.attribution = attribution().about(getProvisionVersion(), bracketSetIndex, alternativeIndex);
        return this;
    }

    /** What it proposes, by ids. */
    public Proposal proposal() {
        Attribution a = attribution();
        return new Proposal(idOf(a.getProvisionVersion()), a.getBracketSetIndex(), a.getAlternativeIndex(), idOf(a.getStakeholder()),
                idOf(a.getOnBehalfOf()), a.getQuantifier(), idOf(a.getAmong()), stance, quote, role == null ? null : speakerName);
    }

    /** The position it becomes with an editor's corrections (none when null) merged over what it proposes. */
    public Proposal.Corrected corrected(ReportDto.Accept changes) {
        return proposal().correctedBy(changes);
    }

    private static Long idOf(ProvisionVersion version) {
        return version == null ? null : version.getId();
    }

    private static Long idOf(Stakeholder stakeholder) {
        return stakeholder == null ? null : stakeholder.getId();
    }

    public void accept(Position position) {
        requirePending();
        this.position = Objects.requireNonNull(position);
        this.status = Status.ACCEPTED;
    }

    public void reject() {
        requirePending();
        this.status = Status.REJECTED;
    }

    private void requirePending() {
        if (status != Status.PENDING) {
            throw new IllegalStateException("suggestion " + id + " was already " + status.name().toLowerCase());
        }
    }

    private Attribution attribution() {
        return Attribution.of(attribution);
    }

    public Integer getBracketSetIndex() {
        return attribution().getBracketSetIndex();
    }

    public Integer getAlternativeIndex() {
        return attribution().getAlternativeIndex();
    }

    public Stakeholder getAmong() {
        return attribution().getAmong();
    }

    public String getAmongName() {
        return amongName;
    }

    public Long getId() {
        return id;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public Reading getReading() {
        return reading;
    }

    public ProvisionVersion getProvisionVersion() {
        return attribution().getProvisionVersion();
    }

    public Quantifier getQuantifier() {
        return attribution().getQuantifier();
    }

    public Stance getStance() {
        return stance;
    }

    public String getQuote() {
        return quote;
    }

    public Status getStatus() {
        return status;
    }

    public Position getPosition() {
        return position;
    }

    public Stakeholder getStakeholder() {
        return attribution().getStakeholder();
    }

    public Stakeholder getOnBehalfOf() {
        return attribution().getOnBehalfOf();
    }

    public SpeakerFinder.Role getRole() {
        return role;
    }

    public String getSpeakerName() {
        return speakerName;
    }

    public String getOnBehalfOfName() {
        return onBehalfOfName;
    }

    public long getVersion() {
        return version;
    }
}
