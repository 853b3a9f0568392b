package org.treatytracker.text;

/** A piece of a parsed draft text: either agreed text or a bracket set. */
public sealed interface DraftNode permits DraftNode.Agreed, DraftNode.Bracketed {

    int start();

    int end();

    /** Agreed text (which includes footnote references, links, editorial brackets and stray brackets). */
    record Agreed(int start, int end) implements DraftNode {
    }

    /** A bracket set at this place. */
    record Bracketed(BracketSet set) implements DraftNode {

        @Override
        public int start() {
            return set.start();
        }

        @Override
        public int end() {
            return set.end();
        }
    }
}
