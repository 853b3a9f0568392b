package org.treatytracker.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The ETag of a kept answer names its bytes: equal bytes, equal tags; any change, another tag. */
class ResponseCacheTagTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void equalBytesHaveEqualTagsOfAFixedShape() {
        String tag = ResponseCache.hash(bytes("{\"positions\":17}"));
        assertEquals(tag, ResponseCache.hash(bytes("{\"positions\":17}")));
        assertTrue(tag.matches("[0-9a-f]+-[0-9a-f]{16}"), tag);
        assertTrue(ResponseCache.hash(new byte[0]).matches("0-[0-9a-f]{16}"));
    }

    @Test
    void everyOneCharacterEditOfAnAnswerGivesAnotherTag() {
        String answer = "{\"provisionId\":20,\"readingId\":3,\"positions\":17,\"byStance\":{\"SUPPORT\":1,\"OPPOSE\":1}}";
        Set<String> tags = new HashSet<>();
        tags.add(ResponseCache.hash(bytes(answer)));
        for (int i = 0; i < answer.length(); i++) {
            for (char c : "0123456789xyz\"".toCharArray()) {
                if (answer.charAt(i) != c) {
                    String edited = answer.substring(0, i) + c + answer.substring(i + 1);
                    assertNotEquals(ResponseCache.hash(bytes(answer)), ResponseCache.hash(bytes(edited)), edited);
                    tags.add(ResponseCache.hash(bytes(edited)));
                }
            }
        }
        // Swapped characters and a moved digit keep the length: the checksums still tell them apart, from each other too.
        assertNotEquals(ResponseCache.hash(bytes("{\"a\":12}")), ResponseCache.hash(bytes("{\"a\":21}")));
        assertTrue(tags.size() > answer.length() * 12, "distinct tags: " + tags.size());
    }
}
