package org.treatytracker.api;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.inject.Inject;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Locale;
import org.hibernate.StaleStateException;
import org.hibernate.exception.LockAcquisitionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one place where failures become RFC 9457 problem responses. Nothing here exposes an exception class,
 * SQL or a stack trace: unexpected failures are logged and answered with a bare 500.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.field() == null ? null : List.of(new Problem.FieldError(e.field(), e.getMessage()));
        return respond(e.status(), e.title(), e.getMessage(), uri, errors);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        String detail = errors.stream().map(f -> f.field() + " " + f.message()).collect(Collectors.joining("; "));
        return respond(400, "Invalid request", detail, uri, errors);
    }

    @ServerExceptionMapper
    public Response validationSetup(ValidationException e, UriInfo uri) {
        LOG.error("validation could not run", e);
        return respond(500, "Internal error", "the request could not be validated", uri, null);
    }

    /** Declared for this exact type so that it wins over Quarkus' built-in mapper, which answers with no body. */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return json(e, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, UriInfo uri) {
        if (e instanceof JsonParseException parse && parse.getOriginalMessage().startsWith("Duplicate field")) {
            // Jackson words it "Duplicate field 'name'"; the body's author needs the name and the place.
            var where = parse.getLocation();
            String name = parse.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
            return respond(400, "Malformed JSON", "the property '" + name + "' is given twice (line " + where.getLineNr()
                    + ", column " + where.getColumnNr() + ")", uri, List.of(new Problem.FieldError(name, "given twice")));
        }
        if (e instanceof JsonParseException parse) {
            var where = parse.getLocation();
            return respond(400, "Malformed JSON", "the body is not valid JSON (line " + where.getLineNr()
                    + ", column " + where.getColumnNr() + ")", uri, null);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = pathOf(mapping);
            String detail;
            if (e instanceof SafeText.UnsafeTextException unsafe) {
                detail = unsafe.getOriginalMessage();
            } else if (e instanceof UnrecognizedPropertyException unknown) {
                detail = "unknown property '" + unknown.getPropertyName() + "'";
            } else if (e instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                    && invalid.getTargetType().isEnum()) {
                detail = "'" + invalid.getValue() + "' is not one of "
                        + Arrays.toString(invalid.getTargetType().getEnumConstants());
            } else if (mapping.getPath().isEmpty()) {
                detail = "the body does not have the expected shape";
            } else {
                detail = "wrong type or value";
            }
            List<Problem.FieldError> errors = field.isEmpty() ? null : List.of(new Problem.FieldError(field, detail));
            return respond(400, "Invalid JSON content", field.isEmpty() ? detail : field + ": " + detail, uri, errors);
        }
        return respond(400, "Malformed JSON", "the body could not be read as JSON", uri, null);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, uri);
        }
        if (status == 404 && e.getCause() != null && !(e.getCause() instanceof WebApplicationException)) {
            // Jakarta REST answers 404 when a query or path parameter cannot be converted; it is the client's 400.
            return respond(400, "Invalid parameter", "a query or path parameter has a value of the wrong type or an"
                    + " unknown value; see the OpenAPI document for the allowed values", uri, null);
        }
        if (status >= 500) {
            LOG.error("request failed", e);
            return respond(status, "Internal error", "the request could not be completed", uri, null);
        }
        String detail = switch (status) {
            case 404 -> "no resource at " + uri.getRequestUri().getPath();
            case 405 -> "method not allowed on " + uri.getRequestUri().getPath();
            case 406 -> "this resource answers in application/json only";
            case 415 -> "send the body as application/json (text/plain or text/markdown where the OpenAPI document says so)";
            default -> e.getMessage() == null ? Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        };
        return respond(status, Response.Status.fromStatusCode(status) == null ? "Error"
                : Response.Status.fromStatusCode(status).getReasonPhrase(), detail, uri, null);
    }

    /**
     * A concurrent write changed the row between our read and our write: the version the client read in
     * If-Match is no longer current, so the write is refused as a failed precondition.
     */
    @ServerExceptionMapper({OptimisticLockException.class, StaleStateException.class,
            org.hibernate.dialect.lock.OptimisticEntityLockException.class})
    public Response stale(RuntimeException e, UriInfo uri) {
        return respond(412, "Precondition failed", "the resource was changed by someone else meanwhile; read it again and retry",
                uri, null);
    }

    /**
     * Another transaction held the rows this write needed for longer than the database waits (a long import,
     * say), or the database chose this one to fail a deadlock or a serialization conflict: nothing was written,
     * and the same request can simply be sent again.
     */
    @ServerExceptionMapper({PessimisticLockException.class, LockTimeoutException.class, org.hibernate.PessimisticLockException.class,
            LockAcquisitionException.class})
    public Response busy(RuntimeException e, UriInfo uri) {
        return retryLater("the data this request writes is held by another write (an import, say); nothing was written; "
                + "send the request again", uri);
    }

    /** An import that spent one of its budgets: which budget, its limit, and nothing stored. */
    @ServerExceptionMapper
    public Response budget(org.treatytracker.api.BudgetExceededException e, UriInfo uri) {
        String title = switch (e.status()) {
            case 413 -> "Content too large";
            case 503 -> "Service unavailable";
            default -> "Import budget exceeded";
        };
        Problem body = new Problem("about:blank", title, e.status(), e.getMessage(),
                uri == null ? null : uri.getRequestUri().getPath(), null, e.budget(), e.limit());
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE).entity(body);
        return (e.status() == 503 ? response.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS) : response).build();
    }

    /** Seconds a client is asked to wait before sending a request refused with 503 again. */
    static final String RETRY_AFTER_SECONDS = "2";

    static Response retryLater(String detail, UriInfo uri) {
        return Response.fromResponse(respond(503, "Service unavailable", detail, uri, null))
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    public static final String NEEDS_CREDENTIALS = "this request needs the credentials of an editor (HTTP Basic)";

    @ServerExceptionMapper({UnauthorizedException.class, AuthenticationFailedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return unauthorized(NEEDS_CREDENTIALS, uri);
    }

    /** A 401 problem with the Basic challenge: the one answer to a missing or wrong credential. */
    public static Response unauthorized(String detail, UriInfo uri) {
        return Response.fromResponse(respond(401, "Unauthorized", detail, uri, null))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"treaty-tracker\"").build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(403, "Forbidden", "your account does not have the role this request needs", uri, null);
    }

    /**
     * A database constraint caught what the services did not; never leak its SQL. Services guard their deletes
     * with persistence/ForeignKeys, which names and counts what depends; a delete that gets here without it says so.
     */
    @ServerExceptionMapper
    public Response constraint(org.hibernate.exception.ConstraintViolationException e, UriInfo uri) {
        LOG.warnf("database constraint refused a write: %s", e.getConstraintName());
        boolean delete = DatabaseFailures.isForeignKeyViolation(e) && e.getSQL() != null
                && e.getSQL().strip().toLowerCase(Locale.ROOT).startsWith("delete");
        return respond(409, "Conflict", delete ? "it cannot be deleted: other records depend on it"
                : "the change conflicts with data already stored", uri, null);
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (DatabaseFailures.isLockFailure(e)) {
            // Wrapped where Hibernate did not translate it (at commit, in a JDBC call of our own, by the interceptor).
            LOG.debugf("a write waited too long for a lock: %s", e);
            return busy(null, uri);
        }
        if (DatabaseFailures.isDataException(e)) {
            LOG.warnf("the database refused a value that no check caught first: %s", e);
            return respond(400, "Invalid value", "a value in the request cannot be stored (a NUL or other control character, "
                    + "or a value too long or out of range); nothing was written", uri, null);
        }
        if (clientWentAway(e)) {
            // The client closed the connection while its body was being read: nobody will read the answer, and it is
            // not the server's failure, so it is no error in the log either.
            LOG.debugf("the client closed the connection before its request body was read: %s", e);
            return respond(400, "Incomplete request", "the connection closed before the request body was read; nothing was written",
                    uri, null);
        }
        LOG.error("unexpected failure", e);
        return respond(500, "Internal error", "the request could not be completed", uri, null);
    }

    private static boolean clientWentAway(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    public static Response respond(int status, String title, String detail, UriInfo uri, List<Problem.FieldError> errors) {
        Problem body = problem(status, title, detail, uri == null ? null : uri.getRequestUri().getPath(), errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(body).build();
    }

    /** The problem body alone, for the few answers given before a request reaches Jakarta REST (Vert.x filters). */
    public static Problem problem(int status, String title, String detail, String instance, List<Problem.FieldError> errors) {
        return new Problem("about:blank", title, status, detail, instance, errors);
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "create.request.title" or "list.page.size": drop the method and parameter names.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        return parts.length > 2 ? String.join(".", Arrays.copyOfRange(parts, 2, parts.length)) : parts[parts.length - 1];
    }

    private static String pathOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
