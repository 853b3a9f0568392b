package org.treatytracker.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The words a negotiation uses to mark the status of a paragraph or to leave an editorial note, as opposed to
 * alternatives under negotiation: {@code [agreed ad referendum]}, {@code [AAR]}, {@code (agreed ad ref)},
 * {@code [Note: …]}, {@code [Placeholder for …]}, {@code {Placeholder …}}. A bracketed, parenthesised or braced
 * tag whose whole content is a status form, or starts with a note form, is read as a status or a note, never as
 * a bracket set. Each process words its tags its own way: the common forms are built in ({@link #COMMON}) and
 * {@link #with} adds more. Plain Java: no framework types.
 */
public final class StatusVocabulary {

    /** What a tag says. */
    public enum Kind {
        STATUS,
        NOTE
    }

    /**
     * A form: for a status the tag's whole content ("agreed ad ref"), for a note how its content starts
     * ("Placeholder"); {@code status} is the status it gives (AGREED_AD_REFERENDUM, AGREED, OPEN, or a word of the
     * user's), null for a note.
     */
    public record Term(String form, Kind kind, String status) {

        public Term {
            if (form == null || form.isBlank()) {
                throw new IllegalArgumentException("a tag needs its words");
            }
            if (kind == Kind.STATUS && (status == null || !status.matches("[A-Z][A-Z_]{1,39}"))) {
                throw new IllegalArgumentException("a status is written in capitals and underscores, such as AGREED_AD_REFERENDUM");
            }
        }

        public static Term status(String form, String status) {
            return new Term(form, Kind.STATUS, status);
        }

        public static Term note(String start) {
            return new Term(start, Kind.NOTE, null);
        }
    }

    /** The status an untagged provision has. */
    public static final String OPEN = "OPEN";

    /** The forms common to UN processes. */
    public static final StatusVocabulary COMMON = new StatusVocabulary(List.of(
            Term.status("agreed ad referendum", "AGREED_AD_REFERENDUM"),
            Term.status("agreed ad ref", "AGREED_AD_REFERENDUM"),
            Term.status("ad ref", "AGREED_AD_REFERENDUM"),
            Term.status("AAR", "AGREED_AD_REFERENDUM"),
            Term.status("ad referendum", "AGREED_AD_REFERENDUM"),
            Term.status("agreed", "AGREED"),
            Term.status("adopted", "AGREED"),
            Term.status("provisionally agreed", "PROVISIONALLY_AGREED"),
            Term.status("open", OPEN),
            Term.note("Note"),
            Term.note("Placeholder")));

    private final List<Term> terms;

    private StatusVocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
    }

    public List<Term> terms() {
        return terms;
    }

    /** This vocabulary and some more forms (a process's own: "[ad ref]", "[agreed in informals]"). */
    public StatusVocabulary with(List<Term> more) {
        List<Term> all = new ArrayList<>(more);
        all.addAll(terms);
        return new StatusVocabulary(all);
    }

    /** What a tag's content says, if it is a status or a note; empty when it is text under negotiation. */
    public Optional<Term> match(String content) {
        if (content == null || content.length() > 400 || content.indexOf('[') >= 0) {
            return Optional.empty();
        }
        String plain = content.replaceAll("[*_]", "").replaceAll("\\s+", " ").strip().replaceAll("[.;,]$", "").strip();
        String lower = plain.toLowerCase(Locale.ROOT);
        for (Term term : terms) {
            String form = term.form().toLowerCase(Locale.ROOT);
            if (term.kind() == Kind.STATUS ? lower.equals(form)
                    : lower.startsWith(form) && (lower.length() == form.length() || !Character.isLetter(lower.charAt(form.length())))) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
