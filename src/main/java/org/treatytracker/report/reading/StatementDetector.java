package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.Arrays;
import java.util.HashSet;
import org.treatytracker.position.Quantifier;
import org.treatytracker.position.Stance;

/**
 * Reads the positions a report paragraph records, sentence by sentence, the way the Ad Hoc Committee's
 * reports write them: who spoke (a quantifier such as "several speakers", "others", or an impersonal form
 * such as "it was said" or "proposals were made"), what they wanted (the stance, from the verbs used), and
 * about what (a provision the sentence names; one the previous sentence was about when this one points back
 * with "this provision", "such", "the mentioned"; the whole text for remarks on the convention's scope or the
 * draft as a whole; otherwise the chapter of the paragraph's agenda item). A sentence where two groups speak
 * ("while several speakers stated …, others encouraged …") gives a suggestion per group; "proposals were made
 * to make this provision optional, to delete it, or to move it" gives one per proposal. Only suggestions come
 * out of here: a person accepts them. Plain Java: no framework types.
 */
public final class StatementDetector {

    /**
     * A suggested position: target is an eId, or null for the whole text; quote is the sentence, verbatim;
     * {@code among} is the group an unnamed speaker is counted in, as the report names it ("LDCs" in
     * "several LDCs"), or null; {@code clause} is the part of the sentence that says this stance (which an alternative
     * is looked for in).
     */
    public record Statement(Quantifier quantifier, Stance stance, String target, String quote, SpeakerFinder.Speaker speaker,
                            String among, String clause) {

        /** A statement whose clause is its whole sentence. */
        public Statement(Quantifier quantifier, Stance stance, String target, String quote, SpeakerFinder.Speaker speaker, String among) {
            this(quantifier, stance, target, quote, speaker, among, quote);
        }

        /** A statement by an unnamed speaker (a quantifier) or an impersonal form. */
        public Statement(Quantifier quantifier, Stance stance, String target, String quote) {
            this(quantifier, stance, target, quote, null, null);
        }
    }

    /**
     * Longest sentence read for positions: a suggestion quotes its sentence whole, in a column of 20,000 characters,
     * and no report writes a sentence that long, so a longer one (a paragraph with no full stop) suggests nothing.
     */
    public static final int MAX_SENTENCE = 20_000;

    /** A provision the paragraph names, and where. */
    public record Mention(String eId, int start, int end) {
    }

    private static final String WHO = "(?:speakers|delegations|participants|States|representatives|parties|Parties|delegates|countries)";
    private static final Pattern SPEAKER = Pattern.compile(
            "\\b(?:(one (?:speaker|delegation|participant|State))|(some " + WHO + ")|(a number of " + WHO + ")|(several " + WHO + ")"
                    + "|(various " + WHO + ")|(many " + WHO + ")|(others)(?= [a-z]+ed\\b)|((?<![a-z] )" + WHO + ")(?= (?:also )?[a-z]+ed\\b))",
            Pattern.CASE_INSENSITIVE);
    /**
     * Unnamed speakers counted in a group the report names: "several LDCs", "a number of Annex I Parties", "many
     * developing countries". Only before a verb ("… LDCs called for"), so that "concerns about many NDCs" is not a speaker.
     */
    private static final Pattern COUNTED_IN_GROUP = Pattern.compile(
            "\\b(one|some|a number of|several|various|many)\\s+((?:(?:(?-i:\\p{Lu}[\\p{L}\\d/-]*)|developing|developed|vulnerable|small"
                    + "|island|least|other)\\s+){0,3}(?:" + WHO + "|members|(?-i:\\p{Lu}{2,}[\\p{L}\\d/-]*)))"
                    + "(?=,?\\s+(?:also\\s+|further\\s+|again\\s+)?[a-z]+(?:ed|aid)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Quantifier> QUANTIFIER_WORDS = Map.of("one", Quantifier.ONE, "some", Quantifier.SOME,
            "a number of", Quantifier.A_NUMBER_OF, "several", Quantifier.SEVERAL, "various", Quantifier.VARIOUS, "many", Quantifier.MANY);
    private static final Pattern GENERIC_SPEAKERS = Pattern.compile(WHO + "|members", Pattern.CASE_INSENSITIVE);

    private static final Pattern IMPERSONAL = Pattern.compile(
            "\\b(?:it was (?:further |also )?(?:said|stated|argued|noted|suggested|recommended|proposed|mentioned|highlighted|underscored|stressed|emphasized)"
                    + "|proposals were made|a proposal was made"
                    + "|(?:was|were) (?:also |equally |further )?(?:suggested|recommended|proposed|mentioned|highlighted|underscored|stressed|emphasized|put into question|questioned)"
                    + "|\\bas was the fact that)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.;!?])\\s+(?=[A-Z“\"(])");
    private static final Pattern POINTS_BACK = Pattern.compile(
            "^\\s*rather\\b|\\bthis provision\\b|\\bthe provision\\b|\\bsuch\\b|\\bthe mentioned\\b|\\b[a-z]+(?:ing|ed) it\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHOLE_TEXT = Pattern.compile(
            "\\bscope of the convention\\b|\\breview the draft text\\b|\\bthe draft text as a whole\\b|\\bthe process of\\b"
                    + "|\\bstages of (?:the )?work\\b|\\bthe convention as a whole\\b",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern OPTIONAL = Pattern.compile("\\boptional\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DELETE = Pattern.compile("\\b(?:delete|deletion|deleting|omit|omitting|omission of|remove|removing|removal of)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVE = Pattern.compile("\\b(?:move|moving|relocat\\w*|transfer)\\b|\\bto a different chapter\\b",
            Pattern.CASE_INSENSITIVE);
    /** A proposal to put text elsewhere: "proposed moving text on loss and damage to a new section". */
    private static final Pattern MOVE_TEXT = Pattern.compile("\\b(?:moving|relocating)\\b[^.;]{0,120}\\bto\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUESTION = Pattern.compile("\\b(?:put into question|questioned|inquiry|inquired|asked whether)\\b",
            Pattern.CASE_INSENSITIVE);
    /** Putting text in brackets withholds agreement from it: "the US bracketed 'protection measures'". */
    private static final Pattern RESERVE = Pattern.compile(
            "\\b(?:bracketed|bracketing|placed (?:it |them )?in(?:to)? (?:square )?brackets|reserved (?:its|their) position)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern OPPOSE = Pattern.compile("\\b(?:premature|opposed|objected to|rejected|could not support|against the inclusion)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CONCERN = Pattern.compile("\\b(?:cautioned|concerns?|warned|worried|reservations about|lamented)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SUPPORT = Pattern.compile(
            "\\b(?:welcome addition|welcomed|commended|supported|highlighted the (?:key )?role|as a model|expressed support|agreed (?:on|that|with))\\b",
            Pattern.CASE_INSENSITIVE);

    private StatementDetector() {
    }

    /**
     * Where the words that give a sentence its stance stand in it, as [start, end) pairs in order without overlaps:
     * what a reviewer checks a suggestion's stance against.
     */
    public static List<int[]> cues(String sentence) {
        List<int[]> found = new ArrayList<>();
        for (Pattern cue : List.of(SUPPORT, OPPOSE, CONCERN, RESERVE, DELETE, MOVE, QUESTION, OPTIONAL, PREFERENCE)) {
            Matcher m = cue.matcher(sentence);
            while (m.find()) {
                found.add(new int[] {m.start(), m.end()});
            }
        }
        found.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]));
        List<int[]> spans = new ArrayList<>();
        for (int[] span : found) {
            if (spans.isEmpty() || span[0] >= spans.get(spans.size() - 1)[1]) {
                spans.add(span);
            }
        }
        return spans;
    }

    /**
     * The statements of one paragraph. {@code mentions} are the provisions the paragraph names (from
     * MentionFinder); {@code agendaChapter} is the eId of the chapter its agenda item discusses, if any.
     */
    public static List<Statement> detect(String paragraph, List<Mention> mentions, String agendaChapter) {
        return detect(paragraph, mentions, agendaChapter, null);
    }

    /**
     * The statements of one paragraph, with the named speakers {@code finder} reads in it (none when null): a
     * statement per named speaker, supporter and opponent, with the stance of what it said (an opponent
     * opposes).
     */
    public static List<Statement> detect(String paragraph, List<Mention> mentions, String agendaChapter, SpeakerFinder finder) {
        List<Statement> statements = new ArrayList<>();
        SpeakerFinder.Carry carry = new SpeakerFinder.Carry();
        Set<String> previousTargets = agendaChapter == null ? Set.of() : Set.of(agendaChapter);
        int offset = 0;
        String[] sentences = SENTENCE_END.split(paragraph);
        int[] starts = new int[sentences.length];
        for (int k = 0; k < sentences.length; k++) {
            starts[k] = paragraph.indexOf(sentences[k], offset);
            offset = starts[k] + sentences[k].length();
        }
        // Each mention to its sentence once, in the order given: asking every mention for every sentence was quadratic.
        List<List<Mention>> mentionsOf = new ArrayList<>();
        for (int k = 0; k < sentences.length; k++) {
            mentionsOf.add(new ArrayList<>(1));
        }
        for (Mention mention : mentions) {
            int k = Arrays.binarySearch(starts, mention.start());
            k = k >= 0 ? k : -k - 2;
            while (k + 1 < starts.length && starts[k + 1] <= mention.start()) {
                k++; // an empty sentence shares its start with the next
            }
            if (k >= 0 && mention.start() < starts[k] + sentences[k].length()) {
                mentionsOf.get(k).add(mention);
            }
        }
        for (int k = 0; k < sentences.length; k++) {
            String sentence = sentences[k];
            if (sentence.length() > MAX_SENTENCE) {
                continue;
            }
            Set<String> named = new LinkedHashSet<>();
            for (Mention mention : mentionsOf.get(k)) {
                named.add(mention.eId());
            }
            Set<String> targets = targetsOf(sentence, named, previousTargets, agendaChapter);
            boolean spoke = false;
            List<SpeakerFinder.Speaker> speakers = finder == null ? List.of() : finder.speakers(sentence, carry);
            // Bulletins name a provision once and report speaker after speaker on it: the topic carries on.
            Set<String> spokenAbout = named.isEmpty() && !speakers.isEmpty() && !previousTargets.isEmpty() ? previousTargets : targets;
            for (SpeakerFinder.Speaker speaker : speakers) {
                spoke = true;
                if (speaker.role() == SpeakerFinder.Role.OPPONENT) {
                    for (String target : spokenAbout) {
                        statements.add(new Statement(null, Stance.OPPOSE, target, sentence.strip(), speaker, null, speaker.clause()));
                    }
                    continue;
                }
                // Clause by clause: "opposed 'digital information' and favored 'computer data'" is two stances, each on
                // what its own clause names when it names something.
                String said = WHO_ELSE.matcher(speaker.clause()).replaceAll("");
                int saidAt = sentence.indexOf(said);
                for (BulletinStances.Said clause : BulletinStances.of(said)) {
                    // A supporter backs the proposal: SUPPORT, unless the proposal is against the text (delete, bracket,
                    // oppose, reserve), where backing it is being against the text too.
                    Stance stance = speaker.role() == SpeakerFinder.Role.SUPPORTER && !AGAINST.contains(clause.stance()) ? Stance.SUPPORT
                            : clause.stance();
                    Set<String> own = saidAt < 0 ? Set.of() : namedIn(mentionsOf.get(k), starts[k] + saidAt + clause.start(),
                            starts[k] + saidAt + clause.start() + clause.clause().length());
                    Set<String> about = own.isEmpty() ? spokenAbout : targetsOf(clause.clause(), own, previousTargets, agendaChapter);
                    for (String target : about) {
                        statements.add(new Statement(null, stance, target, sentence.strip(), speaker, null, clause.clause()));
                    }
                }
            }
            for (String clause : clauses(sentence)) {
                Matcher counted = COUNTED_IN_GROUP.matcher(clause);
                boolean inGroup = counted.find();
                Quantifier quantifier = inGroup ? QUANTIFIER_WORDS.get(counted.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                        : quantifierOf(clause);
                if (quantifier == null && !IMPERSONAL.matcher(clause).find() || BulletinStances.procedural(clause)) {
                    continue;
                }
                String among = inGroup && !GENERIC_SPEAKERS.matcher(counted.group(2)).matches() ? counted.group(2) : null;
                spoke = true;
                for (Stance stance : stancesOf(clause)) {
                    for (String target : targets) {
                        statements.add(new Statement(quantifier, stance, target, sentence.strip(), null, among));
                    }
                }
            }
            if (spoke || !named.isEmpty()) {
                previousTargets = speakers.isEmpty() ? targets : spokenAbout;
            }
        }
        return statements;
    }

    /** The eIds of the mentions within {@code [from, to)} of the paragraph. */
    private static Set<String> namedIn(List<Mention> mentions, int from, int to) {
        Set<String> named = new LinkedHashSet<>();
        for (Mention mention : mentions) {
            if (mention.start() >= from && mention.start() < to) {
                named.add(mention.eId());
            }
        }
        return named;
    }

    /**
     * The named speakers of a paragraph, sentence by sentence as {@link #detect} reads them, whether or not what they
     * said is a position (a speaker on the organization of work is still a speaker).
     */
    public static List<SpeakerFinder.Speaker> namedSpeakers(String paragraph, SpeakerFinder finder) {
        List<SpeakerFinder.Speaker> found = new ArrayList<>();
        SpeakerFinder.Carry carry = new SpeakerFinder.Carry();
        for (String sentence : SENTENCE_END.split(paragraph)) {
            if (sentence.length() <= MAX_SENTENCE) {
                found.addAll(finder.speakers(sentence, carry));
            }
        }
        return found;
    }

    private static Set<String> targetsOf(String sentence, Set<String> named, Set<String> previous, String agendaChapter) {
        // A chapter named beside an article is where the article would go ("move article 10 to the chapter on …").
        Set<String> provisions = new LinkedHashSet<>(named);
        if (named.stream().anyMatch(eId -> !eId.startsWith("chp_"))) {
            provisions.removeIf(eId -> eId.startsWith("chp_"));
        }
        // "article 4, paragraph 2" is about the paragraph, not the whole article (the preamble and its paragraphs
        // are named side by side as separate things).
        provisions.removeIf(eId -> !eId.startsWith("preamble") && named.stream().anyMatch(other -> other.startsWith(eId + "__")));
        if (!provisions.isEmpty()) {
            return provisions;
        }
        if (POINTS_BACK.matcher(sentence).find() && !previous.isEmpty()) {
            return previous;
        }
        Set<String> targets = new LinkedHashSet<>();
        targets.add(WHOLE_TEXT.matcher(sentence).find() ? null : agendaChapter);
        return targets;
    }

    /** A sentence split where a second group of speakers (or impersonal form) starts. */
    static List<String> clauses(String sentence) {
        List<Integer> starts = new ArrayList<>();
        Set<Integer> taken = new HashSet<>();
        Matcher speaker = SPEAKER.matcher(sentence);
        while (speaker.find()) {
            starts.add(speaker.start());
            taken.add(speaker.start());
        }
        Matcher impersonal = IMPERSONAL.matcher(sentence);
        while (impersonal.find()) {
            starts.add(impersonal.start());
            taken.add(impersonal.start());
        }
        Matcher counted = COUNTED_IN_GROUP.matcher(sentence);
        while (counted.find()) {
            if (taken.add(counted.start())) {
                starts.add(counted.start());
            }
        }
        starts.sort(null);
        List<String> clauses = new ArrayList<>();
        if (starts.size() < 2) {
            clauses.add(sentence);
            return clauses;
        }
        int from = 0;
        for (int i = 1; i < starts.size(); i++) {
            // Split before the later group only when a comma stands between the two: "several …, others …".
            int comma = starts.get(i);
            while (comma > starts.get(i - 1) && sentence.charAt(comma) != ',') {
                comma--; // back to the group before, not to the sentence's start
            }
            if (comma > starts.get(i - 1)) {
                clauses.add(sentence.substring(from, comma + 1));
                from = comma + 1;
            }
        }
        clauses.add(sentence.substring(from));
        return clauses;
    }

    static Quantifier quantifierOf(String clause) {
        Matcher m = SPEAKER.matcher(clause);
        if (!m.find()) {
            return null;
        }
        Quantifier[] byGroup = {Quantifier.ONE, Quantifier.SOME, Quantifier.A_NUMBER_OF, Quantifier.SEVERAL, Quantifier.VARIOUS,
                Quantifier.MANY, Quantifier.OTHERS, Quantifier.SPEAKERS};
        for (int group = 1; group <= byGroup.length; group++) {
            if (m.group(group) != null) {
                return byGroup[group - 1];
            }
        }
        return null;
    }

    /** Stances against the text a supporter shares with the speaker it supports. */
    private static final Set<Stance> AGAINST = Set.of(Stance.DELETE, Stance.BRACKET, Stance.OPPOSE, Stance.RESERVE);

    /** "supported by NORWAY", "opposed by BRAZIL": who else took a side says nothing of the speaker's own stance. */
    private static final Pattern WHO_ELSE = Pattern.compile(",?\\s*(?:and\\s+)?(?:supported|opposed)\\s+by\\s+[^,.;]+");

    private static final Pattern PREFERENCE = Pattern.compile("\\b(?:preferr(?:ed|ing)|prefers?|favou?r(?:ed|ing|s)?)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The stance on one alternative of a bracket set: preferring or favouring an alternative is a preference for it, although
     * preferring other words for a provision amends the provision.
     */
    public static Stance towardsAlternative(Stance stance, String sentence) {
        return stance == Stance.AMEND && PREFERENCE.matcher(sentence).find() ? Stance.PREFER : stance;
    }

    static List<Stance> stancesOf(String clause) {
        String text = clause.toLowerCase(Locale.ROOT);
        if (text.contains("proposals were made") || text.contains("proposal was made")) {
            List<Stance> proposed = new ArrayList<>();
            if (OPTIONAL.matcher(text).find()) {
                proposed.add(Stance.MAKE_OPTIONAL);
            }
            if (DELETE.matcher(text).find()) {
                proposed.add(Stance.DELETE);
            }
            if (MOVE.matcher(text).find()) {
                proposed.add(Stance.MOVE);
            }
            if (!proposed.isEmpty()) {
                return proposed;
            }
        }
        if (text.matches("(?s).*\\b(?:called for|calls for|proposed|suggested|urged)\\b.*")) {
            if (DELETE.matcher(text).find()) {
                return List.of(Stance.DELETE);
            }
            if (OPTIONAL.matcher(text).find()) {
                return List.of(Stance.MAKE_OPTIONAL);
            }
            if (MOVE_TEXT.matcher(text).find()) {
                return List.of(Stance.MOVE);
            }
        }
        if (QUESTION.matcher(text).find()) {
            return List.of(Stance.QUESTION);
        }
        if (RESERVE.matcher(text).find()) {
            return List.of(Stance.RESERVE);
        }
        if (OPPOSE.matcher(text).find()) {
            return List.of(Stance.OPPOSE);
        }
        if (CONCERN.matcher(text).find()) {
            return List.of(Stance.CONCERN);
        }
        if (SUPPORT.matcher(text).find()) {
            return List.of(Stance.SUPPORT);
        }
        return List.of(Stance.AMEND);
    }
}
