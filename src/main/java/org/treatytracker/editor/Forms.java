package org.treatytracker.editor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.net.URI;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.treatytracker.api.MediaTypes;
import org.treatytracker.api.ProblemException;

/** What every editor form needs: the same Bean Validation as the API's requests, blanks as absent, uploads, redirects. */
final class Forms {

    private Forms() {
    }

    /** Refuses a request as the API would (422, naming the field), before any service sees it. */
    static <T> T valid(Validator validator, T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        ConstraintViolation<T> first = violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
        String field = first.getPropertyPath().toString();
        throw ProblemException.unprocessable(field, field + " " + first.getMessage());
    }

    /** A form field left empty means "not given". */
    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The file an upload carries, or a 400 naming the field when none was chosen. */
    static byte[] bytesOf(FileUpload upload, String field) {
        if (upload == null || upload.size() == 0) {
            throw ProblemException.badRequest(field, "choose a file to upload");
        }
        try {
            return java.nio.file.Files.readAllBytes(upload.uploadedFile());
        } catch (java.io.IOException e) {
            throw new ProblemException(503, "Service unavailable", "the upload could not be read back; send it again", field);
        }
    }

    /**
     * The media type of an uploaded draft: browsers name .md files in many ways (or as octet-stream), so the file's
     * extension decides for the four kinds the import reads, and the browser's type only otherwise.
     */
    static String draftType(FileUpload upload) {
        String name = upload.fileName() == null ? "" : upload.fileName().toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf")) {
            return MediaTypes.PDF;
        }
        if (name.endsWith(".docx")) {
            return MediaTypes.DOCX;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MediaTypes.MARKDOWN;
        }
        if (name.endsWith(".txt")) {
            return "text/plain";
        }
        String type = upload.contentType();
        return type == null ? null : type.split(";")[0].strip();
    }

    /** Post/redirect/get: the page to show after a change, so that reloading it sends nothing again. */
    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
