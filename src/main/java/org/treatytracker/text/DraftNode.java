package org.treatytracker.text;

/** A piece of a parsed draft text: agreed text, a bracket set, or a status tag or note. */
public sealed interface DraftNode permits DraftNode.Agreed, DraftNode.Bracketed, DraftNode.Tag {

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

    /**
     * A status tag or an editorial note ({@code [agreed ad ref]}, {@code {Placeholder …}}) with its delimiters: kept
     * as written, left out when the text is rendered, never a bracket set.
     */
    record Tag(int start, int end, StatusVocabulary.Kind kind, String status, String text) implements DraftNode {
    }
}
