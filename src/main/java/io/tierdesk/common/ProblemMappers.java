package io.tierdesk.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.tierdesk.api.model.FieldErrorDto;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The one place where exceptions become RFC 9457 problem details. Bodies never carry stack traces, class names or SQL. */
public class ProblemMappers {

    private final ContractOperations operations;

    ProblemMappers(ContractOperations operations) {
        this.operations = operations;
    }

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int DATABASE_RETRY_AFTER_SECONDS = 5;

    private static final Map<Class<? extends DomainException>, Integer> STATUS_OF_REFUSAL = Map.of(
            InvalidInput.class, 400,
            Forbidden.class, 403,
            NotFound.class, 404,
            Conflict.class, 409,
            PreconditionFailed.class, 412,
            RuleViolation.class, 422);

    /** A refusal of the domain: its kind decides the status, its code the problem type. */
    @ServerExceptionMapper
    public Response refused(DomainException e, UriInfo uri) {
        List<FieldErrorDto> errors = e.errors().stream()
                .map(error -> new FieldErrorDto(error.field(), error.message()))
                .toList();
        return Problems.response(
                STATUS_OF_REFUSAL.get(e.getClass()),
                "/problems/" + e.code(),
                e.title(),
                e.getMessage(),
                path(uri),
                errors);
    }

    @ServerExceptionMapper({ConstraintViolationException.class, ResteasyReactiveViolationException.class})
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        List<FieldErrorDto> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldErrorDto(fieldOf(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldErrorDto::getField).thenComparing(FieldErrorDto::getMessage))
                .collect(Collectors.toList());
        String detail = "The request has " + errors.size() + " invalid field" + (errors.size() == 1 ? "." : "s.");
        return Problems.response(400, "/problems/validation", "Invalid request", detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return Problems.response(
                400,
                "/problems/validation",
                "Invalid request",
                "Unknown property '" + e.getPropertyName() + "'.",
                path(uri),
                List.of(new FieldErrorDto(field, "is not a known property")));
    }

    @ServerExceptionMapper({JsonMappingException.class, MismatchedInputException.class})
    public Response unreadableJson(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        boolean missing =
                e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Missing required");
        String problem = missing
                ? "is required"
                : e instanceof InvalidNullException
                        ? "must not be null"
                        : allowedValues(e).orElse("has the wrong type or format");
        String detail = field.isEmpty()
                ? "The request body does not match the expected structure."
                : "The value of '" + field + "' " + problem + ".";
        List<FieldErrorDto> errors = field.isEmpty() ? List.of() : List.of(new FieldErrorDto(field, problem));
        return Problems.response(400, "/problems/malformed-body", "Malformed request body", detail, path(uri), errors);
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return Problems.response(
                400,
                "/problems/malformed-body",
                "Malformed request body",
                "The request body is not valid JSON.",
                path(uri),
                List.of());
    }

    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public Response unauthorized(RuntimeException e, UriInfo uri) {
        return Response.fromResponse(Problems.response(
                        401,
                        "/problems/unauthorized",
                        "Unauthorized",
                        "A valid bearer token is required.",
                        path(uri),
                        List.of()))
                .header("WWW-Authenticate", "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(
                403,
                "/problems/forbidden",
                "Forbidden",
                "Your roles do not allow this operation.",
                path(uri),
                List.of());
    }

    @ServerExceptionMapper({OptimisticLockException.class, StaleObjectStateException.class})
    public Response concurrentUpdate(RuntimeException e, UriInfo uri) {
        return Problems.response(
                412,
                "/problems/precondition-failed",
                "Precondition failed",
                "The resource was changed by another request; read it again.",
                path(uri),
                List.of());
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        // The JSON reader reports unreadable bodies as a 400 wrapping Jackson's exception.
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return unreadableJson(mapping, uri);
        }
        if (e.getCause() instanceof JsonProcessingException parsing) {
            return malformedJson(parsing, uri);
        }
        int status = e.getResponse().getStatus();
        if (e.getCause() instanceof ContractEnumParamConverter.UnknownValue unknown) {
            return unknownParameterValue(unknown, uri);
        }
        if (status == 404 && e.getCause() != null) {
            // JAX-RS answers 404 when a path or query parameter cannot be converted (a bad number or id); it is bad
            // input.
            return unconvertibleParameter(e.getCause(), uri);
        }
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        Response problem = Problems.response(
                status, Problems.typeFor(status), Problems.titleFor(status), detailFor(status), path(uri), List.of());
        Response.ResponseBuilder builder = Response.fromResponse(problem);
        String allow = e.getResponse().getHeaderString("Allow");
        if (allow == null && status == 405 && uri != null) {
            allow = String.join(", ", operations.methodsAt(uri.getRequestUri().getRawPath()));
        }
        if (allow != null && !allow.isEmpty()) {
            builder.header("Allow", allow);
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response unknownParameterValue(ContractEnumParamConverter.UnknownValue e, UriInfo uri) {
        String parameter = parameterHolding(e.value(), uri);
        String message = "must be one of " + e.allowed();
        return Problems.response(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                "The value of '" + parameter + "' " + message + ".",
                path(uri),
                List.of(new FieldErrorDto(parameter, message)));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (databaseUnavailable(e)) {
            LOG.warn("Database unavailable: " + e.getMessage());
            return Response.fromResponse(Problems.response(
                            503,
                            "/problems/unavailable",
                            "Service Unavailable",
                            "The database cannot be reached; retry shortly.",
                            path(uri),
                            List.of()))
                    .header("Retry-After", DATABASE_RETRY_AFTER_SECONDS)
                    .build();
        }
        LOG.error("Unexpected failure", e);
        return Problems.response(
                500,
                "/problems/internal",
                "Internal Server Error",
                "The request could not be completed; it has been logged.",
                path(uri),
                List.of());
    }

    /** Connection failures (SQLState class 08, server shutdown 57P) and pool timeouts while the database is away. */
    static boolean databaseUnavailable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
                    return true;
                }
                if (sql.getMessage() != null && sql.getMessage().contains("Acquisition timeout")) {
                    return true;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    private static String detailFor(int status) {
        return switch (status) {
            case 404 -> "No resource at this path.";
            case 405 -> "This method is not supported on this resource.";
            case 406 -> "The requested media type cannot be produced.";
            case 415 -> "The request body's media type is not supported; send application/json.";
            default -> Problems.titleFor(status) + ".";
        };
    }

    /** For an unknown enum value: the values the field accepts, as the contract spells them. */
    private static Optional<String> allowedValues(JsonMappingException e) {
        Class<?> target = e instanceof InvalidFormatException invalid
                ? invalid.getTargetType()
                : e instanceof ValueInstantiationException creator
                        ? creator.getType().getRawClass()
                        : null;
        if (target == null || !target.isEnum()) {
            return Optional.empty();
        }
        return Optional.of("must be one of "
                + Arrays.stream(target.getEnumConstants()).map(String::valueOf).collect(Collectors.joining(", ")));
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        // Paths look like "updateSolution.solutionUpdate.coOwners[0].<list element>"; keep the body-relative part.
        String path = violation.getPropertyPath().toString();
        String[] parts = path.split("\\.");
        StringBuilder field = new StringBuilder();
        for (int i = Math.min(2, parts.length - 1); i < parts.length; i++) {
            if (parts[i].startsWith("<")) {
                continue;
            }
            if (field.length() > 0) {
                field.append('.');
            }
            field.append(snakeCase(parts[i]));
        }
        return field.toString();
    }

    static String snakeCase(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase();
    }

    private static String jsonPath(JsonMappingException e) {
        return e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static Response unconvertibleParameter(Throwable cause, UriInfo uri) {
        if (cause instanceof UnreadableParameter unreadable) {
            String parameter = parameterHolding(unreadable.value(), uri);
            return Problems.response(
                    400,
                    "/problems/invalid-parameter",
                    "Invalid parameter",
                    "The value of '" + parameter + "' " + unreadable.getMessage() + ".",
                    path(uri),
                    List.of(new FieldErrorDto(parameter, unreadable.getMessage())));
        }
        String parameter = parameterNamedIn(String.valueOf(cause.getMessage()), uri);
        String message = cause instanceof NumberFormatException
                ? "must be an integer"
                : cause.getMessage() != null && cause.getMessage().contains("UUID")
                        ? "must be a UUID"
                        : "has a value that cannot be read";
        return Problems.response(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                "The value of '" + parameter + "' " + message + ".",
                path(uri),
                List.of(new FieldErrorDto(parameter, message)));
    }

    /**
     * The path or query parameter whose value the converter's message quotes; the longest value wins so that a short
     * value contained in another's does not.
     */
    private static String parameterNamedIn(String message, UriInfo uri) {
        String found = "parameter";
        int longest = 0;
        if (uri != null) {
            for (var parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
                for (var parameter : parameters.entrySet()) {
                    for (String value : parameter.getValue()) {
                        if (value.length() > longest && message.contains(value)) {
                            found = parameter.getKey();
                            longest = value.length();
                        }
                    }
                }
            }
        }
        if (longest == 0 && uri != null) {
            for (var parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
                for (var parameter : parameters.entrySet()) {
                    if (parameter.getValue().contains("")) {
                        return parameter.getKey();
                    }
                }
            }
        }
        return found;
    }

    /** The path or query parameter that carries this value (a converter is not told its parameter's name). */
    private static String parameterHolding(String value, UriInfo uri) {
        if (uri != null) {
            for (var parameters : List.of(uri.getPathParameters(), uri.getQueryParameters())) {
                for (var parameter : parameters.entrySet()) {
                    if (parameter.getValue().contains(value)) {
                        return parameter.getKey();
                    }
                }
            }
        }
        return "parameter";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }
}
