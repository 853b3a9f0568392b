package org.treatytracker.draftfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The media types a draft is imported from, and the draft text each gives. */
public final class DraftFiles {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MARKDOWN = "text/markdown";

    private DraftFiles() {
    }

    /** Whether a media type (without parameters) is a binary draft file rather than text. */
    public static boolean isBinary(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return type.equals(PDF) || type.equals(DOCX);
    }

    /** The draft text of a body of the given media type (type/subtype, lower case). */
    public static String textOf(String mediaType, byte[] body) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return switch (type) {
            case PDF -> PdfDraftReader.read(body).text();
            case DOCX -> DocxDraftReader.read(body);
            default -> utf8(body);
        };
    }

    /** Text bodies are UTF-8 (the request guard says so); bytes that are not are refused, not replaced. */
    static String utf8(byte[] body) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new UnreadableDraftException("the text is not UTF-8");
        }
    }
}
