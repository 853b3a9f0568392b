package org.treatytracker.position;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.stakeholder.Stakeholder;

/**
 * What a stance is about and who took it: the target (a provision version, possibly a bracket set in it and one
 * alternative of that set; none for the whole text) and the speaker (a stakeholder, possibly on behalf of a group,
 * or unnamed speakers with a quantifier, possibly counted among a group). The seven columns a {@link Position} and a
 * suggestion share, with the same names in both tables. A value: each change gives a new one, so that the one
 * without anything ({@link #NONE}, which Hibernate loads as null when all seven columns are) can be shared. The
 * rules on the combinations are the owners' own: a position and a suggestion allow different ones.
 */
@Embeddable
public class Attribution {

    /** About the whole text, by nobody named or counted. */
    public static final Attribution NONE = new Attribution();

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "provision_version_id")
    private ProvisionVersion provisionVersion;

    @Column(name = "bracket_set_index")
    private Integer bracketSetIndex;

    /** One alternative of that bracket set (from 0): "who is behind option 2?". */
    @Column(name = "alternative_index")
    private Integer alternativeIndex;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "stakeholder_id")
    private Stakeholder stakeholder;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "on_behalf_of_id")
    private Stakeholder onBehalfOf;

    @Enumerated(EnumType.STRING)
    @Column(name = "quantifier")
    private Quantifier quantifier;

    /** The group unnamed speakers are counted in: "several LDCs" is SEVERAL among the LDCs. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "among_id")
    private Stakeholder among;

    protected Attribution() {
    }

    private Attribution(ProvisionVersion provisionVersion, Integer bracketSetIndex, Integer alternativeIndex, Stakeholder stakeholder,
                        Stakeholder onBehalfOf, Quantifier quantifier, Stakeholder among) {
        this.provisionVersion = provisionVersion;
        this.bracketSetIndex = bracketSetIndex;
        this.alternativeIndex = alternativeIndex;
        this.stakeholder = stakeholder;
        this.onBehalfOf = onBehalfOf;
        this.quantifier = quantifier;
        this.among = among;
    }

    /** The attribution an owner holds: Hibernate gives null for one whose seven columns are all null. */
    public static Attribution of(Attribution held) {
        return held == null ? NONE : held;
    }

    /** The same speaker, about another target. */
    public Attribution about(ProvisionVersion provisionVersion, Integer bracketSetIndex, Integer alternativeIndex) {
        return new Attribution(provisionVersion, bracketSetIndex, alternativeIndex, stakeholder, onBehalfOf, quantifier, among);
    }

    /** The same target, said by another speaker. */
    public Attribution spokenBy(Stakeholder stakeholder, Stakeholder onBehalfOf, Quantifier quantifier, Stakeholder among) {
        return new Attribution(provisionVersion, bracketSetIndex, alternativeIndex, stakeholder, onBehalfOf, quantifier, among);
    }

    public ProvisionVersion getProvisionVersion() {
        return provisionVersion;
    }

    public Integer getBracketSetIndex() {
        return bracketSetIndex;
    }

    public Integer getAlternativeIndex() {
        return alternativeIndex;
    }

    public Stakeholder getStakeholder() {
        return stakeholder;
    }

    public Stakeholder getOnBehalfOf() {
        return onBehalfOf;
    }

    public Quantifier getQuantifier() {
        return quantifier;
    }

    public Stakeholder getAmong() {
        return among;
    }
}
