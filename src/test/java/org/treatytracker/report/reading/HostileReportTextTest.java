package org.treatytracker.report.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.ParsedDraft;

/**
 * Generated worst cases for the report readers, 100 kB each: long runs of capitals, of commas, of "supported by",
 * of openers that never close. Each used to take from a second to minutes (regular expressions that backtrack
 * or rescan the text before every name); each now finishes well inside a generous bound.
 */
class HostileReportTextTest {

    private static final Duration BOUND = Duration.ofSeconds(5);
    private static final int SIZE = 100_000;

    private final SpeakerFinder speakers = new SpeakerFinder(name -> name.equalsIgnoreCase("Norway") || name.equalsIgnoreCase("France"));
    private final MentionFinder mentions = new MentionFinder(List.of(
            new MentionFinder.Target("art_1", "ARTICLE", "1", "Purpose", "The purpose of this Agreement is to strengthen the response"),
            new MentionFinder.Target("chp_1", "CHAPTER", "I", "General provisions", null)));

    private static String times(String piece) {
        return piece.repeat(SIZE / piece.length());
    }

    private static <T> T bounded(Supplier<T> reading) {
        return assertTimeoutPreemptively(BOUND, reading::get);
    }

    /** Every reader on one paragraph of hostile text, as the ingest service runs them. */
    private void readAll(String paragraph) {
        bounded(() -> ReportReader.read(paragraph));
        bounded(() -> mentions.find(paragraph));
        bounded(() -> StatementDetector.detect(paragraph, List.of(), "chp_1", speakers));
        ParsedDraft draft = BracketParser.parse("[first] [second] Option 1: a", BracketParser.Mode.TOLERANT);
        bounded(() -> AlternativeLinker.link(paragraph, draft));
    }

    @Test
    void longRunOfKnownNamesInCapitals() {
        List<SpeakerFinder.Speaker> found = bounded(() -> speakers.speakers(times("FRANCE "), new SpeakerFinder.Carry()));
        assertTrue(found.isEmpty(), "no verb follows, so nobody spoke");
        readAll(times("FRANCE "));
    }

    @Test
    void longRunOfCapitalisedLinesOfAPlainTextReport() {
        readAll(times("ABC\n"));
        bounded(() -> SectionedParagraphs.split(times("ABC\n")));
    }

    @Test
    void longRunOfCommas() {
        readAll(times("A, "));
        readAll(times(", "));
    }

    @Test
    void supportedByRepeated() {
        String sentence = times("NORWAY, supported by ") + "said.";
        List<SpeakerFinder.Speaker> found = bounded(() -> speakers.speakers(sentence, new SpeakerFinder.Carry()));
        assertEquals(SIZE / "NORWAY, supported by ".length(), found.size());
        assertEquals(SpeakerFinder.Role.SPEAKER, found.get(0).role());
        assertEquals(SpeakerFinder.Role.SUPPORTER, found.get(1).role());
        readAll(sentence);
    }

    @Test
    void capitalisedWordsAndSpaces() {
        readAll(times("Word "));
        readAll("NORWAY" + " ".repeat(SIZE) + "said");
    }

    @Test
    void openersThatNeverClose() {
        readAll(times("agenda item "));
        readAll(times("Under agenda item 1 entitled “"));
        readAll(times("“"));
        readAll(times("**a"));
        readAll(times("<!--"));
        readAll(times("A/"));
    }

    @Test
    void manySentencesAndMentions() {
        String paragraph = times("Several speakers supported article 1. ");
        List<MentionFinder.Found> found = bounded(() -> mentions.find(paragraph));
        assertEquals(SIZE / "Several speakers supported article 1. ".length(), found.size());
        List<StatementDetector.Mention> named = found.stream().map(f -> new StatementDetector.Mention(f.eId(), f.start(), f.end())).toList();
        List<StatementDetector.Statement> statements = bounded(() -> StatementDetector.detect(paragraph, named, "chp_1", speakers));
        assertEquals(found.size(), statements.size());
        assertTrue(statements.stream().allMatch(s -> "art_1".equals(s.target())));
        readAll(times("several speakers agreed several speakers agreed "));
        readAll(times("A/1 ").replace("1 ", "") + times("A/2 "));
    }

    @Test
    void sentenceOverTheQuoteLimitSuggestsNothing() {
        String sentence = "Several speakers supported article 1 " + "and more ".repeat(3_000) + ".";
        assertTrue(sentence.length() > StatementDetector.MAX_SENTENCE);
        List<StatementDetector.Statement> statements = StatementDetector.detect(sentence,
                List.of(new StatementDetector.Mention("art_1", 27, 36)), "chp_1", speakers);
        assertTrue(statements.isEmpty(), "a suggestion quotes its sentence, and the quote holds 20,000 characters");
        assertFalse(StatementDetector.detect("Several speakers supported article 1.",
                List.of(new StatementDetector.Mention("art_1", 27, 36)), "chp_1", speakers).isEmpty());
    }

    @Test
    void agendaItemsLongerThanTheirColumnsAreNotTaken() {
        ReportReader.Report report = ReportReader.read("1. Under agenda item " + "9".repeat(40) + ", entitled “" + "T".repeat(400)
                + "”, speakers spoke.\n\n2. Under agenda item 2, entitled “" + "T".repeat(400) + "”, others spoke.\n");
        assertEquals(null, report.paragraphs().get(0).agendaItem());
        assertEquals("2", report.paragraphs().get(1).agendaItem());
        assertEquals(null, report.paragraphs().get(1).agendaItemTitle(), "a title longer than its column is not taken");
    }
}
