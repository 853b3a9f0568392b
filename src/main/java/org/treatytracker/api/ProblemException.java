package org.treatytracker.api;

import jakarta.ws.rs.core.Response.Status;

/**
 * A domain failure that the API reports as an RFC 9457 problem: the status, a short title and a detail
 * that says what is wrong and, where it applies, which request field ("pointer") it is about.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String title;
    private final String field;

    public ProblemException(int status, String title, String detail, String field) {
        super(detail);
        this.status = status;
        this.title = title;
        this.field = field;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Status.NOT_FOUND.getStatusCode(), "Not found", what + " " + id + " does not exist", null);
    }

    /** A request that refers to something that does not exist: the request is understood but cannot be applied. */
    public static ProblemException unknownReference(String field, String what, Object id) {
        return new ProblemException(422, "Unknown reference", what + " " + id + " does not exist", field);
    }

    public static ProblemException unprocessable(String field, String detail) {
        return new ProblemException(422, "Unprocessable content", detail, field);
    }

    public static ProblemException badRequest(String field, String detail) {
        return new ProblemException(Status.BAD_REQUEST.getStatusCode(), "Bad request", detail, field);
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(Status.CONFLICT.getStatusCode(), "Conflict", detail, null);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String field() {
        return field;
    }
}
