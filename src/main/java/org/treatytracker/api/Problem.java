package org.treatytracker.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of every error response: RFC 9457 problem details, with the offending fields for validation errors. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(example = "about:blank") String type,
        @Schema(example = "Unprocessable content") String title,
        @Schema(example = "422") int status,
        @Schema(example = "quote is not found verbatim in paragraph 7") String detail,
        @Schema(example = "/api/v1/positions") String instance,
        List<FieldError> errors,
        @Schema(description = "For an import refused for its cost: the setting whose budget it spent",
                example = "treaty.imports.max-part-bytes") String budget,
        @Schema(description = "That budget's limit, with its unit", example = "16777216 bytes") String limit) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem(String type, String title, int status, String detail, String instance, List<FieldError> errors) {
        this(type, title, status, detail, instance, errors, null, null);
    }

    /** One invalid input: where it is (a JSON field, query or path parameter) and what is wrong with it. */
    public record FieldError(@Schema(example = "quote") String field, @Schema(example = "must not be blank") String message) {
    }
}
