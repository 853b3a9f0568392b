package org.treatytracker.provision;

import java.util.List;

/**
 * Who stands behind each alternative of a provision version's bracket sets. Positions are another feature's
 * (they depend on provisions, not the other way round), so the bracket view asks through this port and the
 * positions feature answers it.
 */
public interface AlternativeBackers {

    /** A position on one alternative, on the side its stance puts it. */
    record Backing(int setIndex, int alternativeIndex, BracketDto.Side side, BracketDto.Backer backer) {

        /** The positions on one alternative, on one side, in the order given. */
        public static List<BracketDto.Backer> on(List<Backing> backings, int setIndex, int alternativeIndex, BracketDto.Side side) {
            return backings.stream().filter(b -> b.setIndex() == setIndex && b.alternativeIndex() == alternativeIndex && b.side() == side)
                    .map(Backing::backer).toList();
        }
    }

    /** Every position on an alternative of the version's bracket sets, in one query. */
    List<Backing> of(long provisionVersionId);
}
