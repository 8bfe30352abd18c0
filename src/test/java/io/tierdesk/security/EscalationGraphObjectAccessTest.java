package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.security.ObjectAccessMatrix.Outsider;
import io.tierdesk.security.ObjectAccessMatrix.Probe;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A draft escalation graph is the admins' work in progress: nobody else reads or publishes it, by id or through
 * the list.
 */
@QuarkusTest
class EscalationGraphObjectAccessTest {

    private static final String GRAPHS = API + "/escalation-graphs";

    private static final List<Probe> PROBES = List.of(Probe.of("GET", ""), Probe.of("POST", "/publish"));

    @Test
    void everyOperationIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/escalation-graphs/{escalation_graph_id}", PROBES);
    }

    @Test
    void aDraftIsNotFoundForEveryoneButAdminsOnEveryOperation() {
        String admin = Tokens.uniqueSubject("admin");
        List<Object> steps = as(admin, "admin")
                .when()
                .get(API + "/escalation-graph")
                .then()
                .statusCode(200)
                .extract()
                .path("steps");
        for (Object step : steps) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) step;
            map.remove("position");
            map.values().removeIf(value -> value == null);
        }
        String draft = Fixtures.jsonAs(admin, "admin")
                .body(Map.of("steps", steps, "note", "work in progress"))
                .when()
                .post(GRAPHS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");

        List<Outsider> outsiders = ObjectAccessMatrix.strangersAnd(
                new Outsider(Tokens.uniqueSubject("agent"), "helpdesk"),
                new Outsider(Tokens.uniqueSubject("platform"), "platform"),
                new Outsider(Tokens.uniqueSubject("auditor"), "auditor"));
        ObjectAccessMatrix.assertNotFoundForOutsiders(GRAPHS + "/" + draft, PROBES, outsiders);

        as(admin, "admin")
                .when()
                .get(GRAPHS + "/" + draft)
                .then()
                .statusCode(200)
                .body("state", org.hamcrest.Matchers.equalTo("DRAFT"));
        for (Map<String, ?> filter : List.<Map<String, ?>>of(Map.of(), Map.of("state", "DRAFT"))) {
            ObjectAccessMatrix.assertListHides(
                    GRAPHS,
                    filter,
                    draft,
                    List.of(
                            new Outsider(Tokens.uniqueSubject("agent"), "helpdesk"),
                            new Outsider(Tokens.uniqueSubject("auditor"), "auditor")));
        }
        assertThat(draft).isNotBlank();
    }
}
