package org.treatytracker.api;

import java.util.Locale;

/** The media types the API takes beside JSON: drafts as Markdown, PDF and Word (the draft import's bodies). */
public final class MediaTypes {

    public static final String PDF = "application/pdf";
    public static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public static final String MARKDOWN = "text/markdown";

    private MediaTypes() {
    }

    /** Whether a media type (without parameters) is a binary file rather than text: no charset applies to it. */
    public static boolean isBinary(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return type.equals(PDF) || type.equals(DOCX);
    }
}
