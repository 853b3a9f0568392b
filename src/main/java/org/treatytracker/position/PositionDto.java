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
            @Min(0) @Schema(description = "One alternative of that bracket set, from 0 (option 2 is 1)", example = "1") Integer alternativeIndex,
            @Schema(example = "4") Long stakeholderId,
            @Schema(description = "The group the stakeholder speaks for", example = "9") Long onBehalfOfId,
            @Schema(example = "SEVERAL") Quantifier quantifier,
            @Schema(description = "The group unnamed speakers are counted in (\"several LDCs\"); only with a quantifier", example = "31") Long amongId,
            @NotNull @Schema(example = "CONCERN") Stance stance,
            @Size(max = 2000) @Schema(example = "Concern about the broad scope of article 17") String summary,
            @Size(max = 20000) String proposedText,
            @Size(max = 2000) String preferredAlternative,
            @NotNull @Schema(example = "31") Long paragraphId,
            @Size(max = 20000) @Schema(example = "several speakers voiced concerns regarding its broad scope") String quote) {

        /** The request that would produce the position as it stands: what a merge patch is applied to. */
        static Request of(Position p) {
            return new Request(p.getReading().getId(), p.getProvisionVersion() == null ? null : p.getProvisionVersion().getId(),
                    p.getBracketSetIndex(), p.getAlternativeIndex(), p.getStakeholder() == null ? null : p.getStakeholder().getId(),
                    p.getOnBehalfOf() == null ? null : p.getOnBehalfOf().getId(), p.getQuantifier(),
                    p.getAmong() == null ? null : p.getAmong().getId(), p.getStance(),
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
            return v == null ? of(null, null, null, null, null, null)
                    : of(v.getProvision().getId(), v.getId(), v.getProvision().getKind(), v.getEId(), v.getNumber(), v.getTitle());
        }

        /** No version: the position is on the whole text. */
        static Target of(Long provisionId, Long versionId, ProvisionKind kind, String eId, String number, String title) {
            if (versionId == null) {
                return new Target("READING", null, null, null, null, null, null);
            }
            return new Target(kind == ProvisionKind.CHAPTER ? "CHAPTER" : "PROVISION", provisionId, versionId, kind, eId, number, title);
        }
    }

    @Schema(name = "Speaker")
    public record Speaker(
            StakeholderDto.Ref stakeholder,
            StakeholderDto.Ref onBehalfOf,
            @Schema(example = "SEVERAL") Quantifier quantifier,
            @Schema(description = "The group unnamed speakers are counted in (\"several LDCs\")") StakeholderDto.Ref among,
            @Schema(description = "How the report names the speaker", example = "several speakers") String words) {

        static Speaker of(Position p) {
            return of(StakeholderDto.Ref.of(p.getStakeholder()), StakeholderDto.Ref.of(p.getOnBehalfOf()), p.getQuantifier(),
                    StakeholderDto.Ref.of(p.getAmong()));
        }

        static Speaker of(StakeholderDto.Ref stakeholder, StakeholderDto.Ref onBehalfOf, Quantifier quantifier, StakeholderDto.Ref among) {
            String words = stakeholder != null
                    ? stakeholder.name() + (onBehalfOf == null ? "" : ", for " + onBehalfOf.name())
                    : quantifier != null
                            ? quantifier.words() + (among == null ? "" : " from " + among.name())
                            : null;
            return new Speaker(stakeholder, onBehalfOf, quantifier, among, words);
        }
    }

    @Schema(name = "Citation")
    public record Citation(
            @Schema(example = "31") long paragraphId,
            @Schema(example = "7") int paragraphNumber,
            @Schema(example = "2(b)") String agendaItem,
            @Schema(example = "1") long sourceDocumentId,
            String symbol,
            @Schema(description = "The report's title, so that a citation names the report and not only its paragraph",
                    example = "Chair's report of the fifth intersessional consultation") String sourceTitle) {

        public static Citation of(Paragraph pa) {
            return new Citation(pa.getId(), pa.getNumber(), pa.getAgendaItem(), pa.getSourceDocument().getId(),
                    pa.getSourceDocument().getSymbol(), pa.getSourceDocument().getTitle());
        }

        /** "paragraph 7 of Chair's report (A/AC.291/22)": the paragraph and the report it is in. */
        public String words() {
            String report = sourceTitle != null && !sourceTitle.isBlank() ? sourceTitle + (symbol == null ? "" : " (" + symbol + ")")
                    : symbol != null ? symbol : "report " + sourceDocumentId;
            return "paragraph " + paragraphNumber + " of " + report;
        }
    }

    @Schema(name = "Position")
    public record View(
            @Schema(example = "40") long id,
            @Schema(example = "1") long readingId,
            Target target,
            Integer bracketSetIndex,
            @Schema(description = "The alternative of that bracket set the position is about, from 0") Integer alternativeIndex,
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
                    p.getAlternativeIndex(), Speaker.of(p), p.getStance(), p.getSummary(), p.getProposedText(), p.getPreferredAlternative(),
                    Citation.of(p.getParagraph()), p.getQuote(), p.getVersion());
        }

        /** The view of a row of {@link PositionRepository#VIEWED}, column by column. */
        static View of(Object[] c) {
            return new View((Long) c[0], (Long) c[1],
                    Target.of((Long) c[3], (Long) c[2], (ProvisionKind) c[4], (String) c[5], (String) c[6], (String) c[7]),
                    (Integer) c[8], (Integer) c[9],
                    Speaker.of(ref(c, 10), ref(c, 14), (Quantifier) c[18], ref(c, 19)),
                    (Stance) c[23], (String) c[24], (String) c[25], (String) c[26],
                    new Citation((Long) c[27], (Integer) c[28], (String) c[29], (Long) c[30], (String) c[31], (String) c[32]),
                    (String) c[33], (Long) c[34]);
        }

        /** The stakeholder whose id, name, kind and ISO code are the four columns from {@code at}; none when the id is null. */
        private static StakeholderDto.Ref ref(Object[] c, int at) {
            return c[at] == null ? null : new StakeholderDto.Ref((Long) c[at], (String) c[at + 1], (StakeholderKind) c[at + 2], (String) c[at + 3]);
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

    /** How a position belongs to the stakeholder whose positions are listed. */
    public enum Relation {
        /** It spoke, for itself. */
        SPOKE,
        /** It spoke on behalf of a group ({@code via} is the group). */
        SPOKE_FOR_GROUP,
        /** A group it belongs to took it, voiced by the group or another member ({@code via} is the group). */
        GROUP_POSITION,
        /** It is a group, and a member voiced it on its behalf ({@code via} is the member). */
        VOICED_BY_MEMBER,
        /** It is a group, and unnamed members took it ("several LDCs"). */
        UNNAMED_MEMBERS
    }

    @Schema(name = "StakeholderPosition", description = "A position of the stakeholder, or of a group it belongs to, and how it relates to it")
    public record StakeholderPosition(
            @Schema(example = "SPOKE_FOR_GROUP") Relation relation,
            @Schema(description = "The group (or, for VOICED_BY_MEMBER, the member) that links the position to the stakeholder") StakeholderDto.Ref via,
            View position) {

        static StakeholderPosition of(Position p, long stakeholderId) {
            Long speaker = p.getStakeholder() == null ? null : p.getStakeholder().getId();
            Long group = p.getOnBehalfOf() == null ? null : p.getOnBehalfOf().getId();
            Relation relation;
            StakeholderDto.Ref via = null;
            if (Long.valueOf(stakeholderId).equals(speaker)) {
                relation = group == null ? Relation.SPOKE : Relation.SPOKE_FOR_GROUP;
                via = StakeholderDto.Ref.of(p.getOnBehalfOf());
            } else if (Long.valueOf(stakeholderId).equals(group)) {
                relation = Relation.VOICED_BY_MEMBER;
                via = StakeholderDto.Ref.of(p.getStakeholder());
            } else if (p.getAmong() != null && p.getAmong().getId() == stakeholderId) {
                relation = Relation.UNNAMED_MEMBERS;
            } else {
                relation = Relation.GROUP_POSITION;
                via = StakeholderDto.Ref.of(p.getOnBehalfOf() != null ? p.getOnBehalfOf() : p.getStakeholder());
            }
            return new StakeholderPosition(relation, via, View.of(p));
        }
    }

    /** How two stakeholders' stances on one provision compare. */
    public enum Agreement {
        SAME,
        OPPOSITE,
        DIFFERENT
    }

    @Schema(name = "StanceClaim", description = "A stance on a provision, or on one alternative of one of its bracket sets")
    public record Claim(
            @Schema(example = "SUPPORT") Stance stance,
            @Schema(example = "0") Integer bracketSetIndex,
            @Schema(example = "1") Integer alternativeIndex,
            @Schema(description = "The reading's sequence number, when an alternative is named across readings", example = "2") Integer atReading) {
    }

    @Schema(name = "AlignmentItem")
    public record AlignmentItem(
            @Schema(example = "7") long provisionId,
            @Schema(description = "At the latest reading either spoke at", example = "art_17") String eId,
            @Schema(description = "What the first stakeholder said on it") List<Claim> stances,
            @Schema(description = "What the other stakeholder said on it") List<Claim> otherStances,
            @Schema(example = "SAME") Agreement agreement) {
    }

    @Schema(name = "Alignment", description = "On how many provisions two stakeholders took the same or opposite stances")
    public record Alignment(
            StakeholderDto.Ref stakeholder,
            StakeholderDto.Ref other,
            @Schema(description = "The reading compared at; null for all readings") Long readingId,
            @Schema(description = "Provisions both took a position on", example = "12") int provisions,
            @Schema(example = "7") int same,
            @Schema(description = "One for (SUPPORT, PREFER), the other against (OPPOSE, DELETE, RESERVE, BRACKET)", example = "3") int opposite,
            @Schema(example = "2") int different,
            List<AlignmentItem> items) {
    }
}
