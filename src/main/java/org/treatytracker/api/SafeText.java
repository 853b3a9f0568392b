package org.treatytracker.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import java.io.IOException;
import org.treatytracker.text.DocumentText;

/**
 * Refuses text that no report or draft contains but that spoofs or breaks what readers see: control
 * characters (NUL and the like; tab and line breaks are fine), unpaired UTF-16 surrogates, Unicode
 * non-characters, and the bidirectional overrides and isolates that make "\u202Egnp.exe" display as "exe.png".
 * Right-to-left text itself (Arabic, Hebrew) and the plain direction marks (U+200E, U+200F) stay allowed.
 */
public final class SafeText {

    private SafeText() {
    }

    /** The first problem in the text, as "a NUL character (U+0000) at position 3", or null when it is safe. */
    public static String problemIn(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String what = null;
            if (Character.isHighSurrogate(c)) {
                if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    i++;
                    continue;
                }
                what = "an unpaired surrogate";
            } else if (Character.isLowSurrogate(c)) {
                what = "an unpaired surrogate";
            } else if (DocumentText.isControl(c)) {
                what = c == 0 ? "a NUL character" : "a control character";
            } else if (c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069) {
                what = "a bidirectional override";
            } else if (DocumentText.isNonCharacter(c)) {
                what = "a Unicode non-character";
            }
            if (what != null) {
                return what + String.format(" (U+%04X) at position %d", (int) c, i);
            }
        }
        return null;
    }

    /** Thrown for unsafe text in a JSON body; the mappers turn it into a 400 naming the field. */
    public static final class UnsafeTextException extends JsonMappingException {
        UnsafeTextException(JsonParser parser, String problem) {
            super(parser, "the text contains " + problem);
        }
    }

    /** Every JSON string of a request body goes through this, so no field can forget the check. */
    static final class Deserializer extends StringDeserializer {
        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = super.deserialize(parser, context);
            String problem = text == null ? null : problemIn(text);
            if (problem != null) {
                throw new UnsafeTextException(parser, problem);
            }
            return text;
        }
    }
}
