package org.treatytracker.compare;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.treatytracker.provision.ProvisionKind;
import org.treatytracker.text.WordDiff;

/** Response shapes of reading-to-reading comparisons and provision histories. */
public final class ComparisonDto {

    private ComparisonDto() {
    }

    /** What happened to a provision between two readings. */
    public enum Status {
        ADDED,
        REMOVED,
        RENUMBERED,
        MOVED,
        CHANGED,
        UNCHANGED
    }

    @Schema(name = "ComparedVersion")
    public record Side(@Schema(example = "41") long provisionVersionId, @Schema(example = "art_4") String eId,
                       @Schema(example = "4") String number, @Schema(example = "adaptation") String title,
                       @Schema(example = "chp_2") String parentEId,
                       @Schema(description = "The status its tags give at this reading (OPEN when untagged): compare from and to for a status change",
                               example = "AGREED_AD_REFERENDUM") String status,
                       @Schema(description = "The heading itself is in brackets at this reading", example = "false") boolean bracketedHeading) {
    }

    @Schema(name = "DiffRun")
    public record Run(@Schema(example = "INSERT") WordDiff.Op op, @Schema(example = "well below 2 °C") String text) {
    }

    @Schema(name = "BracketSetChange")
    public record SetChange(
            @Schema(description = "Index of the set in its provision version (the earlier one for resolved and dropped)", example = "3") int index,
            List<String> alternatives,
            @Schema(description = "For a resolved set: the alternative kept (0-based)", example = "1") Integer resolvedTo,
            @Schema(description = "For a resolved set: the text kept", example = "should") String resolvedText) {
    }

    @Schema(name = "BracketSetAmendment", description = "A set still open whose wording was edited: the earlier set and the later one")
    public record Amendment(SetChange before, SetChange after) {
    }

    @Schema(name = "BracketChanges")
    public record Brackets(
            @Schema(example = "12") int before,
            @Schema(example = "9") int after,
            List<SetChange> opened,
            List<SetChange> resolved,
            List<SetChange> dropped,
            @Schema(description = "Sets edited but still open (matched by similar wording), counted neither as dropped nor as opened")
            List<Amendment> amended) {
    }

    @Schema(name = "ProvisionComparison")
    public record ProvisionChange(
            @Schema(example = "7") long provisionId,
            @Schema(example = "art_3") String wId,
            @Schema(example = "ARTICLE") ProvisionKind kind,
            @Schema(description = "The main change; a renumbered provision may also be moved and changed", example = "RENUMBERED") Status status,
            boolean renumbered,
            boolean moved,
            boolean changed,
            Side from,
            Side to,
            @Schema(description = "Words changed (inserted plus deleted)", example = "14") int changedWords,
            @Schema(description = "The diff as runs: sentence by sentence, word by word inside a sentence only where few of its words changed (a rewritten sentence is deleted and inserted whole); left out for unchanged provisions and when diffs=false") List<Run> diff,
            Brackets brackets,
            @Schema(description = "For a heading that is a set of bracketed alternatives at the earlier reading: the alternatives, "
                    + "and which one the later reading kept; null otherwise") HeadingChange heading) {
    }

    @Schema(name = "HeadingChange")
    public record HeadingChange(
            @Schema(description = "The heading's alternatives at the earlier reading") List<String> alternatives,
            @Schema(description = "The alternative the later heading is (0-based); null while the set is still open or the heading was rewritten",
                    example = "0") Integer resolvedTo,
            @Schema(description = "The later reading's heading", example = "Further guidance on reporting") String resolvedText) {
    }

    @Schema(name = "ComparisonTotals")
    public record Totals(
            @Schema(example = "2") int added,
            @Schema(example = "1") int removed,
            @Schema(example = "1") int renumbered,
            @Schema(example = "0") int moved,
            @Schema(example = "25") int changed,
            @Schema(example = "17") int unchanged,
            @Schema(example = "674") int bracketSetsBefore,
            @Schema(example = "627") int bracketSetsAfter,
            @Schema(example = "1139") int alternativesBefore,
            @Schema(example = "1091") int alternativesAfter,
            @Schema(example = "126") int optionsBefore,
            @Schema(example = "94") int optionsAfter,
            @Schema(example = "120") int setsOpened,
            @Schema(example = "80") int setsResolved,
            @Schema(example = "90") int setsDropped,
            @Schema(example = "12") int setsAmended) {
    }

    @Schema(name = "ChapterComparison")
    public record ChapterTotals(@Schema(description = "eId of the chapter or preamble; null outside any", example = "chp_2") String eId,
                                @Schema(example = "Criminalization") String title, Totals totals) {
    }

    @Schema(name = "ReadingComparison")
    public record Comparison(@Schema(example = "1") long from, @Schema(example = "2") long to, Totals totals,
                             List<ChapterTotals> chapters, List<ProvisionChange> provisions) {
    }

    @Schema(name = "ProvisionHistoryEntry")
    public record HistoryEntry(@Schema(example = "2") long readingId, @Schema(example = "2") int sequenceNumber,
                               Side version, @Schema(description = "The change from the previous reading's version; null for the first") ProvisionChange fromPrevious) {
    }
}
