package org.treatytracker.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns text into the terms the search index holds, the same way for what is indexed and for what is asked:
 * Unicode word boundaries (Lucene's StandardTokenizer), English possessives dropped, lower case, accents folded
 * to ASCII, Porter stems ("technologies" and "technology" are both {@code technolog}). Stop words are kept, each
 * at its position, so that a phrase such as "transfer of technology" matches exactly; the query side leaves them
 * out of plain word searches ({@link #isStopWord}). Plain Java over Lucene's analysis library: no index, no
 * framework.
 */
public final class SearchAnalyzer {

    /** Longest term kept (the index column's width); longer tokens are cut, never dropped, so positions stay. */
    public static final int MAX_TERM = 100;

    /** One term of a text: its stemmed form, its position among the text's tokens, its characters in the text. */
    public record Token(String term, int position, int start, int end) {
    }

    private static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }
    };

    /** English stop words as the index holds them (stemmed: "was" is {@code wa}). */
    private static final Set<String> STOP_TERMS = stopTerms();

    private SearchAnalyzer() {
    }

    /** The tokens of a text, in order; positions count from 0 and never skip. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return tokens;
        }
        try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += Math.max(1, increment.getPositionIncrement());
                String value = term.length() > MAX_TERM ? term.subSequence(0, MAX_TERM).toString() : term.toString();
                tokens.add(new Token(value, position, offset.startOffset(), offset.endOffset()));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("a string cannot fail to be read", e);
        }
        return tokens;
    }

    /** Whether a term (as {@link #tokens} gives it) is an English stop word, too common to search for alone. */
    public static boolean isStopWord(String term) {
        return STOP_TERMS.contains(term);
    }

    private static Set<String> stopTerms() {
        Set<String> terms = new HashSet<>();
        CharArraySet words = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;
        for (Object word : words) {
            String text = word instanceof char[] chars ? new String(chars) : String.valueOf(word);
            tokens(text).forEach(token -> terms.add(token.term()));
        }
        return Set.copyOf(terms);
    }
}
