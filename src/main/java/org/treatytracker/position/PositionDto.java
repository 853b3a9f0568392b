package org.treatytracker.position;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.provision.ProvisionVersion;
import org.treatytracker.source.Paragraph;
import org.treatytracker.source.SourceDto;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.stakeholder.StakeholderKind;

/** Request and response shapes for positions, their summaries and the per-paragraph view. */
public final class PositionDto {

    private PositionDto() {
    }

    @Schema(name = "PositionRequest", description = "The speaker is a stakeholderId (optionally onBehalfOfId), or a quantifier, or neither for the report's impersonal forms.")
    public record Request(
            @Schema(description = "Required when no provisionVersionId is given (a position on the whole text)", example = "1") Long readingId,
            @Schema(description = "The provision (article, chapter, preamble…) at the reading", example = "12") Long provisionVersionId,
            @Min(0) @Schema(description = "A bracket set within the provision version", example = "0") Integer bracketSetIndex,
            @Schema(example = "4") Long stakeholderId,
            @Schema(description = "The group the stakeholder speaks for", example = "9") Long onBehalfOfId,
            @Schema(example = "SEVERAL") Quantifier quantifier,
            @NotNull @Schema(example = "CONCERN") Stance stance,
            @Size(max = 2000) @Schema(example = "Concern about the broad scope of article 17") String summary,
            @Size(max = 20000) String proposedText,
            @Size(max = 2000) String preferredAlternative,
            @NotNull @Schema(example = "31") Long paragraphId,
            @Size(max = 20000) @Schema(example = "several speakers voiced concerns regarding its broad scope") String quote) {

        /** The request that would produce the position as it stands: what a merge patch is applied to. */
        static Request of(Position p) {
            return new Request(p.getReading().getId(), p.getProvisionVersion() == null ? null : p.getProvisionVersion().getId(),
                    p.getBracketSetIndex(), p.getStakeholder() == null ? null : p.getStakeholder().getId(),
                    p.getOnBehalfOf() == null ? null : p.getOnBehalfOf().getId(), p.getQuantifier(), p.getStance(),
                    p.getSummary(), p.getProposedText(), p.getPreferredAlternative(), p.getParagraph().getId(), p.getQuote());
        }
    }

    @Schema(name = "PositionTarget")
    public record Target(
            @Schema(description = "PROVISION, CHAPTER or READING (the whole text)", example = "PROVISION") String level,
            @Schema(example = "7") Long provisionId,
            @Schema(example = "12") Long provisionVersionId,
            @Schema(example = "ARTICLE") ProvisionKind kind,
            @Schema(example = "art_17") String eId,
            @Schema(example = "17") String number,
            @Schema(example = "Offences relating to other international treaties") String title) {

        public static Target of(ProvisionVersion v) {
            if (v == null) {
                return new Target("READING", null, null, null, null, null, null);
            }
            ProvisionKind kind = v.getProvision().getKind();
            return new Target(kind == ProvisionKind.CHAPTER ? "CHAPTER" : "PROVISION", v.getProvision().getId(), v.getId(),
                    kind, v.getEId(), v.getNumber(), v.getTitle());
        }
    }

    @Schema(name = "Speaker")
    public record Speaker(
            StakeholderDto.Ref stakeholder,
            StakeholderDto.Ref onBehalfOf,
            @Schema(example = "SEVERAL") Quantifier quantifier,
            @Schema(description = "How the report names the speaker", example = "several speakers") String words) {

        static Speaker of(Position p) {
            String words = p.getStakeholder() != null
                    ? p.getStakeholder().getName() + (p.getOnBehalfOf() == null ? "" : ", for " + p.getOnBehalfOf().getName())
                    : p.getQuantifier() != null ? p.getQuantifier().words() : null;
            return new Speaker(StakeholderDto.Ref.of(p.getStakeholder()), StakeholderDto.Ref.of(p.getOnBehalfOf()),
                    p.getQuantifier(), words);
        }
    }

    @Schema(name = "Citation")
    public record Citation(
            @Schema(example = "31") long paragraphId,
            @Schema(example = "7") int paragraphNumber,
            @Schema(example = "2(b)") String agendaItem,
            @Schema(example = "1") long sourceDocumentId,
            String symbol) {

        public static Citation of(Paragraph pa) {
            return new Citation(pa.getId(), pa.getNumber(), pa.getAgendaItem(), pa.getSourceDocument().getId(),
                    pa.getSourceDocument().getSymbol());
        }
    }

    @Schema(name = "Position")
    public record View(
            @Schema(example = "40") long id,
            @Schema(example = "1") long readingId,
            Target target,
            Integer bracketSetIndex,
            Speaker speaker,
            @Schema(example = "CONCERN") Stance stance,
            String summary,
            String proposedText,
            String preferredAlternative,
            Citation citation,
            String quote,
            long version) {

        public static View of(Position p) {
            return new View(p.getId(), p.getReading().getId(), Target.of(p.getProvisionVersion()), p.getBracketSetIndex(),
                    Speaker.of(p), p.getStance(), p.getSummary(), p.getProposedText(), p.getPreferredAlternative(),
                    Citation.of(p.getParagraph()), p.getQuote(), p.getVersion());
        }
    }

    @Schema(name = "NamedSpeaker")
    public record NamedSpeaker(StakeholderDto.Ref stakeholder, @Schema(example = "2") long positions) {
    }

    @Schema(name = "UnnamedGroup")
    public record UnnamedGroup(@Schema(example = "SEVERAL") Quantifier quantifier, @Schema(example = "several speakers") String words,
                               @Schema(example = "3") long positions) {
    }

    @Schema(name = "PositionSummary", description = "Positions on one provision at one reading, counted. Quantifiers are never turned into head counts.")
    public record Summary(
            @Schema(example = "7") long provisionId,
            @Schema(example = "1") long readingId,
            @Schema(example = "12") long provisionVersionId,
            @Schema(example = "art_17") String eId,
            @Schema(example = "5") long positions,
            @Schema(example = "{\"CONCERN\": 1, \"DELETE\": 1}") Map<Stance, Long> byStance,
            @Schema(description = "Named speakers' positions by stakeholder kind") Map<StakeholderKind, Long> byStakeholderKind,
            List<NamedSpeaker> namedSpeakers,
            @Schema(description = "Unnamed groups, largest quantifier first") List<UnnamedGroup> unnamedGroups,
            @Schema(description = "Positions in the report's impersonal forms (\"it was said\")", example = "3") long impersonal,
            List<Citation> citedParagraphs) {
    }

    @Schema(name = "ParagraphPositions", description = "A paragraph with every position that cites it")
    public record ParagraphView(SourceDto.ParagraphView paragraph, List<View> positions) {
    }
}
