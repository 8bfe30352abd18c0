package io.tierdesk.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.support.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The answers a client gets outside the happy path — 406, 413, 414, 415, 429 and 405 — are declared by the contract
 * for the operation they answer, are problems that validate against its {@code Problem} schema, and carry the
 * documented headers ({@code X-Request-Id}, {@code Retry-After} on 429).
 */
@QuarkusTest
class DeclaredAnswersTest {

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile());
    }

    @Test
    void refusalsOfTheHttpLayerAreDeclaredProblems() {
        String token = Tokens.token(Tokens.uniqueSubject("declared"), "admin");
        checkDeclared(
                "/tiers", "get", given().auth().oauth2(token).accept("text/csv").get("/api/v1/tiers"), 406);
        checkDeclared(
                "/teams",
                "post",
                given().auth()
                        .oauth2(token)
                        .contentType("application/json")
                        .body("{\"name\":\"" + "x".repeat(1_100_000) + "\"}")
                        .post("/api/v1/teams"),
                413);
        checkDeclared(
                "/tickets",
                "get",
                given().auth().oauth2(token).queryParam("q", "x".repeat(5_000)).get("/api/v1/tickets"),
                414);
        checkDeclared(
                "/teams",
                "post",
                given().auth()
                        .oauth2(token)
                        .contentType("text/plain")
                        .body("a team")
                        .post("/api/v1/teams"),
                415);
        Response notAllowed = given().auth().oauth2(token).delete("/api/v1/tiers");
        assertProblem(notAllowed, 405);
        assertThat(notAllowed.header("Allow")).contains("GET");
    }

    @Test
    void aRateLimitedCallerIsToldWhenToRetry() {
        RequestSpecification caller = given().auth().oauth2(Tokens.token("declared-answers-client", "maker"));
        Response answer = null;
        for (int i = 0; i < 5; i++) {
            answer = caller.get("/api/v1/tiers");
            if (answer.statusCode() == 429) {
                break;
            }
        }
        checkDeclared("/tiers", "get", answer, 429);
        assertThat(Integer.parseInt(answer.header("Retry-After"))).isPositive();
    }

    @Test
    void everySharedProblemAnswerDocumentsTheRequestId() {
        List<String> without = new ArrayList<>();
        contract.path("components").path("responses").fields().forEachRemaining(response -> {
            if (response.getValue().path("headers").path("X-Request-Id").isMissingNode()) {
                without.add(response.getKey());
            }
        });
        assertThat(without).isEmpty();
    }

    private static void checkDeclared(String path, String method, Response answer, int status) {
        JsonNode responses = contract.path("paths").path(path).path(method).path("responses");
        assertThat(responses.has(String.valueOf(status)))
                .as("%s %s declares %d", method.toUpperCase(Locale.ROOT), path, status)
                .isTrue();
        assertProblem(answer, status);
    }

    private static void assertProblem(Response answer, int status) {
        assertThat(answer.statusCode()).isEqualTo(status);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("X-Request-Id"))
                .as("X-Request-Id of the %d", status)
                .isNotBlank();
        Map<String, Object> body = answer.jsonPath().getMap("$");
        assertThat(problemSchemaViolations(body))
                .as("the %d against the Problem schema", status)
                .isEmpty();
        assertThat(body.get("status")).isEqualTo(status);
    }

    /** The body against the contract's {@code Problem} schema: required properties, declared properties, types. */
    private static List<String> problemSchemaViolations(Map<String, Object> body) {
        JsonNode schema = contract.path("components").path("schemas").path("Problem");
        List<String> violations = new ArrayList<>();
        schema.path("required").forEach(name -> {
            if (!body.containsKey(name.asText())) {
                violations.add("missing " + name.asText());
            }
        });
        body.forEach((name, value) -> {
            JsonNode property = schema.path("properties").path(name);
            if (property.isMissingNode()) {
                violations.add("undeclared " + name);
                return;
            }
            String type = property.path("type").asText();
            boolean fits = switch (type) {
                case "string" -> value instanceof String;
                case "integer" -> value instanceof Integer || value instanceof Long;
                case "array" -> value instanceof List;
                default -> true;
            };
            if (!fits) {
                violations.add(name + " is not " + type);
            }
        });
        Object errors = body.get("errors");
        if (errors instanceof List<?> list) {
            for (Iterator<?> it = list.iterator(); it.hasNext(); ) {
                if (!(it.next() instanceof Map<?, ?> error)
                        || !error.containsKey("field")
                        || !error.containsKey("message")) {
                    violations.add("an error without field and message");
                }
            }
        }
        return violations;
    }
}
