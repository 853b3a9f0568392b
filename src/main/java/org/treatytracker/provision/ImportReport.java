package org.treatytracker.provision;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What importing a draft into a reading did: provisions created and matched, brackets found, warnings. */
@Schema(name = "ImportReport")
public record ImportReport(
        @Schema(example = "2") long readingId,
        @Schema(description = "True when the reading already held exactly this text: nothing was changed") boolean unchanged,
        @Schema(example = "46") int provisions,
        @Schema(example = "29") long articles,
        @Schema(description = "Lettered sections (A. Preamble … K.), for texts organised in sections", example = "0") long sections,
        @Schema(description = "New provisions (no match in the previous reading)", example = "3") int created,
        @Schema(description = "Provisions matched to the previous reading", example = "43") int matched,
        @Schema(description = "Matched provisions whose number changed", example = "1") int renumbered,
        @Schema(description = "eIds of the previous reading that nothing in this one matched") List<String> unmatched,
        @Schema(example = "150") int bracketSets,
        @Schema(example = "239") int alternatives,
        @Schema(example = "11") int optionGroups,
        @Schema(example = "23") int options,
        @Schema(description = "Provisions whose heading is in brackets ('## [Article 3bis]'): still wholly in brackets", example = "2")
        int bracketedHeadings,
        @Schema(description = "The numbered paragraphs and lettered subparagraphs of articles and sections, each a provision "
                + "of its own (art_4__para_2) whose text is a slice of its article's; not counted in the figures above")
        Parts parts,
        List<Warning> warnings,
        @Schema(description = "For a PDF: what turning its page layout back into the draft did; absent for text and .docx")
        Layout layout,
        List<Entry> entries) {

    /** What reading a PDF's layout did: pages, running headers and page numbers dropped, lines joined, words mended. */
    @Schema(name = "ImportLayout")
    public record Layout(@Schema(example = "54") int pages,
                         @Schema(description = "Running headers, footers and page numbers dropped", example = "220") int runningLinesDropped,
                         @Schema(description = "Footnotes moved to the end as [^n] definitions", example = "18") int footnotes,
                         @Schema(description = "Wrapped lines joined into their paragraph", example = "1583") int linesJoined,
                         @Schema(description = "Words broken by the text layer and mended", example = "1") int wordsMended) {
    }

    /** Paragraphs and subparagraphs made provisions of their own, and how many of them matched the previous reading. */
    @Schema(name = "ImportParts")
    public record Parts(@Schema(example = "212") int paragraphs, @Schema(example = "96") int subparagraphs,
                        @Schema(description = "Paragraphs and subparagraphs matched to the previous reading's", example = "280")
                        int matched) {
    }

    /** A stray bracket kept as text, or a remark on the structure, with its place in the imported text. */
    @Schema(name = "ImportWarning")
    public record Warning(@Schema(example = "230") int line, @Schema(example = "366") Integer column,
                          @Schema(example = "unclosed '[', kept as text") String message) {
    }

    /** One provision of the reading and how it was matched. */
    @Schema(name = "ImportEntry")
    public record Entry(
            @Schema(example = "art_4") String eId,
            @Schema(example = "art_3") String wId,
            @Schema(example = "41") long provisionVersionId,
            @Schema(description = "CREATED, MATCHED or RENUMBERED", example = "RENUMBERED") String status,
            @Schema(example = "art_3") String previousEId,
            @Schema(example = "4") int bracketSets,
            @Schema(description = "The heading itself is in brackets", example = "false") boolean bracketedHeading) {
    }
}
