package org.treatytracker.editor;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.treatytracker.api.MediaTypes;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.SafeText;

/** What every editor form needs: the same Bean Validation as the API's requests, blanks as absent, uploads, redirects. */
final class Forms {

    private Forms() {
    }

    /**
     * Refuses a request as the API would, before any service sees it: text a JSON body may not hold (400, as
     * {@link SafeText} refuses it there), then Bean Validation (422), each naming the field.
     */
    static <T> T valid(Validator validator, T request) {
        refuseUnsafeText(request);
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (violations.isEmpty()) {
            return request;
        }
        ConstraintViolation<T> first = violations.stream().min(Comparator.comparing(v -> v.getPropertyPath().toString())).orElseThrow();
        String field = first.getPropertyPath().toString();
        throw ProblemException.unprocessable(field, field + " " + first.getMessage());
    }

    /** A form's text goes through the same check as a JSON body's strings, so a NUL never reaches the database. */
    private static void refuseUnsafeText(Object request) {
        if (!(request instanceof Record)) {
            return;
        }
        for (RecordComponent component : request.getClass().getRecordComponents()) {
            Object value;
            try {
                value = component.getAccessor().invoke(request);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read " + component.getName() + " of " + request.getClass(), e);
            }
            if (value instanceof String text) {
                safe(text, component.getName());
            }
        }
    }

    /** The form field's text, or a 400 naming it when it holds what {@link SafeText} refuses. */
    static String safe(String value, String field) {
        String problem = value == null ? null : SafeText.problemIn(value);
        if (problem != null) {
            throw ProblemException.badRequest(field, field + ": the text contains " + problem);
        }
        return value;
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
