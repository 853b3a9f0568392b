package org.treatytracker.draftfile;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.time.Duration;
import org.treatytracker.api.MediaTypes;

/** The draft text that each media type a draft is imported from gives. */
public final class DraftFiles {

    private DraftFiles() {
    }

    /** A draft's text, and what turning a PDF's layout back into it did (null for other files). */
    public record Read(String text, LayoutCleaner.Figures layout) {
    }

    /** The draft text of a body of the given media type (type/subtype). */
    public static Read read(String mediaType, byte[] body) {
        return read(mediaType, body, ImportBudget.DEFAULTS, Deadline.of(Duration.ofMinutes(1)));
    }

    /** The draft text within the budget: a file that would cost more is refused ({@link BudgetExceededException}). */
    public static Read read(String mediaType, byte[] body, ImportBudget budget, Deadline deadline) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        Read read = switch (type) {
            case MediaTypes.PDF -> {
                LayoutCleaner.Result result = PdfDraftReader.read(body, budget, deadline);
                yield new Read(result.text(), result.figures());
            }
            case MediaTypes.DOCX -> new Read(DocxDraftReader.read(body, budget, deadline), null);
            default -> new Read(utf8(body), null);
        };
        budget.checkCharacters(read.text().length());
        deadline.check();
        return read;
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
