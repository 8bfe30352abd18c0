package io.tierdesk.security;

import io.tierdesk.api.model.FieldErrorDto;
import io.tierdesk.common.Problems;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A NUL character ({@code %00}) in a path segment or query parameter is refused with a 400 that names the parameter:
 * PostgreSQL cannot compare or store text holding one, and no parameter of the contract has a use for it.
 */
class NulParameterFilter {

    private static final String ENCODED_NUL = "%00";

    @ServerRequestFilter(preMatching = true)
    Optional<Response> refuseNul(HttpServerRequest http, ContainerRequestContext request) {
        // The raw request target answers for nearly every request; the parsed URI is built only for a refusal.
        if (!http.uri().contains(ENCODED_NUL)) {
            return Optional.empty();
        }
        String path = request.getUriInfo().getRequestUri().getRawPath();
        String query = request.getUriInfo().getRequestUri().getRawQuery();
        String parameter = null;
        if (path != null && path.contains(ENCODED_NUL)) {
            parameter = "path";
        } else if (query != null && query.contains(ENCODED_NUL)) {
            parameter = parameterHolding(query);
        }
        if (parameter == null) {
            return Optional.empty();
        }
        String message = "must not contain a NUL character";
        return Optional.of(Problems.response(
                400,
                "/problems/invalid-parameter",
                "Invalid parameter",
                "The value of '" + parameter + "' " + message + ".",
                path,
                List.of(new FieldErrorDto(parameter, message))));
    }

    private static String parameterHolding(String rawQuery) {
        for (String pair : rawQuery.split("&")) {
            if (pair.toLowerCase(Locale.ROOT).contains(ENCODED_NUL)) {
                int equals = pair.indexOf('=');
                return equals < 0
                        ? pair.replace(ENCODED_NUL, "")
                        : pair.substring(0, equals).replace(ENCODED_NUL, "");
            }
        }
        return "query";
    }
}
