package io.tierdesk.common;

import io.tierdesk.api.model.FieldErrorDto;
import io.tierdesk.api.model.ProblemDto;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Builds problem+json responses. */
public final class Problems {

    public static final String MEDIA_TYPE = "application/problem+json";

    private Problems() {}

    public static Response response(
            int status, String type, String title, String detail, String instance, List<FieldErrorDto> errors) {
        ProblemDto problem = new ProblemDto()
                .type(type)
                .title(title)
                .status(status)
                .detail(detail)
                .instance(instance);
        if (errors != null && !errors.isEmpty()) {
            problem.setErrors(errors);
        }
        return Response.status(status).type(MEDIA_TYPE).entity(problem).build();
    }

    public static String typeFor(int status) {
        return switch (status) {
            case 400 -> "/problems/bad-request";
            case 401 -> "/problems/unauthorized";
            case 403 -> "/problems/forbidden";
            case 404 -> "/problems/not-found";
            case 405 -> "/problems/method-not-allowed";
            case 406 -> "/problems/not-acceptable";
            case 409 -> "/problems/conflict";
            case 412 -> "/problems/precondition-failed";
            case 413 -> "/problems/payload-too-large";
            case 414 -> "/problems/uri-too-long";
            case 415 -> "/problems/unsupported-media-type";
            case 422 -> "/problems/unprocessable";
            case 429 -> "/problems/rate-limited";
            case 431 -> "/problems/headers-too-large";
            case 503 -> "/problems/unavailable";
            default -> status >= 500 ? "/problems/internal" : "/problems/http-error";
        };
    }

    public static String titleFor(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }
}
