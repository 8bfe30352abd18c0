package io.tierdesk.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The service's HTTP API, called as one of the demo's people: every change goes through the service's rules. */
final class Api {

    /** Bearer tokens for a subject with roles. */
    interface Tokens {
        String token(String subject, List<String> roles);
    }

    /** An answer: status, the ETag header and the JSON body (empty for 204). */
    record Answer(int status, String etag, Map<String, Object> body) {
        String id() {
            return (String) body.get("id");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body.get("items");
        }
    }

    /** A call that answered something the loader did not expect: the service refused it. */
    static final class Refused extends RuntimeException {
        final int status;

        Refused(String call, int status, String body) {
            super(call + " answered " + status + ": " + body);
            this.status = status;
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;
    private final Tokens tokens;

    Api(String base, Tokens tokens) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.tokens = tokens;
    }

    /** Calls as this person. */
    As as(Person person) {
        return new As(person);
    }

    final class As {
        private final String token;

        private As(Person person) {
            this.token = tokens.token(person.subject(), person.roles());
        }

        Answer get(String path) {
            return call("GET", path, null, null, 200);
        }

        Answer post(String path, Object body, int... expected) {
            return call("POST", path, body, null, expected.length == 0 ? new int[] {200, 201} : expected);
        }

        Answer patch(String path, Object body) {
            return call("PATCH", path, body, null, 200);
        }

        Answer put(String path, Object body, String ifMatch) {
            return call("PUT", path, body, ifMatch, 200, 201);
        }

        private Answer call(String method, String path, Object body, String ifMatch, int... expected) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token)
                    .header("Accept", "application/json")
                    .method(
                            method,
                            body == null
                                    ? HttpRequest.BodyPublishers.noBody()
                                    : HttpRequest.BodyPublishers.ofString(Json.write(body)));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            if (ifMatch != null) {
                request.header("If-Match", ifMatch);
            }
            HttpResponse<String> response;
            try {
                response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                throw new UncheckedIOException(method + " " + path, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            }
            if (Arrays.stream(expected).noneMatch(status -> status == response.statusCode())) {
                throw new Refused(method + " " + path, response.statusCode(), response.body());
            }
            Map<String, Object> json = response.body().isBlank() ? Map.of() : Json.object(response.body());
            return new Answer(
                    response.statusCode(), response.headers().firstValue("ETag").orElse(null), json);
        }
    }
}
