package io.tierdesk.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.common.Roles;
import io.tierdesk.support.Tokens;
import java.io.IOException;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Broken function-level authorization, derived from the contract: every operation declares in
 * {@code x-tierdesk-roles} which roles may call it. A token of any other role gets 403 before anything is looked up
 * or read, so the probe needs no real object: path ids are random and the body carries an unknown property. A
 * listed role passes the role gate (it may still get 400 for the probe body or 404 for the random id, never 403).
 * Operations with {@code security: []} (calendar feeds, authorised by a feed token) declare an empty list.
 */
@QuarkusTest
class FunctionLevelAccessTest {

    /** The contract's role catalogue: every role the matrix probes every operation with. */
    static List<String> ROLES;

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}]+)}");

    private static JsonNode contract;

    @BeforeAll
    static void readContract() throws IOException {
        contract = new ObjectMapper(new YAMLFactory())
                .readTree(Path.of("openapi/openapi.yaml").toFile());
        List<String> roles = new ArrayList<>();
        contract.path("x-tierdesk-role-catalogue")
                .forEach(role -> roles.add(role.get("name").asText()));
        ROLES = List.copyOf(roles);
    }

    @Test
    void theContractsRoleCatalogueIsTheApplicationsRoleList() {
        assertThat(ROLES).containsExactlyInAnyOrderElementsOf(Roles.ALL);
    }

    @Test
    void everyOperationDeclaresItsRoles() {
        List<String> problems = new ArrayList<>();
        for (Operation operation : operations()) {
            JsonNode declared = operation.node().get("x-tierdesk-roles");
            if (declared == null || !declared.isArray()) {
                problems.add(operation + ": no x-tierdesk-roles list");
                continue;
            }
            declared.forEach(role -> {
                if (!ROLES.contains(role.asText())) {
                    problems.add(operation + ": unknown role " + role.asText());
                }
            });
            if (operation.isPublic() != declared.isEmpty()) {
                problems.add(operation + ": an empty role list must go with security: [] and only with it");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRoleOutsideTheListIsForbiddenAndEveryListedRolePassesTheGate() {
        List<String> violations = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.isPublic() || !operation.node().has("x-tierdesk-roles")) {
                continue;
            }
            Set<String> allowed = new HashSet<>();
            operation.node().get("x-tierdesk-roles").forEach(role -> allowed.add(role.asText()));
            for (String role : ROLES) {
                Response response = operation.call(Tokens.token("function-level-" + role, role));
                int status = response.statusCode();
                if (!allowed.contains(role) && status != 403) {
                    violations.add(operation + " as " + role + ": expected 403, got " + status);
                } else if (!allowed.contains(role) && !response.contentType().startsWith("application/problem+json")) {
                    violations.add(operation + " as " + role + ": 403 without problem+json");
                } else if (allowed.contains(role) && (status == 401 || status == 403 || status >= 500)) {
                    violations.add(operation + " as " + role + ": listed role got " + status);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void aTokenWithoutAnyTierdeskRoleIsForbiddenEverywhere() {
        List<String> violations = new ArrayList<>();
        Map<String, String> tokens = Map.of(
                "no role", Tokens.token("function-level-no-role"),
                "an unknown role", Tokens.token("function-level-unknown-role", "employee", "Maker", "admins"));
        for (Operation operation : operations()) {
            if (operation.isPublic()) {
                continue;
            }
            tokens.forEach((label, token) -> {
                Response response = operation.call(token);
                if (response.statusCode() != 403) {
                    violations.add(operation + " with " + label + ": expected 403, got " + response.statusCode());
                } else if (!response.contentType().startsWith("application/problem+json")) {
                    violations.add(operation + " with " + label + ": 403 without problem+json");
                }
            });
        }
        assertThat(violations).isEmpty();
    }

    /**
     * No token, no access: every operation that takes a bearer token answers 401 (problem+json, with the Bearer
     * challenge) to a request without one. The contract decides, and {@code ContractRoleFilter} is the only gate:
     * no resource carries an annotation that would refuse the request on its own.
     */
    @Test
    void everyBearerOperationAnswers401WithoutAToken() {
        List<String> violations = new ArrayList<>();
        for (Operation operation : operations()) {
            if (operation.isPublic()) {
                continue;
            }
            Response response = operation.call(null);
            if (response.statusCode() != 401) {
                violations.add(operation + " without a token: expected 401, got " + response.statusCode());
            } else if (!response.contentType().startsWith("application/problem+json")
                    || !"Bearer".equals(response.header("WWW-Authenticate"))) {
                violations.add(operation + " without a token: 401 without problem+json and its Bearer challenge");
            }
        }
        assertThat(violations).isEmpty();
    }

    private static List<Operation> operations() {
        List<Operation> operations = new ArrayList<>();
        contract.get("paths")
                .fields()
                .forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
                    if (METHODS.contains(method.getKey())) {
                        operations.add(
                                new Operation(method.getKey(), path.getKey(), method.getValue(), path.getValue()));
                    }
                }));
        return operations;
    }

    private record Operation(String method, String path, JsonNode node, JsonNode pathItem) {

        boolean isPublic() {
            JsonNode security = node.get("security");
            return security != null && security.isArray() && security.isEmpty();
        }

        /** The operation called with this bearer token, or with none when it is null. */
        Response call(String token) {
            RequestSpecification request =
                    token == null ? given() : given().auth().oauth2(token);
            Matcher matcher = PATH_PARAM.matcher(path);
            StringBuilder url = new StringBuilder("/api/v1");
            int last = 0;
            while (matcher.find()) {
                url.append(path, last, matcher.start()).append(sample(parameter(matcher.group(1))));
                last = matcher.end();
            }
            url.append(path.substring(last));
            for (JsonNode parameter : parameters()) {
                if ("query".equals(parameter.path("in").asText())
                        && parameter.path("required").asBoolean()) {
                    request.queryParam(parameter.get("name").asText(), sample(parameter));
                }
            }
            if (node.has("requestBody")) {
                Iterator<String> types =
                        resolve(node.get("requestBody")).get("content").fieldNames();
                // An unknown property: a listed role is stopped at 400 and nothing is written.
                request.contentType(types.next()).body(Map.of("function_level_probe", true));
            }
            return request.when().request(method.toUpperCase(), url.toString());
        }

        private List<JsonNode> parameters() {
            List<JsonNode> parameters = new ArrayList<>();
            pathItem.path("parameters").forEach(p -> parameters.add(resolve(p)));
            node.path("parameters").forEach(p -> parameters.add(resolve(p)));
            return parameters;
        }

        private JsonNode parameter(String name) {
            return parameters().stream()
                    .filter(p -> name.equals(p.path("name").asText()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError(this + ": no parameter " + name));
        }

        private static String sample(JsonNode parameter) {
            JsonNode schema = resolve(parameter.path("schema"));
            if (schema.has("enum")) {
                return schema.get("enum").get(0).asText();
            }
            return switch (schema.path("format").asText()) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date-time" ->
                    OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString();
                default -> "integer".equals(schema.path("type").asText()) ? "1" : "probe";
            };
        }

        private static JsonNode resolve(JsonNode node) {
            while (node.has("$ref")) {
                JsonNode target = contract;
                for (String part : node.get("$ref").asText().substring(2).split("/")) {
                    target = target.get(part);
                }
                node = target;
            }
            return node;
        }

        @Override
        public String toString() {
            return method.toUpperCase() + " " + path + " ("
                    + node.path("operationId").asText() + ")";
        }
    }
}
