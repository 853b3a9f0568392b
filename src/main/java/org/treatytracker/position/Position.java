package org.treatytracker.position;

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
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.stakeholder.Stakeholder;
import org.treatytracker.text.QuoteMatcher;

/**
 * What a speaker said about a provision (or a bracket set in it, a chapter, or the whole text) at a reading,
 * and the evidence for it. The speaker is a named stakeholder (possibly on behalf of a group), or an unnamed
 * group with the report's quantifier, or nobody at all for the report's impersonal forms ("it was said").
 *
 * <p>A position cannot exist without the source paragraph it comes from, and its quote, when it has one,
 * appears verbatim in that paragraph: both are checked whenever the position is built or changed.
 */
@Entity
@org.hibernate.envers.Audited
public class Position {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "reading_id")
    private Reading reading;

    /** The provision (article, chapter, preamble…) at the reading, none when the whole text is meant, and who spoke. */
    @Embedded
    private Attribution attribution;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Stance stance;

    private String summary;

    @Column(name = "proposed_text")
    private String proposedText;

    @Column(name = "preferred_alternative")
    private String preferredAlternative;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "paragraph_id")
    private Paragraph paragraph;

    private String quote;

    @Version
    private long version;

    protected Position() {
    }

    public Position(Reading reading, ProvisionVersion provisionVersion, Stance stance, Paragraph paragraph, String quote) {
        target(reading, provisionVersion, null, null);
        this.stance = Objects.requireNonNull(stance);
        cite(paragraph, quote);
    }

    /**
     * What the position is about: a provision version of the reading (or none: the whole text), possibly one
     * bracket set in it, possibly one alternative of that set.
     */
    public void target(Reading reading, ProvisionVersion provisionVersion, Integer bracketSetIndex, Integer alternativeIndex) {
        Objects.requireNonNull(reading);
        if (provisionVersion != null && !provisionVersion.getReading().getId().equals(reading.getId())) {
            throw new IllegalArgumentException("the provision version belongs to another reading");
        }
        if (bracketSetIndex != null && (provisionVersion == null || bracketSetIndex < 0)) {
            throw new IllegalArgumentException("a bracket set is named within a provision, from index 0");
        }
        if (alternativeIndex != null && (bracketSetIndex == null || alternativeIndex < 0)) {
            throw new IllegalArgumentException("an alternative is named within a bracket set, from index 0");
        }
        this.reading = reading;
        this.attribution = attribution().about(provisionVersion, bracketSetIndex, alternativeIndex);
    }

    /**
     * Who spoke: a stakeholder (optionally for a group), or an unnamed group with its quantifier (optionally
     * counted among a named group), or nobody named for an impersonal form.
     */
    public void spokenBy(Stakeholder stakeholder, Stakeholder onBehalfOf, Quantifier quantifier, Stakeholder among) {
        if (stakeholder != null && quantifier != null) {
            throw new IllegalArgumentException("a speaker is either a named stakeholder or an unnamed group with a quantifier");
        }
        if (onBehalfOf != null && (stakeholder == null || !onBehalfOf.isGroup() || onBehalfOf == stakeholder)) {
            throw new IllegalArgumentException("a stakeholder speaks on behalf of a group other than itself");
        }
        if (among != null && (quantifier == null || !among.isGroup())) {
            throw new IllegalArgumentException("unnamed speakers are counted among a group, with a quantifier");
        }
        this.attribution = attribution().spokenBy(stakeholder, onBehalfOf, quantifier, among);
    }

    public void state(Stance stance, String summary, String proposedText, String preferredAlternative) {
        this.stance = Objects.requireNonNull(stance);
        this.summary = summary;
        this.proposedText = proposedText;
        this.preferredAlternative = preferredAlternative;
    }

    /** The evidence: a paragraph of a source about the same negotiation, and a quote found verbatim in it. */
    public void cite(Paragraph paragraph, String quote) {
        Objects.requireNonNull(paragraph, "a position cites a source paragraph");
        if (!paragraph.getSourceDocument().getNegotiation().getId().equals(reading.getNegotiation().getId())) {
            throw new IllegalArgumentException("the cited paragraph belongs to a source of another negotiation");
        }
        if (quote != null && !QuoteMatcher.appearsIn(quote, paragraph.getText())) {
            throw new IllegalArgumentException("the quote is not found verbatim in the cited paragraph");
        }
        this.paragraph = paragraph;
        this.quote = quote;
    }

    private Attribution attribution() {
        return Attribution.of(attribution);
    }

    public Long getId() {
        return id;
    }

    public Reading getReading() {
        return reading;
    }

    public ProvisionVersion getProvisionVersion() {
        return attribution().getProvisionVersion();
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

    public Stakeholder getStakeholder() {
        return attribution().getStakeholder();
    }

    public Stakeholder getOnBehalfOf() {
        return attribution().getOnBehalfOf();
    }

    public Quantifier getQuantifier() {
        return attribution().getQuantifier();
    }

    public Stance getStance() {
        return stance;
    }

    public String getSummary() {
        return summary;
    }

    public String getProposedText() {
        return proposedText;
    }

    public String getPreferredAlternative() {
        return preferredAlternative;
    }

    public Paragraph getParagraph() {
        return paragraph;
    }

    public String getQuote() {
        return quote;
    }

    public long getVersion() {
        return version;
    }
}
