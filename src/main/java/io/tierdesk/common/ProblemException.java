package io.tierdesk.common;

import io.tierdesk.api.model.FieldErrorDto;
import java.util.List;

/** A failure the API reports as RFC 9457 problem details. Thrown by services; rendered by {@link ProblemMappers}. */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final transient List<FieldErrorDto> errors;

    public ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public ProblemException(int status, String type, String title, String detail, List<FieldErrorDto> errors) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(404, "/problems/not-found", "Not found", "No " + what + " " + id + ".");
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, "/problems/forbidden", "Forbidden", detail);
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, "/problems/" + type, "Conflict", detail);
    }

    public static ProblemException unprocessable(String type, String title, String detail) {
        return new ProblemException(422, "/problems/" + type, title, detail);
    }

    public static ProblemException badRequest(String type, String title, String detail) {
        return new ProblemException(400, "/problems/" + type, title, detail);
    }

    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(
                400,
                "/problems/validation",
                "Invalid request",
                "The request has 1 invalid field.",
                List.of(new FieldErrorDto(field, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldErrorDto> errors() {
        return errors;
    }
}
