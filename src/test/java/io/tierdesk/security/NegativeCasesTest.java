package io.tierdesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.tierdesk.security.NegativeCases.Case;
import io.tierdesk.security.NegativeCases.Operation;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The case generator on a small contract of its own, and on the real one. */
class NegativeCasesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String CONTRACT = """
            openapi: 3.0.3
            paths:
              /things/{thing_id}:
                parameters:
                  - name: thing_id
                    in: path
                    required: true
                    schema: {type: string, format: uuid}
                get:
                  operationId: listThings
                  x-tierdesk-roles: [maker]
                  parameters:
                    - {name: status, in: query, schema: {$ref: '#/components/schemas/Status'}}
                    - {name: since, in: query, required: true, schema: {type: string, format: date-time}}
                    - {name: until, in: query, required: true, schema: {type: string, format: date-time}}
                    - {name: cursor, in: query, schema: {type: string, maxLength: 20}}
                post:
                  operationId: changeThing
                  x-tierdesk-roles: [admin]
                  requestBody:
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/Thing'}
            components:
              schemas:
                Status: {type: string, enum: [OPEN, CLOSED]}
                Thing:
                  type: object
                  additionalProperties: false
                  required: [title, owner_id]
                  properties:
                    title: {type: string, minLength: 1, maxLength: 5}
                    owner_id: {type: string, format: uuid}
                    status: {$ref: '#/components/schemas/Status'}
                    count: {type: integer, format: int32, minimum: 1, maximum: 3}
                    note: {type: string, nullable: true}
                    tags:
                      type: array
                      maxItems: 2
                      items: {type: string, pattern: '^[a-z]+$'}
            """;

    private final NegativeCases generator = generator();

    private static NegativeCases generator() {
        try {
            JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(CONTRACT);
            return new NegativeCases(contract, name -> "owner_id".equals(name) ? "real-owner" : null);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theValidBodyHoldsTheRequiredPropertiesWithFixtureIds() throws Exception {
        Operation change = operation("changeThing");
        assertThat(generator.validBody(change))
                .isEqualTo(JSON.readTree("{\"title\":\"ppppp\",\"owner_id\":\"real-owner\"}"));
    }

    @Test
    void everyBodyConstraintIsBrokenOnceOnAnOtherwiseValidBody() throws Exception {
        Map<String, Case> cases = byViolation(operation("changeThing"));
        assertThat(cases)
                .containsKeys(
                        "body.title: missing required property",
                        "body.owner_id: null where not nullable",
                        "body.title: wrong type (number)",
                        "body.count: wrong type (fraction)",
                        "body.count: below minimum",
                        "body.count: above maximum",
                        "body.count: format int32 overflowed",
                        "body.tags: more than maxItems",
                        "body.tags[0]: pattern violated",
                        "body.tags[0]: null item",
                        "body: unknown property",
                        "body: not JSON",
                        "body: text/plain content type",
                        "body: wrong type (array)");
        assertThat(cases).doesNotContainKey("body.note: null where not nullable");
        assertThat(body(cases, "body.title: longer than maxLength").get("title").asText())
                .hasSize(6);
        assertThat(body(cases, "body.title: shorter than minLength")
                        .get("title")
                        .asText())
                .isEmpty();
        assertThat(body(cases, "body.count: below minimum").get("count").asInt())
                .isZero();
        assertThat(body(cases, "body.tags: more than maxItems").get("tags")).hasSize(3);
        JsonNode missing = body(cases, "body.title: missing required property");
        assertThat(missing.has("title")).isFalse();
        assertThat(missing.get("owner_id").asText()).isEqualTo("real-owner");
        assertThat(body(cases, "body: unknown property").has(NegativeCases.UNKNOWN_PROPERTY))
                .isTrue();
        assertThat(cases.get("body.status: value not in the enum").allowedValues())
                .containsExactly("OPEN", "CLOSED");
        assertThat(cases.get("body: text/plain content type").contentType()).isEqualTo("text/plain");
    }

    @Test
    void parametersAreBrokenOneAtATimeAndTheRestStayValid() {
        Map<String, Case> cases = byViolation(operation("listThings"));
        assertThat(cases)
                .containsKeys(
                        "path thing_id: format uuid violated",
                        "query since: missing",
                        "query since: format date-time violated",
                        "query cursor: longer than maxLength",
                        "query cursor: forged cursor",
                        "query since/until: window ends before it starts");
        Case badStatus = cases.get("query status: value not in the enum");
        assertThat(badStatus.allowedValues()).containsExactly("OPEN", "CLOSED");
        assertThat(badStatus.query()).containsKeys("since", "until");
        assertThat(cases.get("query since: missing").query()).containsOnlyKeys("until");
        Map<String, String> reversed =
                cases.get("query since/until: window ends before it starts").query();
        assertThat(reversed.get("since")).isGreaterThan(reversed.get("until"));
        assertThat(cases.get("path thing_id: format uuid violated").pathValues())
                .containsEntry("thing_id", "not-a-uuid");
    }

    @Test
    void everyOperationOfTheRealContractGetsCasesThatDifferFromItsValidRequest() throws Exception {
        NegativeCases real = new NegativeCases(NegativeCases.readContract(), name -> null);
        List<Operation> operations = real.operations();
        assertThat(operations).hasSizeGreaterThan(100);
        int total = 0;
        for (Operation operation : operations) {
            List<Case> cases = real.cases(operation);
            total += cases.size();
            if (operation.hasBody()) {
                assertThat(cases).as(operation.toString()).hasSizeGreaterThan(4);
            }
            JsonNode valid = real.validBody(operation);
            for (Case c : cases) {
                boolean changesTheBody = c.body() == null
                        || valid == null
                        || !c.body().equals(valid.toString())
                        || !c.contentType().equals(operation.bodyMediaType());
                boolean changesAParameter = !c.pathValues().isEmpty()
                        || !c.headers().isEmpty()
                        || !c.query().equals(real.validQuery(operation));
                assertThat(changesTheBody || changesAParameter).as(c.toString()).isTrue();
            }
        }
        assertThat(total).isGreaterThan(operations.size() * 10);
    }

    private Operation operation(String id) {
        return generator.operations().stream()
                .filter(o -> o.operationId().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, Case> byViolation(Operation operation) {
        return generator.cases(operation).stream().collect(Collectors.toMap(Case::violation, c -> c, (a, b) -> a));
    }

    private static JsonNode body(Map<String, Case> cases, String violation) throws Exception {
        return JSON.readTree(cases.get(violation).body());
    }
}
