package org.treatytracker.report;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.position.PositionDto;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.source.SourceDto;
import org.treatytracker.stakeholder.StakeholderDto;
import org.treatytracker.report.reading.MentionFinder;
import org.treatytracker.report.reading.SpeakerFinder;

/** Shapes of report ingestion: what an import found, suggestions, and the evidence of a provision. */
public final class ReportDto {

    private ReportDto() {
    }

    @Schema(name = "ReportImport")
    public record Imported(
            @Schema(description = "True when the same text was already stored: nothing changed") boolean unchanged,
            SourceDto.View source,
            @Schema(example = "1") long readingId,
            @Schema(example = "15") int paragraphs,
            @Schema(example = "10") int paragraphsWithAgendaItem,
            @Schema(example = "27") int mentions,
            @Schema(example = "53") int suggestions) {
    }

    @Schema(name = "Suggestion")
    public record SuggestionView(
            @Schema(example = "12") long id,
            @Schema(example = "PENDING") Suggestion.Status status,
            @Schema(example = "1") long readingId,
            PositionDto.Target target,
            @Schema(example = "SEVERAL") Quantifier quantifier,
            @Schema(example = "CONCERN") Stance stance,
            String quote,
            PositionDto.Citation citation,
            @Schema(description = "The position it became, once accepted", example = "60") Long positionId,
            @Schema(description = "The named speaker the register knows; null when the speaker is unnamed or unknown") StakeholderDto.Ref stakeholder,
            @Schema(description = "The group the speaker spoke for, when the report says so and the register knows it") StakeholderDto.Ref onBehalfOf,
            @Schema(description = "What the named speaker did in the sentence; null when unnamed", example = "SPEAKER") SpeakerFinder.Role role,
            @Schema(description = "A named speaker the register does not know, as the report writes it: register it, then accept with its id",
                    example = "GRAND FENWICK") String suggestedStakeholder,
            @Schema(description = "The group the speaker spoke for, as the report writes it", example = "G-77/CHINA") String onBehalfOfName,
            @Schema(description = "The group unnamed speakers are counted in, when the register knows it (\"several LDCs\")") StakeholderDto.Ref among,
            @Schema(description = "That group as the report writes it", example = "LDCs") String amongName,
            @Schema(description = "The bracket set of the provision version the sentence is about", example = "0") Integer bracketSetIndex,
            @Schema(description = "The alternative of that set (from 0) the sentence names, quotes or paraphrases", example = "1") Integer alternativeIndex,
            long version) {

        static SuggestionView of(Suggestion g) {
            return new SuggestionView(g.getId(), g.getStatus(), g.getReading().getId(), PositionDto.Target.of(g.getProvisionVersion()),
                    g.getQuantifier(), g.getStance(), g.getQuote(), PositionDto.Citation.of(g.getParagraph()),
                    g.getPosition() == null ? null : g.getPosition().getId(), StakeholderDto.Ref.of(g.getStakeholder()),
                    StakeholderDto.Ref.of(g.getOnBehalfOf()), g.getRole(), g.getStakeholder() == null ? g.getSpeakerName() : null,
                    g.getOnBehalfOfName(), StakeholderDto.Ref.of(g.getAmong()), g.getAmongName(), g.getBracketSetIndex(),
                    g.getAlternativeIndex(), g.getVersion());
        }
    }

    @Schema(name = "SuggestionAcceptance", description = "Corrections to make before the suggestion becomes a position; every field is optional")
    public record Accept(
            Long provisionVersionId,
            @Schema(description = "Set to true to make it a position on the whole text") Boolean wholeText,
            @Min(0) Integer bracketSetIndex,
            @Min(0) Integer alternativeIndex,
            Long stakeholderId,
            Long onBehalfOfId,
            Quantifier quantifier,
            Long amongId,
            Stance stance,
            @Size(max = 2000) String summary,
            @Size(max = 20000) String proposedText,
            @Size(max = 2000) String preferredAlternative,
            @Size(max = 20000) String quote) {
    }

    @Schema(name = "MentionSpan")
    public record Span(@Schema(example = "ARTICLE") MentionFinder.Kind kind,
                       @Schema(description = "null for another instrument's provision (kind EXTERNAL_REFERENCE)", example = "12") Long provisionVersionId,
                       @Schema(description = "null for another instrument's provision", example = "art_17") String eId, @Schema(example = "1044") int start, @Schema(example = "1054") int end,
                       @Schema(example = "article 17") String text, @Schema(example = "7") int paragraphNumber) {
    }

    @Schema(name = "Evidence", description = "A paragraph that mentions the provision, with where it does")
    public record Evidence(SourceDto.ParagraphView paragraph, @Schema(example = "Chair's Report of the Fifth Intersessional Consultation") String sourceTitle,
                           List<Span> mentions) {
    }

    @Schema(name = "ProvisionEvidence")
    public record ProvisionEvidence(@Schema(example = "9") long provisionId, @Schema(example = "ARTICLE") ProvisionKind kind,
                                    List<Evidence> paragraphs) {
    }
}
