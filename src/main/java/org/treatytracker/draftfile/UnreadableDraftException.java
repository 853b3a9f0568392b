package org.treatytracker.draftfile;

/** A draft file that cannot be read: not a PDF or .docx at all, damaged, encrypted, or too large to read. */
public class UnreadableDraftException extends RuntimeException {

    public UnreadableDraftException(String message) {
        super(message);
    }

    public UnreadableDraftException(String message, Throwable cause) {
        super(message, cause);
    }
}
