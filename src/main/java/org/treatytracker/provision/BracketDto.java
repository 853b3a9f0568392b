package org.treatytracker.provision;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.ParsedDraft;

/** Response shapes for the bracket sets of provisions and readings. */
public final class BracketDto {

    private BracketDto() {
    }

    @Schema(name = "BracketCounts")
    public record Counts(
            @Schema(example = "4") int bracketSets,
            @Schema(example = "7") int alternatives,
            @Schema(description = "Option groups (Option 1: … Option 2: …), counted among the sets", example = "1") int optionGroups,
            @Schema(description = "Options in those groups, counted among the alternatives", example = "2") int options,
            @Schema(example = "2") int deepestNesting,
            @Schema(description = "Provisions whose heading itself is in brackets ('## [Article 3bis]'): still wholly in brackets",
                    example = "0") int bracketedHeadings) {

        public static Counts of(ParsedDraft draft) {
            return of(draft, false);
        }

        public static Counts of(ParsedDraft draft, boolean headingBracketed) {
            return new Counts(draft.sets().size(), draft.alternativeCount(), draft.optionGroupCount(), draft.optionCount(),
                    draft.maxDepth(), headingBracketed ? 1 : 0);
        }

        public Counts plus(Counts other) {
            return new Counts(bracketSets + other.bracketSets, alternatives + other.alternatives, optionGroups + other.optionGroups,
                    options + other.options, Math.max(deepestNesting, other.deepestNesting), bracketedHeadings + other.bracketedHeadings);
        }

        public static final Counts NONE = new Counts(0, 0, 0, 0, 0, 0);
    }

    @Schema(name = "BracketAlternative")
    public record AlternativeView(@Schema(example = "digital information") String text,
                                  @Schema(example = "41") int start, @Schema(example = "64") int end,
                                  @Schema(description = "Positions for this alternative (stance SUPPORT, PREFER or PROPOSE)") List<Backer> supporters,
                                  @Schema(description = "Positions against it (OPPOSE, DELETE, RESERVE, BRACKET)") List<Backer> opponents,
                                  @Schema(description = "Other positions on it (AMEND, CONCERN, QUESTION, …)") List<Backer> others) {
    }

    /** Which side of an alternative a stance puts its speaker on. */
    public enum Side {
        SUPPORTS,
        OPPOSES,
        OTHER
    }

    @Schema(name = "AlternativeBacker", description = "A position taken on one alternative, with who took it and the evidence")
    public record Backer(
            @Schema(example = "60") long positionId,
            @Schema(description = "The position's stance", example = "SUPPORT") String stance,
            @Schema(description = "The named stakeholder, or null for unnamed speakers", example = "4") Long stakeholderId,
            @Schema(description = "Who, as a reader says it", example = "Japan, for the Umbrella Group") String speaker,
            @Schema(example = "ENB 12:621, paragraph 7") String source,
            @Schema(example = "31") long paragraphId,
            @Schema(example = "7") int paragraphNumber,
            @Schema(example = "1") long sourceDocumentId,
            @Schema(example = "JAPAN favored option 2.") String quote) {
    }

    @Schema(name = "BracketSet")
    public record SetView(
            @Schema(example = "0") int index,
            @Schema(example = "1") int depth,
            @Schema(example = "BRACKETS") BracketSet.Kind kind,
            @Schema(example = "23") int start,
            @Schema(example = "64") int end,
            List<AlternativeView> alternatives) {

        static SetView of(ParsedDraft draft, BracketSet set) {
            return of(draft, set, List.of());
        }

        /** The set with, per alternative, the positions taken on it. */
        static SetView of(ParsedDraft draft, BracketSet set, List<AlternativeBackers.Backing> backings) {
            List<AlternativeView> alternatives = new ArrayList<>();
            for (int a = 0; a < set.alternatives().size(); a++) {
                Alternative alternative = set.alternatives().get(a);
                alternatives.add(new AlternativeView(draft.text(alternative), alternative.start(), alternative.end(),
                        AlternativeBackers.Backing.on(backings, set.index(), a, Side.SUPPORTS),
                        AlternativeBackers.Backing.on(backings, set.index(), a, Side.OPPOSES),
                        AlternativeBackers.Backing.on(backings, set.index(), a, Side.OTHER)));
            }
            return new SetView(set.index(), set.depth(), set.kind(), set.start(), set.end(), alternatives);
        }
    }

    @Schema(name = "ProvisionBrackets")
    public record VersionView(
            @Schema(example = "12") long provisionVersionId,
            @Schema(example = "art_23") String eId,
            Counts counts,
            List<SetView> sets,
            @Schema(description = "The text as asked by render") String text) {
    }

    @Schema(name = "ChapterBracketTotals")
    public record ChapterTotals(
            @Schema(description = "eId of the chapter, or of the preamble; null for provisions outside any", example = "chp_2") String eId,
            @Schema(example = "Criminalization") String title,
            @Schema(example = "6") int provisions,
            Counts counts) {
    }

    @Schema(name = "ReadingBracketTotals")
    public record ReadingTotals(@Schema(example = "1") long readingId, Counts total, List<ChapterTotals> chapters,
                                @Schema(example = "29") int articles,
                                @Schema(description = "Articles by the status their tags give ('14 of 29 articles agreed ad ref')",
                                        example = "{\"AGREED_AD_REFERENDUM\": 14, \"OPEN\": 15}") Map<String, Integer> articleStatuses) {
    }

    @Schema(name = "BracketMatch", description = "A bracket set whose alternatives contain the words searched for")
    public record Match(
            @Schema(example = "12") long provisionVersionId,
            @Schema(example = "7") long provisionId,
            @Schema(example = "art_25") String eId,
            SetView set) {
    }
}
