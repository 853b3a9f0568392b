package org.treatytracker.report.reading;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.treatytracker.position.Stance;

/**
 * The stances of what one named speaker said, clause by clause, read from the verbs of reported speech that
 * summaries of UN meetings use (Earth Negotiations Bulletin, delegation and Chair's summaries): "proposed",
 * "suggested", "called for" put forward content (PROPOSE), or a deletion, a bracket, a move, a change of structure
 * when their object says so; "stressed", "emphasized", "underscored", "said … should" back a point (SUPPORT);
 * "preferred", "favored" choose an alternative (PREFER); "opposed", "objected"; "cautioned", "warned", "lamented"
 * (CONCERN); "questioned", "asked whether" (QUESTION); "reserved its position" (RESERVE). One speaker's sentence can
 * hold several ("opposed 'digital information' and favored 'computer data'"): a clause starts at each further verb
 * of reported speech joined by "and", "but" or a comma. What is about the meeting's own work (the organization of
 * work, the agenda, points of order, break-out groups, how to streamline the text) and what only reports
 * (announced, explained, recalled) is no stance at all. AMEND is left for what none of these fits. Plain Java.
 */
public final class BulletinStances {

    /** One stance and the clause that says it, verbatim (a substring of what was given), from {@code start}. */
    public record Said(Stance stance, String clause, int start) {
    }

    /** Verbs that put something forward. */
    private static final String PROPOSING = "propos(?:ed|ing)|suggest(?:ed|ing)|call(?:ed|ing) for|urg(?:ed|ing)|ask(?:ed|ing) (?:for|that)"
            + "|request(?:ed|ing)|recommend(?:ed|ing)|encourag(?:ed|ing)|advocat(?:ed|ing)|put forward|putting forward|introduc(?:ed|ing)"
            + "|submitt(?:ed|ing)|offer(?:ed|ing)|sought|seeking";
    /** Verbs that back a point the speaker names. */
    private static final String BACKING = "support(?:ed|ing)|welcom(?:ed|ing)|endors(?:ed|ing)|back(?:ed|ing)|agre(?:ed|eing)"
            + "|stress(?:ed|ing)|emphasi[sz](?:ed|ing)|underscor(?:ed|ing)|highlight(?:ed|ing)|underlin(?:ed|ing)|insist(?:ed|ing)"
            + "|affirm(?:ed|ing)|reaffirm(?:ed|ing)|recogni[sz](?:ed|ing)|acknowledg(?:ed|ing)|identif(?:ied|ying)|said|saying"
            + "|stat(?:ed|ing)|not(?:ed|ing)|add(?:ed|ing)|argu(?:ed|ing)|maintain(?:ed|ing)|observ(?:ed|ing)|point(?:ed|ing) (?:to|out)"
            + "|underlying|reiterat(?:ed|ing)|express(?:ed|ing)|prioriti[sz](?:ed|ing)|commend(?:ed|ing)|valu(?:ed|ing)|drew attention"
            + "|call(?:ed|ing) (?:specific |particular )?attention|focus(?:ed|ing) on|referr(?:ed|ing) to|mention(?:ed|ing)";
    private static final String PREFERRING = "preferr(?:ed|ing)|favou?r(?:ed|ing)|opt(?:ed|ing) for|lean(?:ed|ing) towards?";
    private static final String OPPOSING = "oppos(?:ed|ing)|object(?:ed|ing)|reject(?:ed|ing)|disagre(?:ed|eing)|resist(?:ed|ing)"
            + "|(?:did|could) not (?:support|accept|agree)|was against|were against";
    private static final String WORRYING = "caution(?:ed|ing)|warn(?:ed|ing)|lament(?:ed|ing)|regrett(?:ed|ing)|worr(?:ied|ying)"
            + "|fear(?:ed|ing)|expressed (?:its |their )?concerns?|rais(?:ed|ing) concerns?";
    private static final String ASKING = "question(?:ed|ing)|quer(?:ied|ying)|ask(?:ed|ing) (?:whether|why|how|what|about|if)"
            + "|wonder(?:ed|ing)|(?:sought|seeking|requested|requesting) clarification";
    private static final String BRACKETING = "bracket(?:ed|ing)";
    private static final String RESERVING = "reserv(?:ed|ing) (?:its|their|his|her|the) (?:position|right)|(?:entered|placed) a reservation";
    /** Verbs that only report: what was done or told, not what was wanted. */
    private static final String REPORTING = "announc(?:ed|ing)|explain(?:ed|ing)|recall(?:ed|ing)|report(?:ed|ing)|describ(?:ed|ing)"
            + "|inform(?:ed|ing)|brief(?:ed|ing)|outlin(?:ed|ing)|present(?:ed|ing)|thank(?:ed|ing)|congratulat(?:ed|ing)"
            + "|express(?:ed|ing) (?:willingness|readiness|appreciation|gratitude|thanks)|rais(?:ed|ing) points? of order";

    private static final String VERB = "(?:" + String.join("|", RESERVING, ASKING, WORRYING, OPPOSING, BRACKETING, PREFERRING, PROPOSING,
            BACKING, REPORTING) + ")";
    private static final Pattern LEADING_VERB = Pattern.compile("^\\s*(?:(?:also|further|then|however|instead|again|similarly|strongly"
            + "|later|too|both|all|furthermore|moreover|alternatively|therefore|additionally),?\\s+)*(" + VERB + ")\\b",
            Pattern.CASE_INSENSITIVE);
    /** Where a further clause of the same speaker opens: "… and favored …", "…, suggesting …", "…, but opposed …". */
    private static final Pattern NEXT_CLAUSE = Pattern.compile(
            "(?:(?:,\\s*|\\s+)(?:and|but)\\s+(?:(?:also|further|then|instead|strongly)\\s+)?(?=" + VERB + "\\b)"
                    // After a comma alone only a participle opens a clause ("…, suggesting …"): "…, agreed in Paris" is no verb of speech.
                    + "|,\\s*(?=" + VERB + "\\b)(?=\\w+ing\\b))",
            Pattern.CASE_INSENSITIVE);
    /** Another subject takes over: "…, while BRAZIL …", "…; the EU …". What follows is not this speaker's. */
    private static final Pattern OTHER_SUBJECT = Pattern.compile("(?:,\\s*(?:while|whereas)\\s|;\\s+(?=(?:the\\s+)?\\p{Lu})"
            + "|(?:,\\s*|\\s+)(?:and|but)\\s+(?:the\\s+)?(?=\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3},?\\s+(?:for|on behalf of|supported by)\\b"
            + "|\\p{Lu}{3,}\\b(?!\\s+(?:text|section|paragraph))))");

    private static Pattern leading(String verbs) {
        return Pattern.compile("^(?:" + verbs + ")\\b", Pattern.CASE_INSENSITIVE);
    }

    private static final Pattern IS_RESERVING = leading(RESERVING);
    private static final Pattern IS_ASKING = leading(ASKING);
    private static final Pattern IS_WORRYING = leading(WORRYING);
    private static final Pattern IS_OPPOSING = leading(OPPOSING);
    private static final Pattern IS_BRACKETING = leading(BRACKETING);
    private static final Pattern IS_PREFERRING = leading(PREFERRING);
    private static final Pattern IS_PROPOSING = leading(PROPOSING);
    private static final Pattern IS_REPORTING = leading(REPORTING);

    /** What a call is for, when it is not new content. */
    private static final Pattern DELETING = Pattern.compile("\\b(?:delet(?:e|ed|ing|ion)|omit(?:ting)?|omission|remov(?:e|ing|al)"
            + "|strik(?:e|ing) out|drop(?:ping)?|eliminat(?:e|ing|ion))\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern BRACKETS = Pattern.compile("\\b(?:bracket(?:s|ed|ing)?)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPTIONAL = Pattern.compile("\\boptional\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern MOVING = Pattern.compile("^\\W*(?:that\\s+)?(?:moving|relocating|move|relocate|transferring)\\b[^.;]{0,120}\\b(?:to|into)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern RESTRUCTURING = Pattern.compile("^\\W*(?:that\\s+)?(?:the\\s+)?(?:a way to\\s+)?(?:merg(?:e|ing)|separating|separate\\s+\\S+(?:\\s+\\S+){0,4}\\s+from"
            + "|replac(?:e|ing)|combin(?:e|ing)|bring(?:ing)? together|bring(?:ing)?\\s+\\S+(?:\\s+\\S+){0,3}\\s+(?:into|together)"
            + "|consolidat(?:e|ing)|restructur(?:e|ing)|reorgani[sz](?:e|ing)|distinguish(?:ing)?|split(?:ting)?|reformulat(?:e|ing)"
            + "|reword(?:ing)?|redraft(?:ing)?|rephras(?:e|ing)|merger|separation|replacement)\\b"
            + "|\\bbe (?:arranged|restructured|reorganized|merged|split|replaced|separated)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern KEEPING = Pattern.compile("^\\W*(?:the importance of\\s+|the need for\\s+)?(?:retain(?:ing)?|keep(?:ing)?"
            + "|maintain(?:ing)?|preserv(?:e|ing))\\b", Pattern.CASE_INSENSITIVE);
    /** "the need for adding text", "stressed the inclusion of": an emphasis that asks for new text. */
    private static final Pattern ASKS_FOR_TEXT = Pattern.compile("^\\W*(?:the need (?:for|to)\\s+)?(?:add(?:ing)?|includ(?:e|ing)|inclusion of"
            + "|insert(?:ing)?|insertion of|new text|text on|language on|a reference to|reference to"
            + "|(?:a|an|its|their|his|her) (?:new |own |alternative )?(?:proposal|submission|text|option))\\b", Pattern.CASE_INSENSITIVE);
    /**
     * The meeting's own work: how it is organized and how the text is handled, not what the text says. A clause about
     * these is no position on the draft.
     */
    private static final Pattern PROCEDURE = Pattern.compile("\\b(?:organi[sz]ation of (?:work|the session)|(?:the|its|provisional) agenda"
            + "|points? of order|break-?out groups?|spin-?off groups?|contact groups?|informal consultations|programme of work"
            + "|(?:working |work )methods|methods? of work|mode of work|streamlin(?:e|ing)|non-papers?|separate,? (?:evolving )?document"
            + "|section-by-section|way forward|how to (?:proceed|move forward)|(?:suggest|suggesting|submit|submitting) new text"
            + "|the right to suggest|time management|schedule of meetings|(?:start|starting|begin|beginning) work"
            // Which document the work goes on from is procedure too: "focus on the revised text", "returning to the elements text".
            + "|(?:focus\\w*\\s+on|return\\w*\\s+to|preserv\\w*|work\\w*\\s+(?:from|on))\\s+(?:the\\s+)?(?:integrity\\s+of\\s+the\\s+)?"
            + "(?:revised|elements|Lima|entire|whole|negotiating)\\s+text)\\b",
            Pattern.CASE_INSENSITIVE);

    private BulletinStances() {
    }

    /**
     * The stances in what one speaker said, from its verb on ({@code said} as SpeakerFinder gives it: "proposed …").
     * Empty when it only reports or is about the meeting's work.
     */
    public static List<Said> of(String said) {
        String own = said;
        Matcher other = OTHER_SUBJECT.matcher(own);
        if (other.find()) {
            own = own.substring(0, other.start());
        }
        List<Integer> starts = new ArrayList<>(List.of(0));
        Matcher next = NEXT_CLAUSE.matcher(own);
        while (next.find()) {
            if (next.end() > starts.get(starts.size() - 1)) {
                starts.add(next.end());
            }
        }
        List<Said> found = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : own.length();
            String clause = own.substring(from, to);
            Stance stance = stanceOf(clause);
            if (stance != null) {
                found.add(new Said(stance, clause, from));
            }
        }
        return found;
    }

    /** Whether a clause is about the meeting's own work ("agreed to the proposed organization of work"), not the text. */
    public static boolean procedural(String clause) {
        return PROCEDURE.matcher(clause).find();
    }

    /** The stance of one clause that opens with its verb, or null when it states none. */
    static Stance stanceOf(String clause) {
        Matcher lead = LEADING_VERB.matcher(clause);
        boolean led = lead.find();
        String verb = led ? lead.group(1) : "";
        String object = led ? clause.substring(lead.end()) : clause;
        if (PROCEDURE.matcher(clause).find()) {
            return null;
        }
        if (IS_RESERVING.matcher(verb).find()) {
            return Stance.RESERVE;
        }
        if (IS_ASKING.matcher(verb).find()) {
            return Stance.QUESTION;
        }
        if (IS_WORRYING.matcher(verb).find()) {
            return Stance.CONCERN;
        }
        if (IS_OPPOSING.matcher(verb).find()) {
            return Stance.OPPOSE;
        }
        if (IS_BRACKETING.matcher(verb).find()) {
            return Stance.BRACKET;
        }
        if (IS_PREFERRING.matcher(verb).find()) {
            // "favored deleting …" is a deletion, "favored retaining …" backing what is there.
            return startsWithCall(object, DELETING) ? Stance.DELETE : Stance.PREFER;
        }
        if (IS_REPORTING.matcher(verb).find()) {
            // "announced a new submission", "presented its proposal": putting text forward, in a reporting verb.
            return ASKS_FOR_TEXT.matcher(object).lookingAt() && !KEEPING.matcher(object).find() ? Stance.PROPOSE : null;
        }
        if (verb.isEmpty()) {
            return Stance.AMEND;
        }
        boolean proposing = IS_PROPOSING.matcher(verb).find();
        String opening = object.length() > 80 ? object.substring(0, 80) : object;
        if (DELETING.matcher(opening).find() && startsWithCall(object, DELETING)) {
            return Stance.DELETE;
        }
        if (BRACKETS.matcher(opening).find() && startsWithCall(object, BRACKETS)) {
            return Stance.BRACKET;
        }
        if (OPTIONAL.matcher(opening).find()) {
            return Stance.MAKE_OPTIONAL;
        }
        if (proposing && MOVING.matcher(opening).find()) {
            return Stance.MOVE;
        }
        if (RESTRUCTURING.matcher(object).find() && (proposing || RESTRUCTURING.matcher(object).lookingAt())) {
            return Stance.AMEND;
        }
        if (KEEPING.matcher(object).find()) {
            return Stance.SUPPORT;
        }
        if (proposing) {
            return Stance.PROPOSE;
        }
        return ASKS_FOR_TEXT.matcher(object).find() ? Stance.PROPOSE : Stance.SUPPORT;
    }

    /** The word stands within the first few words of the object ("deleting section C", "the deletion of"), not deep in its content. */
    private static boolean startsWithCall(String object, Pattern word) {
        Matcher m = word.matcher(object);
        return m.find() && object.substring(0, m.start()).strip().split("\\s+").length <= 3;
    }
}
