package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds the named speakers of a report sentence in the style of negotiation bulletins and delegation reports:
 * a name (in capitals or in normal case, with or without "the") in subject position, that is followed, past any
 * of the style's inserts, by a verb of speech. The inserts say who else is behind the position: "X, for / on
 * behalf of GROUP" (the group's position, voiced by X), "X, supported by Y and Z," (supporters), "opposed by W"
 * (an opponent), "with V" (a co-speaker); lists ("A, B and C said") make every name a speaker; "W objected"
 * makes W an opponent. A sentence that opens with a pronoun ("She preferred …") carries the paragraph's last
 * speaker on. Chairs, co-chairs, facilitators, presidents and the secretariat run the meeting and are not
 * speakers; a name in parentheses ("Co-Chair Reifsnyder (US)") or after a quantifier ("several LDCs") is not a
 * speaker either. A name the register does not know is still found when it is written in capitals, or in
 * normal case before ", for …": it comes out marked unknown, never matched to a near name. Plain Java: no
 * framework types.
 */
public final class SpeakerFinder {

    /** What a named stakeholder did in the sentence. */
    public enum Role {
        SPEAKER,
        SUPPORTER,
        OPPONENT
    }

    /**
     * One named speaker: its name as written, whether the register knows it, the group it spoke for (or null),
     * its role, and the part of the sentence that says what it wanted (for the stance).
     */
    public record Speaker(String name, boolean known, String onBehalfOf, Role role, String clause) {
    }

    /** Who spoke last in the paragraph, for a pronoun to carry on; a chair or an unnamed group carries nobody. */
    public static final class Carry {
        private Speaker last;

        public Speaker last() {
            return last;
        }
    }

    private record Span(int start, int end, String name, boolean known) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}](?:[\\p{L}\\p{N}'’./&+-]*[\\p{L}\\p{N}])?");
    private static final int LONGEST_NAME = 8;
    private static final Pattern LIST_JOIN = Pattern.compile("\\G(?:\\s*,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:the\\s+)?");
    private static final Pattern FOR_GROUP = Pattern.compile(
            "\\G\\s*,\\s*(?:speaking\\s+)?(?:for|on behalf of)\\s+(?:the\\s+)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BY = Pattern.compile("\\G\\s*,\\s*(?:and\\s+)?(supported|opposed)\\s+by\\s+(?:the\\s+)?");
    private static final Pattern WITH = Pattern.compile("\\G\\s*,\\s*(?:together\\s+)?with\\s+(?:the\\s+)?");
    private static final Pattern ASIDE = Pattern.compile("\\G\\s*,?\\s*(?:inter alia|among others|in particular|in turn)\\s*[:,]?");
    // Possessive white space: "\\s*,?\\s*" tried every split of a long run of spaces between its two halves.
    private static final Pattern BEFORE_VERB = Pattern.compile(
            "\\G\\s*+,?\\s*+(?:(?:also|further|then|however|instead|again|similarly|subsequently|strongly|later|too|both|all|"
                    + "furthermore|moreover|alternatively|therefore|additionally)\\s*+,?\\s*+)*([a-z]+)\\b");
    private static final Set<String> IRREGULAR_VERBS = Set.of("said", "made", "drew", "sought", "took", "gave", "spoke", "put", "felt",
            "saw", "held", "told", "led", "did");
    private static final Set<String> NOT_VERBS = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed", "breed", "creed", "greed");
    private static final Set<String> OBJECTING = Set.of("objected", "disagreed", "dissented");
    private static final Pattern PRONOUN = Pattern.compile("^\\s*(?:He|She|They|It)\\b");
    private static final Pattern QUANTIFIED = Pattern.compile(
            "(?i)(?:\\b(?:several|many|some|other|most|all|few|various|numerous|both|two|three|four|five)|\\ba number of|\\bmembers of)\\s+(?:the\\s+)?$");
    private static final Pattern CHAIR = Pattern.compile(
            "(?:\\b(?:Co-)?(?:Chair|Chairs|Chairperson|Facilitator|Facilitators|President|Vice-Chair|Rapporteur|Moderator)\\b"
                    + "|\\b(?:[Tt]he )?Secretariat\\b|\\b[Cc]o-[Ff]acilitators?\\b)");
    private static final Pattern SUBJECT_SLOT = Pattern.compile(
            "(?s)(?:\\s*|.*[,;:.]\\s*|.*\\b(?:and|while|whereas|but|when|as|including)\\s+)(?:[Tt]he\\s+)?");
    /** A name in apposition to a person's office is where the person comes from: "Jane Doe, COP 20 Presidency, Peru, …". */
    private static final Pattern OFFICE_BEFORE = Pattern.compile(
            "(?s).*\\b(?:Presidency|President|Minister|Ministry|Secretary|Secretariat|Chair|Co-Chair|Facilitator|Ambassador|Envoy)[^,.;]{0,60},\\s*$");
    private static final Pattern UNNAMED_SUBJECT = Pattern.compile(
            "^\\s*(?:(?:Several|Many|Some|Other|Most|A number of|Numerous|Various|All|Few)\\b|(?:Parties|Delegates|Others|Participants|Speakers|Delegations|Countries)\\b)");
    /** A chair named by title before the name: "Co-Chair Reifsnyder". */
    private static final Pattern CHAIR_BEFORE = Pattern.compile("(?s).*" + CHAIR.pattern() + "\\s+(?:\\p{Lu}\\p{L}*\\s+)*$");
    private static final Pattern WITH_BEFORE = Pattern.compile("(?s).*\\bwith (?:the )?$");
    private static final Pattern BY_BEFORE = Pattern.compile("(?s).*\\b(?:opposed|supported) by (?:the )?$");
    private static final Pattern OPPOSED_BY_BEFORE = Pattern.compile("(?s).*\\bopposed by (?:the )?$");
    private static final Pattern FOR_AFTER = Pattern.compile("\\s*,\\s*(?:speaking\\s+)?(?:for|on behalf of)\\s");
    /**
     * How far before a name its context is read: the clause opening, quantifier, office or "supported by" that
     * decides its role stands just before it. Reading all the sentence before every name was quadratic.
     */
    static final int CONTEXT = 200;

    /** Words in capitals that a report's style uses for bodies of the process and its subjects, never for a speaker. */
    private static final Set<String> INSTITUTIONS = Set.of("COP", "CMP", "CMA", "ADP", "SBSTA", "SBI", "TEP", "UNFCCC", "FCCC", "IPCC",
            "GCF", "GEF", "CDM", "ETS", "GHG", "GHGS", "MOI", "INDC", "INDCS", "REDD", "REDD+", "LULUCF", "QELROS", "CBDR", "AR5", "NAMA",
            "NAMAS", "NAP", "NAPS", "MRV", "IAR", "ICA", "CO2", "UN", "UNGA", "ITEM", "SECTION", "ARTICLE", "OPTION", "NOTE");

    private final Predicate<String> known;

    /** {@code known} answers whether the register knows a name (any case, accents, with or without "the"). */
    public SpeakerFinder(Predicate<String> known) {
        this.known = known;
    }

    /** The named speakers of one sentence, in order; {@code carry} is the paragraph's, updated here. */
    public List<Speaker> speakers(String sentence, Carry carry) {
        List<Span> spans = names(sentence);
        List<Speaker> found = new ArrayList<>();
        boolean[] used = new boolean[spans.size()];
        Speaker main = null;
        for (int k = 0; k < spans.size(); k++) {
            if (used[k] || !mayBeSubject(sentence, spans.get(k))) {
                continue;
            }
            List<Speaker> subject = subjectAt(sentence, spans, k, used);
            if (!subject.isEmpty()) {
                found.addAll(subject);
                if (main == null) {
                    main = subject.get(0);
                }
            }
        }
        // "…, opposed by W." and "…, supported by Y." after the clause they comment on.
        Speaker anchor = main != null ? main : carry.last;
        for (int k = 0; k < spans.size(); k++) {
            if (used[k] || anchor == null) {
                continue;
            }
            String before = context(sentence, spans.get(k).start());
            if (WITH_BEFORE.matcher(before).matches()) {
                // "…, and, with NORWAY, stressed …": a co-speaker of what follows.
                Matcher verb = at(BEFORE_VERB, sentence, spans.get(k).end());
                if (verb != null && isVerb(verb.group(1))) {
                    used[k] = true;
                    found.add(new Speaker(spans.get(k).name(), spans.get(k).known(), null, Role.SPEAKER, sentence.substring(verb.start(1))));
                }
                continue;
            }
            if (BY_BEFORE.matcher(before).matches()) {
                Role role = OPPOSED_BY_BEFORE.matcher(before).matches() ? Role.OPPONENT : Role.SUPPORTER;
                for (int j = k; j < spans.size() && (j == k || joined(sentence, spans.get(j - 1), spans.get(j))); j++) {
                    used[j] = true;
                    found.add(new Speaker(spans.get(j).name(), spans.get(j).known(), null, role, anchor.clause()));
                }
            }
        }
        if (found.isEmpty() && PRONOUN.matcher(sentence).find() && carry.last != null) {
            Matcher pronoun = PRONOUN.matcher(sentence);
            Matcher verb = pronoun.find() ? at(BEFORE_VERB, sentence, pronoun.end()) : null;
            if (verb != null && isVerb(verb.group(1))) {
                Speaker last = carry.last;
                Role role = OBJECTING.contains(verb.group(1)) ? Role.OPPONENT : Role.SPEAKER;
                found.add(new Speaker(last.name(), last.known(), last.onBehalfOf(), role, sentence.substring(verb.start(1))));
                return found;
            }
        }
        if (main != null) {
            carry.last = main;
        } else if (found.isEmpty() && (chairSpeaks(sentence) || UNNAMED_SUBJECT.matcher(sentence).find())) {
            carry.last = null;
        }
        return found;
    }

    /** A chair, facilitator or the secretariat is the subject: a pronoun after it is not a stakeholder. */
    private static boolean chairSpeaks(String sentence) {
        Matcher chair = CHAIR.matcher(sentence);
        return chair.find() && chair.start() < 60;
    }

    private boolean mayBeSubject(String sentence, Span span) {
        String before = context(sentence, span.start());
        // A subject opens the sentence or a clause: "On Section E, CHILE …", "…, while BRAZIL …". Past the context
        // read, blanks alone do not open the sentence.
        if (!SUBJECT_SLOT.matcher(before).matches() || span.start() > CONTEXT && before.isBlank()) {
            return false;
        }
        int open = before.lastIndexOf('(');
        if (open > before.lastIndexOf(')')) {
            return false;
        }
        if (QUANTIFIED.matcher(before).find() || OFFICE_BEFORE.matcher(before).matches()) {
            return false;
        }
        // The name of a chair's or facilitator's country, or a chair named by title: "Co-Chair Reifsnyder".
        return !CHAIR_BEFORE.matcher(before).matches();
    }

    /** The {@link #CONTEXT} characters before an offset (all of them near the sentence's start). */
    private static String context(String sentence, int offset) {
        return sentence.substring(Math.max(0, offset - CONTEXT), offset);
    }

    /**
     * The match of a pattern that opens with {@code \G} right at {@code pos}, or null. {@code find(pos)} would try
     * every later position too before failing, a scan to the end of the sentence each time.
     */
    private static Matcher at(Pattern pattern, String sentence, int pos) {
        Matcher m = pattern.matcher(sentence).region(pos, sentence.length()).useTransparentBounds(true).useAnchoringBounds(false);
        return m.lookingAt() ? m : null;
    }

    /** A list of names, its inserts, then a verb: the speakers it makes, or none when no verb follows. */
    private List<Speaker> subjectAt(String sentence, List<Span> spans, int k, boolean[] used) {
        List<Integer> speakers = new ArrayList<>(List.of(k));
        List<Integer> supporters = new ArrayList<>();
        List<Integer> opponents = new ArrayList<>();
        List<Integer> withs = new ArrayList<>();
        Map<Integer, Integer> groupOf = new HashMap<>();
        int next = k + 1;
        int pos = spans.get(k).end();
        List<Integer> filling = speakers;
        while (true) {
            Matcher m;
            if (next < spans.size() && (m = at(FOR_GROUP, sentence, pos)) != null && m.end() == spans.get(next).start()) {
                // The group of the name just before: "Tuvalu, for the LDCs, and Trinidad and Tobago, for CARICOM, …",
                // "supported by Egypt, for the AFRICAN GROUP, …".
                groupOf.putIfAbsent(filling.get(filling.size() - 1), next);
                pos = spans.get(next++).end();
            } else if (next < spans.size() && (m = at(BY, sentence, pos)) != null && m.end() == spans.get(next).start()) {
                filling = m.group(1).equals("supported") ? supporters : opponents;
                filling.add(next);
                pos = spans.get(next++).end();
            } else if (next < spans.size() && (m = at(WITH, sentence, pos)) != null && m.end() == spans.get(next).start()) {
                filling = withs;
                filling.add(next);
                pos = spans.get(next++).end();
            } else if (next < spans.size() && (m = at(LIST_JOIN, sentence, pos)) != null && m.end() == spans.get(next).start()) {
                // After ", for GROUP", a list goes on with speakers ("Chile, for AILAC, MEXICO and …"); after
                // "supported by" or "with", with more of the same.
                filling.add(next);
                pos = spans.get(next++).end();
            } else if ((m = at(ASIDE, sentence, pos)) != null && m.end() > pos) {
                pos = m.end();
            } else {
                break;
            }
        }
        Matcher verb = at(BEFORE_VERB, sentence, pos);
        if (verb == null || !isVerb(verb.group(1))) {
            return List.of();
        }
        String clause = sentence.substring(verb.start(1));
        Role role = OBJECTING.contains(verb.group(1)) ? Role.OPPONENT : Role.SPEAKER;
        List<Speaker> out = new ArrayList<>();
        for (int i : speakers) {
            out.add(speaker(spans, i, groupOf, role, clause));
        }
        for (int i : withs) {
            out.add(speaker(spans, i, groupOf, role, clause));
        }
        for (int i : supporters) {
            out.add(speaker(spans, i, groupOf, Role.SUPPORTER, clause));
        }
        for (int i : opponents) {
            out.add(speaker(spans, i, groupOf, Role.OPPONENT, clause));
        }
        for (int i = k; i < next; i++) {
            used[i] = true;
        }
        return out;
    }

    private static Speaker speaker(List<Span> spans, int i, Map<Integer, Integer> groupOf, Role role, String clause) {
        Integer group = groupOf.get(i);
        return new Speaker(spans.get(i).name(), spans.get(i).known(), group == null ? null : spans.get(group).name(), role, clause);
    }

    private static boolean joined(String sentence, Span a, Span b) {
        return sentence.substring(a.end(), b.start()).matches("\\s*,\\s*(?:and\\s+)?(?:the\\s+)?|\\s+and\\s+(?:the\\s+)?");
    }

    static boolean isVerb(String word) {
        return IRREGULAR_VERBS.contains(word) || word.length() > 3 && word.endsWith("ed") && !NOT_VERBS.contains(word);
    }

    /**
     * The names in a sentence: the longest run of words from a capitalised one that the register knows; else a
     * run of words in capitals (a name the register does not know, or a subject of the style such as "COP");
     * else a run of capitalised words just before ", for" / ", on behalf of".
     */
    private List<Span> names(String sentence) {
        List<int[]> tokens = new ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        List<Span> spans = new ArrayList<>();
        int i = 0;
        // The run of words in capitals a token is in ends where the run of the token before it ends: found once per
        // run, not again from each of its words when it is not a name (a run of "COP COP …" was quadratic).
        int runEnd = -1;
        while (i < tokens.size()) {
            int start = tokens.get(i)[0];
            if (!Character.isUpperCase(sentence.charAt(start)) && !Character.isDigit(sentence.charAt(start))) {
                i++;
                continue;
            }
            int match = -1;
            for (int j = Math.min(tokens.size(), i + LONGEST_NAME); j > i; j--) {
                if (spaced(sentence, tokens, i, j) && known.test(sentence.substring(start, tokens.get(j - 1)[1]))) {
                    match = j;
                    break;
                }
            }
            if (match > 0) {
                // "The US" is the US: the article is the style's, not the name's.
                int from = match - i > 1 && sentence.startsWith("The ", start) ? tokens.get(i + 1)[0] : start;
                spans.add(new Span(from, tokens.get(match - 1)[1], sentence.substring(from, tokens.get(match - 1)[1]), true));
                i = match;
                continue;
            }
            int j = i;
            if (i < runEnd && capitals(sentence, tokens.get(i))) {
                j = runEnd;
            } else {
                while (j < tokens.size() && capitals(sentence, tokens.get(j)) && (j == i || spaced(sentence, tokens, j - 1, j + 1))) {
                    j++;
                }
                runEnd = j;
            }
            if (j > i && threeLetters(sentence, start, tokens.get(j - 1)[1]) && !institution(sentence, start, tokens.get(j - 1)[1])
                    && !institution(sentence, start, tokens.get(i)[1])) {
                spans.add(new Span(start, tokens.get(j - 1)[1], sentence.substring(start, tokens.get(j - 1)[1]), false));
                i = j;
                continue;
            }
            j = i;
            while (j < tokens.size() && j - i < 5 && (Character.isUpperCase(sentence.charAt(tokens.get(j)[0]))
                    || j > i && Set.of("of", "the", "and").contains(sentence.substring(tokens.get(j)[0], tokens.get(j)[1])))
                    && (j == i || spaced(sentence, tokens, j - 1, j + 1))) {
                j++;
            }
            if (j > i && FOR_AFTER.matcher(sentence).region(tokens.get(j - 1)[1], sentence.length()).lookingAt()
                    && !CHAIR.matcher(sentence.substring(start, tokens.get(j - 1)[1])).find()) {
                spans.add(new Span(start, tokens.get(j - 1)[1], sentence.substring(start, tokens.get(j - 1)[1]), false));
                i = j;
                continue;
            }
            i++;
        }
        return spans;
    }

    /** Tokens i..j-1 are separated by spaces only, as the words of one name are. */
    private static boolean spaced(String sentence, List<int[]> tokens, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            int from = tokens.get(k - 1)[1];
            int to = tokens.get(k)[0];
            if (from >= to) {
                return false;
            }
            for (int c = from; c < to; c++) {
                if (sentence.charAt(c) != ' ') {
                    return false;
                }
            }
        }
        return true;
    }

    /** At least three letters in {@code [from, to)}: "US" alone is too short to be a name in capitals. */
    private static boolean threeLetters(String sentence, int from, int to) {
        int letters = 0;
        for (int i = from; i < to && letters < 3; ) {
            int cp = sentence.codePointAt(i);
            letters += Character.isLetter(cp) ? Character.charCount(cp) : 0;
            i += Character.charCount(cp);
        }
        return letters >= 3;
    }

    private static final int LONGEST_INSTITUTION = INSTITUTIONS.stream().mapToInt(String::length).max().orElse(0);

    /** {@code [from, to)} is one of the {@link #INSTITUTIONS} (a longer run never is: it is not copied to be asked). */
    private static boolean institution(String sentence, int from, int to) {
        return to - from <= LONGEST_INSTITUTION && INSTITUTIONS.contains(sentence.substring(from, to).toUpperCase(Locale.ROOT));
    }

    /** A word in capitals: "FREEDONIA", "G-77/CHINA", "AND" inside "TRINIDAD AND TOBAGO"; not "A" or "I". */
    private static boolean capitals(String sentence, int[] token) {
        String word = sentence.substring(token[0], token[1]);
        return word.chars().anyMatch(Character::isLetter) && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase)
                && (word.length() > 1 || !word.equals("A") && !word.equals("I"));
    }
}
