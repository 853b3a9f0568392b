package org.treatytracker.position;

/**
 * The report's word for how many unnamed speakers took a position. The words are kept as the report gives
 * them and ordered for sorting, but never turned into head counts the report does not give: "several" is
 * not a number. A bare "speakers" and "others" say nothing of size and sort first.
 */
public enum Quantifier {
    SPEAKERS("speakers", 0),
    OTHERS("others", 0),
    ONE("one speaker", 1),
    SOME("some speakers", 2),
    A_NUMBER_OF("a number of speakers", 3),
    SEVERAL("several speakers", 4),
    VARIOUS("various speakers", 5),
    MANY("many speakers", 6);

    private final String words;
    private final int rank;

    Quantifier(String words, int rank) {
        this.words = words;
        this.rank = rank;
    }

    public String words() {
        return words;
    }

    public int rank() {
        return rank;
    }

    /** A JPQL expression that sorts a quantifier column by rank. */
    public static String rankExpression(String path) {
        StringBuilder expression = new StringBuilder("case ").append(path);
        for (Quantifier q : values()) {
            expression.append(" when ").append(Quantifier.class.getName()).append('.').append(q.name())
                    .append(" then ").append(q.rank);
        }
        return expression.append(" else -1 end").toString();
    }
}
