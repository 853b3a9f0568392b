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
    /** The forms in lower case, and the length of the shortest: every bracket of a draft is asked about. */
    private final String[] lowerForms;
    private final int shortestForm;

    private StatusVocabulary(List<Term> terms) {
        this.terms = List.copyOf(terms);
        this.lowerForms = this.terms.stream().map(t -> t.form().toLowerCase(Locale.ROOT)).toArray(String[]::new);
        // A form is matched whole (a status) or as a prefix (a note), after emphasis and spaces are taken out.
        this.shortestForm = this.terms.stream().mapToInt(t -> plain(t.form()).length()).min().orElse(0);
    }

    /**
     * The content without emphasis marks ({@code *}, {@code _}), white space runs as one space, stripped, without
     * one closing {@code .}, {@code ;} or {@code ,}: in one pass, what four regular expressions did.
     */
    private static String plain(String content) {
        StringBuilder out = new StringBuilder(content.length());
        boolean inSpace = false;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (c == '*' || c == '_') {
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!inSpace) {
                    out.append(' ');
                    inSpace = true;
                }
                continue;
            }
            out.append(c);
            inSpace = false;
        }
        String plain = out.toString().strip();
        if (!plain.isEmpty() && ".;,".indexOf(plain.charAt(plain.length() - 1)) >= 0) {
            plain = plain.substring(0, plain.length() - 1).strip();
        }
        return plain;
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
        if (content.length() < shortestForm) {
            return Optional.empty();
        }
        String plain = plain(content);
        String lower = plain.toLowerCase(Locale.ROOT);
        for (int k = 0; k < terms.size(); k++) {
            Term term = terms.get(k);
            String form = lowerForms[k];
            if (term.kind() == Kind.STATUS ? lower.equals(form)
                    : lower.startsWith(form) && (lower.length() == form.length() || !Character.isLetter(lower.charAt(form.length())))) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
