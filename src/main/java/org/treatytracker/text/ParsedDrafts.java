package org.treatytracker.text;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.List;
import java.util.Set;

/**
 * The one home of parsed drafts: a text is parsed once, when it is first written or read, and the {@link ParsedDraft}
 * (its nodes, bracket sets, options, tags) is kept in one cache bounded by weight, so that the DTOs, the pages, the
 * comparisons and the history of a provision reuse it instead of parsing the same text again (a provision page
 * used to parse each version's text about four times). A parsed draft is immutable, so one can be shared by every
 * reader. The key is the text with what else the parse depends on (mode, link labels, status vocabulary): equal
 * texts read from the database in different requests find the same entry; a changed text is a new key and the old
 * entry ages out. Plain Java (Caffeine only).
 */
public final class ParsedDrafts {

    /** Default budget: about 16 MB of parsed drafts, i.e. every Paris reading several times over. */
    public static final long DEFAULT_MAX_BYTES = 16L * 1024 * 1024;

    private static final ParsedDrafts SHARED = new ParsedDrafts(DEFAULT_MAX_BYTES);

    /** What a parse depends on; a record, so texts compare by content (String caches its hash). */
    private record Key(String text, BracketParser.Mode mode, Set<String> linkLabels, List<StatusVocabulary.Term> terms) {
    }

    private final Cache<Key, ParsedDraft> drafts;

    /** A cache of its own (tests, benchmarks); the application uses {@link #shared()}. */
    public ParsedDrafts(long maxBytes) {
        this.drafts = Caffeine.newBuilder().recordStats().maximumWeight(maxBytes).weigher((Key key, ParsedDraft draft) -> weight(draft)).build();
    }

    /** The application's one cache. */
    public static ParsedDrafts shared() {
        return SHARED;
    }

    /** The text parsed with these link labels and tag forms: kept from an earlier parse, or parsed now and kept. */
    public ParsedDraft parse(String text, BracketParser.Mode mode, Set<String> linkLabels, StatusVocabulary vocabulary) {
        String source = text == null ? "" : text;
        return drafts.get(new Key(source, mode, linkLabels, vocabulary.terms()),
                k -> BracketParser.parse(k.text(), k.mode(), k.linkLabels(), vocabulary));
    }

    /** Sets the budget (the {@code treaty.cache.parsed-max-bytes} setting, applied at start). */
    public void resize(long maxBytes) {
        drafts.policy().eviction().ifPresent(e -> e.setMaximum(maxBytes));
    }

    /** How many texts were parsed (not found kept) since start: a read path that parses again shows here. */
    public long parses() {
        return drafts.stats().missCount();
    }

    /** How many parsed drafts are kept (for tests and benchmarks). */
    public long size() {
        drafts.cleanUp();
        return drafts.estimatedSize();
    }

    /**
     * Roughly what an entry holds: the text (2 bytes a char when it is not Latin-1; counted so whether or not the
     * database's string is shared) and about 100 bytes per node, set and tag.
     */
    private static int weight(ParsedDraft draft) {
        long bytes = 2L * draft.source().length() + 100L * (draft.nodes().size() + draft.tags().size() + draft.warnings().size())
                + 200L * draft.sets().size() + 200;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }
}
