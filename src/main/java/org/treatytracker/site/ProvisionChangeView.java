package org.treatytracker.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.treatytracker.compare.ComparisonDto;
import org.treatytracker.provision.ProvisionKind;

/**
 * One provision's change between two readings as a reader is told it, on the comparison page and the provision
 * page's own comparison: what happened to it in words ("Article 7 is now Article 9", "moved from chapter 2"), how
 * much of its text changed, the diff with the drafts' Markdown rendered, and each bracket set's fate (resolved to
 * which alternative, amended, dropped, opened).
 */
public record ProvisionChangeView(long provisionId, String anchor, String label, String status, String href, List<String> what,
                                  String words, String diff, List<Fate> fates, int keptOpen) {

    /** What became of one bracket set: {@code word} is resolved, amended, dropped or opened. */
    public record Fate(String word, String set, String href, String text) {
    }

    static String anchor(long provisionId) {
        return "change-" + provisionId;
    }

    /** "Article 2. Purpose", with the title's Markdown marks left out (a heading reads "(purpose)", not "*(purpose)*"). */
    static String label(ProvisionKind kind, ComparisonDto.Side side) {
        String title = side.title() == null ? null : side.title().replaceAll("\\*{1,3}|_{2}", "").strip();
        return Wording.provision(kind, side.number(), title);
    }

    static ProvisionChangeView of(ComparisonDto.ProvisionChange change, long fromReading, long toReading) {
        ComparisonDto.Side side = change.to() != null ? change.to() : change.from();
        String href = SiteLinks.provision(change.provisionId(), change.to() != null ? toReading : fromReading);
        ComparisonDto.Brackets b = change.brackets();
        List<Fate> fates = new ArrayList<>();
        String before = SiteLinks.provision(change.provisionId(), fromReading) + "#";
        String after = SiteLinks.provision(change.provisionId(), toReading) + "#";
        for (ComparisonDto.SetChange s : b.resolved()) {
            String text = s.alternatives().size() == 1 ? alternatives(s) + ": its brackets removed, the text kept"
                    + (s.resolvedText().strip().equals(s.alternatives().get(0).strip()) ? "" : " as “" + abbreviate(s.resolvedText()) + "”")
                    : alternatives(s) + ": alternative " + (s.resolvedTo() + 1) + " of " + s.alternatives().size() + " kept, “"
                    + abbreviate(s.resolvedText()) + "”";
            fates.add(new Fate("resolved", setName(s), before + BracketMarkup.detailId(s.index()), text));
        }
        for (ComparisonDto.Amendment a : b.amended()) {
            fates.add(new Fate("amended", setName(a.after()), after + BracketMarkup.detailId(a.after().index()),
                    alternatives(a.before()) + " now reads " + alternatives(a.after())
                            + (a.before().index() == a.after().index() ? "" : " (it was set " + (a.before().index() + 1) + ")")));
        }
        for (ComparisonDto.SetChange s : b.dropped()) {
            fates.add(new Fate("dropped", setName(s), before + BracketMarkup.detailId(s.index()),
                    alternatives(s) + ": none of its alternatives is in the later text"));
        }
        for (ComparisonDto.SetChange s : b.opened()) {
            fates.add(new Fate("opened", setName(s), after + BracketMarkup.detailId(s.index()), alternatives(s)));
        }
        int keptOpen = change.from() == null || change.to() == null ? 0
                : Math.max(0, b.before() - b.resolved().size() - b.dropped().size() - b.amended().size());
        return new ProvisionChangeView(change.provisionId(), anchor(change.provisionId()), label(change.kind(), side),
                Wording.status(change.status()), href, what(change), words(change),
                change.diff() == null ? null : DraftMarkdown.diff(change.diff()), fates, keptOpen);
    }

    /** What happened to the provision, in sentences: renumbered, moved, added, removed. */
    static List<String> what(ComparisonDto.ProvisionChange change) {
        List<String> what = new ArrayList<>();
        ComparisonDto.Side from = change.from();
        ComparisonDto.Side to = change.to();
        if (from == null) {
            what.add("New at this reading.");
            return what;
        }
        if (to == null) {
            what.add("Not in the later reading: " + Wording.provision(change.kind(), from.number(), null) + " was taken out.");
            return what;
        }
        if (change.renumbered()) {
            String was = Wording.provision(change.kind(), from.number(), null);
            String now = Wording.provision(change.kind(), to.number(), null);
            what.add(was.equals(now) ? "Its identifier changed from " + from.eId() + " to " + to.eId() + "."
                    : was + " is now " + now + ".");
        }
        if (change.moved()) {
            what.add("Moved from " + place(from.parentEId()) + " to " + place(to.parentEId()) + ".");
        }
        if (!Objects.equals(from.status(), to.status())) {
            what.add("Its status went from " + words(from.status()) + " to " + words(to.status()) + ".");
        }
        ComparisonDto.HeadingChange heading = change.heading();
        if (heading != null) {
            what.add(heading.resolvedTo() == null
                    ? "Its heading was a choice of " + heading.alternatives().size() + " alternatives; it now reads “" + heading.resolvedText() + "”."
                    : "Its heading kept alternative " + (heading.resolvedTo() + 1) + " of " + heading.alternatives().size()
                            + ", “" + heading.resolvedText() + "”.");
        }
        return what;
    }

    /** How much of the text changed: never "0 words" for a provision whose text did change. */
    static String words(ComparisonDto.ProvisionChange change) {
        if (change.from() == null || change.to() == null) {
            return null;
        }
        if (!change.changed()) {
            return "Text unchanged.";
        }
        if (change.changedWords() > 0) {
            return change.changedWords() + (change.changedWords() == 1 ? " word" : " words") + " changed.";
        }
        boolean marked = change.diff() != null && change.diff().stream().anyMatch(r -> r.op() != org.treatytracker.text.WordDiff.Op.EQUAL
                && !r.text().isBlank());
        if (marked) {
            return "No word changed: only punctuation, brackets or marks.";
        }
        return change.from().bracketedHeading() != change.to().bracketedHeading() ? "Only the brackets around the heading changed."
                : "No word changed: only spacing or line breaks.";
    }

    /** An eId as a reader says it: "chp_2" is "chapter 2", "art_4__para_1" "article 4, paragraph 1"; none is "the top level". */
    static String place(String eId) {
        if (eId == null) {
            return "the top level";
        }
        List<String> parts = new ArrayList<>();
        for (String part : eId.split("__")) {
            int cut = part.indexOf('_');
            String kind = cut < 0 ? part : part.substring(0, cut);
            String number = cut < 0 ? "" : " " + part.substring(cut + 1);
            String name = switch (kind) {
                case "chp" -> "chapter";
                case "art" -> "article";
                case "sec" -> "section";
                case "subsec" -> "subsection";
                case "para" -> "paragraph";
                case "subpara" -> "subparagraph";
                case "preamble" -> "the preamble";
                default -> kind;
            };
            parts.add(name + number);
        }
        return String.join(", ", parts);
    }

    private static String words(String status) {
        return status == null ? "open" : status.replace('_', ' ').toLowerCase(Locale.ROOT);
    }

    private static String setName(ComparisonDto.SetChange set) {
        return "Set " + (set.index() + 1);
    }

    private static String alternatives(ComparisonDto.SetChange set) {
        StringBuilder out = new StringBuilder();
        for (String alternative : set.alternatives()) {
            out.append(out.isEmpty() ? "" : " ").append('[').append(abbreviate(alternative)).append(']');
        }
        return out.toString();
    }

    private static String abbreviate(String text) {
        String flat = text == null ? "" : text.strip().replaceAll("\\s+", " ");
        return flat.length() <= 160 ? flat : flat.substring(0, 157) + "…";
    }
}
