package org.treatytracker.provision;

import static org.treatytracker.text.ProvisionNumbers.arabic;

/** What a provision is in the structure of a draft; decides the shape of its Akoma Ntoso eId. */
public enum ProvisionKind {
    PREAMBLE,
    PREAMBULAR_PARAGRAPH,
    CHAPTER,
    /**
     * A lettered section of a negotiating text (A. Preamble … K. Time frames), or a roman section of a decision
     * ({@code II.} as {@code sec_2}); Akoma Ntoso's {@code sec}, under its annex in one ({@code annex_1__sec_1}).
     */
    SECTION,
    /** A lettered subsection of a decision's roman section ({@code sec_2__subsec_a}). */
    SUBSECTION,
    ARTICLE,
    /** An annex ({@code Annex I} as {@code annex_1}), holding its own sections and paragraphs. */
    ANNEX,
    /** A numbered paragraph of an article or section ({@code art_4__para_2}). */
    PARAGRAPH,
    /** A lettered subparagraph of a paragraph or article ({@code art_4__para_2__subpara_b}). */
    SUBPARAGRAPH;

    /**
     * The eId for a provision of this kind with the given number, under a parent with the given eId
     * ({@code art_17}, {@code preamble__para_3}, {@code sec_b__preamble__para_3} in a section, {@code art_23__para_2}, {@code art_23__para_2__subpara_b}, {@code chp_2}, {@code sec_d}, {@code sec_2__subsec_a}, {@code annex_1__sec_1__para_2}). A chapter that the
     * text does not number is named from its title ({@code chp_criminalization}).
     */
    public String eId(String number, String title, String parentEId) {
        String num = number == null ? null : number.trim().toLowerCase().replaceAll("[^a-z0-9]+", "");
        return switch (this) {
            case PREAMBLE -> parentEId == null ? "preamble" : parentEId + "__preamble";
            case PREAMBULAR_PARAGRAPH -> (parentEId == null ? "preamble" : parentEId) + "__para_" + require(num);
            case CHAPTER -> "chp_" + (num == null || num.isEmpty() ? slug(title) : arabic(num));
            case SECTION -> (parentEId == null ? "" : parentEId + "__") + "sec_" + require(num);
            case SUBSECTION -> (parentEId == null ? "" : parentEId + "__") + "subsec_" + require(num);
            case ARTICLE -> "art_" + require(num);
            case ANNEX -> "annex_" + require(arabic(num));
            case PARAGRAPH -> (parentEId == null ? "" : parentEId + "__") + "para_" + require(num);
            case SUBPARAGRAPH -> (parentEId == null ? "" : parentEId + "__") + "subpara_" + require(num);
        };
    }

    /** Whether a provision of this kind holds numbered paragraphs in its text, read as its parts. */
    public boolean holdsParagraphs() {
        return this == ARTICLE || this == SECTION || this == SUBSECTION || this == ANNEX;
    }

    /** Whether a provision of this kind groups others, as a chapter does, for totals and comparisons. */
    public boolean groups() {
        return this == CHAPTER || this == SECTION || this == PREAMBLE || this == ANNEX;
    }

    private String require(String num) {
        if (num == null || num.isEmpty()) {
            throw new IllegalArgumentException("a " + name().toLowerCase().replace('_', ' ') + " needs a number");
        }
        return num;
    }

    private static String slug(String title) {
        String slug = title == null ? "" : title.toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a chapter needs a number or a title");
        }
        return slug;
    }
}
