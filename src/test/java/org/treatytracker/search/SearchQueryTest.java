package org.treatytracker.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The query syntax and the analyzer it shares with the index, without a database. */
class SearchQueryTest {

    private static List<String> terms(String text) {
        return SearchAnalyzer.tokens(text).stream().map(SearchAnalyzer.Token::term).toList();
    }

    @Test
    void analyzerStemsFoldsAndKeepsStopWordsInPlace() {
        assertEquals(List.of("transfer", "of", "technolog"), terms("Transfer of Technologies"));
        assertEquals(terms("technology"), terms("technologies"));
        assertEquals(List.of("parti", "right"), terms("Party’s rights"));
        assertEquals(List.of("cafe", "reglement"), terms("Café Règlement"));
        List<SearchAnalyzer.Token> tokens = SearchAnalyzer.tokens("a [bracketed] text");
        assertEquals(List.of(0, 1, 2), tokens.stream().map(SearchAnalyzer.Token::position).toList());
        assertEquals("bracketed", "a [bracketed] text".substring(tokens.get(1).start(), tokens.get(1).end()));
        assertTrue(SearchAnalyzer.isStopWord("the"));
        assertFalse(SearchAnalyzer.isStopWord("technolog"));
    }

    @Test
    void wordsPhrasesExclusionsOrsAndPrefixes() {
        SearchQuery query = SearchQuery.parse("data \"transfer of technology\" -military tech* information OR content");
        assertEquals(4, query.required().size());
        assertEquals(List.of("transfer", "of", "technolog"), query.required().get(1).get(0).terms());
        assertEquals(List.of(0, 1, 2), query.required().get(1).get(0).offsets());
        assertTrue(query.required().get(2).get(0).prefix());
        assertEquals(2, query.required().get(3).size());
        assertEquals(List.of("militari"), query.excluded().get(0).terms());
        assertEquals(Set.of("data", "transfer", "technolog", "inform", "content"), query.scoringTerms());
        assertEquals(Set.of("tech"), query.scoringPrefixes());
    }

    @Test
    void stopWordsAloneAreDroppedButKeptInPhrases() {
        SearchQuery query = SearchQuery.parse("the convention");
        assertEquals(1, query.required().size());
        assertEquals(List.of("convent"), query.required().get(0).get(0).terms());
        assertEquals(List.of("the", "convent"), SearchQuery.parse("\"the convention\"").required().get(0).get(0).terms());
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse("the of"));
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse("\"of the\""));
    }

    @Test
    void aWordTheAnalyzerSplitsIsAPhrase() {
        SearchQuery query = SearchQuery.parse("A/AC.291/22");
        assertTrue(query.required().get(0).get(0).phrase());
    }

    @Test
    void refusesWhatCannotBeSearched() {
        for (String bad : new String[] {"", "   ", "-alone", "OR word", "word OR", "a OR OR b", "x -y OR z", "ab*",
                "\"" + "word ".repeat(SearchQuery.MAX_PHRASE_TERMS + 1) + "\"", "w".repeat(SearchQuery.MAX_LENGTH + 1),
                "w ".repeat(SearchQuery.MAX_ITEMS + 1)}) {
            assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> SearchQuery.parse(null));
    }

    @Test
    void snippetMarksStemsPhrasesAndEscapes() {
        Snippet snippet = Snippet.of("<b>Technologies</b> & the transfer of technology.", SearchQuery.parse("\"transfer of technology\" technology"));
        assertEquals("&lt;b&gt;<mark>Technologies</mark>&lt;/b&gt; &amp; the <mark>transfer of technology</mark>.", snippet.html());
        assertEquals(List.of(new Snippet.Match(3, 15), new Snippet.Match(26, 48)), snippet.matches());
        assertEquals("transfer of technology", snippet.text().substring(26, 48));
    }

    @Test
    void snippetOfALongTextShowsTheDensestMatches() {
        String text = "okapi at the start. " + "filler words here. ".repeat(50) + "okapi okapi okapi together. " + "more filler. ".repeat(50);
        Snippet snippet = Snippet.of(text, SearchQuery.parse("okapi"));
        assertEquals(3, snippet.matches().size(), snippet.text());
        assertTrue(snippet.text().startsWith("…") && snippet.text().endsWith("…"));
        for (Snippet.Match match : snippet.matches()) {
            assertEquals("okapi", snippet.text().substring(match.start(), match.end()));
        }
    }
}
