package org.treatytracker.provision;

/** What a provision is in the structure of a draft; decides the shape of its Akoma Ntoso eId. */
public enum ProvisionKind {
    PREAMBLE,
    PREAMBULAR_PARAGRAPH,
    CHAPTER,
    /** A lettered section of a negotiating text (A. Preamble … K. Time frames); Akoma Ntoso's {@code sec}. */
    SECTION,
    ARTICLE,
    /** A numbered paragraph of an article or section ({@code art_4__para_2}). */
    PARAGRAPH,
    /** A lettered subparagraph of a paragraph or article ({@code art_4__para_2__subpara_b}). */
    SUBPARAGRAPH;

    /**
     * The eId for a provision of this kind with the given number, under a parent with the given eId
     * ({@code art_17}, {@code preamble__para_3}, {@code sec_b__preamble__para_3} in a section, {@code art_23__para_2}, {@code art_23__para_2__subpara_b}, {@code chp_2}, {@code sec_d}). A chapter that the
     * text does not number is named from its title ({@code chp_criminalization}).
     */
    public String eId(String number, String title, String parentEId) {
        String num = number == null ? null : number.trim().toLowerCase().replaceAll("[^a-z0-9]+", "");
        return switch (this) {
            case PREAMBLE -> parentEId == null ? "preamble" : parentEId + "__preamble";
            case PREAMBULAR_PARAGRAPH -> (parentEId == null ? "preamble" : parentEId) + "__para_" + require(num);
            case CHAPTER -> "chp_" + (num == null || num.isEmpty() ? slug(title) : arabic(num));
            case SECTION -> "sec_" + require(num);
            case ARTICLE -> "art_" + require(num);
            case PARAGRAPH -> (parentEId == null ? "" : parentEId + "__") + "para_" + require(num);
            case SUBPARAGRAPH -> (parentEId == null ? "" : parentEId + "__") + "subpara_" + require(num);
        };
    }

    private String require(String num) {
        if (num == null || num.isEmpty()) {
            throw new IllegalArgumentException("a " + name().toLowerCase().replace('_', ' ') + " needs a number");
        }
        return num;
    }

    /** Chapter "II" reads as chp_2, as Akoma Ntoso eIds are usually written. */
    private static String arabic(String num) {
        if (!num.matches("[ivxlc]+")) {
            return num;
        }
        int value = 0;
        int previous = 0;
        for (int i = num.length() - 1; i >= 0; i--) {
            int digit = switch (num.charAt(i)) {
                case 'i' -> 1;
                case 'v' -> 5;
                case 'x' -> 10;
                case 'l' -> 50;
                default -> 100;
            };
            value += digit < previous ? -digit : digit;
            previous = Math.max(previous, digit);
        }
        return Integer.toString(value);
    }

    private static String slug(String title) {
        String slug = title == null ? "" : title.toLowerCase().replaceAll("[^a-z0-9]+", "_").replaceAll("^_+|_+$", "");
        if (slug.isEmpty()) {
            throw new IllegalArgumentException("a chapter needs a number or a title");
        }
        return slug;
    }
}
