package org.treatytracker.text;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.treatytracker.text.ProvisionMatcher.Candidate;

class ProvisionMatcherTest {

    private static Candidate article(String number, String title, String text) {
        return new Candidate("ARTICLE", number, title, text);
    }

    @Test
    void keepsIdentityThroughARenumberingAndFindsNewProvisions() {
        List<Candidate> before = List.of(
                article("3", "Illegal access", "Each State Party shall establish as an offence access without right."),
                article("4", "Preservation of data", "Each State Party shall adopt measures for the expedited preservation of data."));
        List<Candidate> after = List.of(
                article("3", "Illegal access", "Each State Party shall establish as an offence access to data without right."),
                article("4", "Illegal interception", "Each State Party shall establish as an offence the interception of transmissions."),
                article("5", "Preservation of data", "Each State Party shall adopt measures for the expedited preservation of data."));
        assertArrayEquals(new int[] {0, -1, 1}, ProvisionMatcher.match(before, after));
    }

    @Test
    void matchesByTextWhenTitlesAreMissing() {
        List<Candidate> before = List.of(new Candidate("PREAMBULAR_PARAGRAPH", "1", null, "Recognizing the need for cooperation,"),
                new Candidate("PREAMBULAR_PARAGRAPH", "2", null, "Noting the work of the Committee,"));
        List<Candidate> after = List.of(new Candidate("PREAMBULAR_PARAGRAPH", "1", null, "Noting the work of the Committee,"));
        assertArrayEquals(new int[] {1}, ProvisionMatcher.match(before, after));
    }

    @Test
    void neverMatchesAcrossKinds() {
        assertArrayEquals(new int[] {-1}, ProvisionMatcher.match(List.of(new Candidate("CHAPTER", "1", "Purpose", null)),
                List.of(article("1", "Purpose", null))));
    }

    @Test
    void paragraphsAreMatchedWithinTheArticleTheirArticleWasMatchedTo() {
        // Article 4 became article 5; a paragraph was inserted before its second, so 2 became 3. Article 6's paragraph 1
        // says the same as article 4's paragraph 1: it must not take its place.
        String shared = "Parties shall report to the Conference on the measures taken under this article.";
        List<Candidate> before = List.of(
                article("4", "Finance", "1. ..."),
                new Candidate("PARAGRAPH", "1", null, shared, 0, true),
                new Candidate("PARAGRAPH", "2", null, "Developed country Parties shall provide financial resources.", 0, true),
                article("6", "Review", "1. ..."),
                new Candidate("PARAGRAPH", "1", null, shared, 3, true));
        List<Candidate> after = List.of(
                article("5", "Finance", "1. ..."),
                new Candidate("PARAGRAPH", "1", null, shared, 0, true),
                new Candidate("PARAGRAPH", "2", null, "Other Parties are encouraged to provide support voluntarily.", 0, true),
                new Candidate("PARAGRAPH", "3", null, "Developed country Parties shall provide financial resources.", 0, true),
                article("6", "Review", "1. ..."),
                new Candidate("PARAGRAPH", "1", null, shared, 4, true));
        assertArrayEquals(new int[] {0, 1, -1, 2, 3, 4}, ProvisionMatcher.match(before, after));
    }

    /**
     * A draft of 100,000 provisions of one kind against 1,000 previous ones: 10^8 pairs, whose assignment ran out of
     * a 512 MB heap on the packaged server. Past MAX_PAIRS the matcher matches by number, in linear time.
     */
    @Test
    void veryManyCandidatesAreMatchedByNumberInBoundedTime() {
        List<Candidate> previous = new ArrayList<>();
        for (int n = 1; n <= 1_000; n++) {
            previous.add(new Candidate("ARTICLE", String.valueOf(n), null, "The Parties shall cooperate on matter " + n + "."));
        }
        List<Candidate> next = new ArrayList<>();
        for (int n = 1; n <= 100_000; n++) {
            next.add(new Candidate("ARTICLE", String.valueOf(n), null, "The Parties shall cooperate on matter " + n + "."));
        }
        int[] matches = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> ProvisionMatcher.match(previous, next));
        assertEquals(0, matches[0]);
        assertEquals(999, matches[999]);
        assertEquals(-1, matches[1_000], "a provision the previous reading did not have is new");
        assertEquals(-1, matches[99_999]);
    }
}
