package io.tierdesk.escalation;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Paths.ESCALATION_GRAPH;
import static io.tierdesk.support.Paths.ESCALATION_GRAPHS;
import static io.tierdesk.support.Tokens.uniqueSubject;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The escalation graph is shared by the whole suite: a test that publishes a graph publishes the steps it found
 * again afterwards.
 */
public final class EscalationGraphFixtures {

    private EscalationGraphFixtures() {}

    public static JsonPath inForce() {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .get(ESCALATION_GRAPH)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }

    /** A graph as the steps that would draft it again. */
    public static List<Map<String, Object>> stepsOf(JsonPath graph) {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Map<String, Object> step : graph.<Map<String, Object>>getList("steps")) {
            Map<String, Object> input = new HashMap<>(step);
            input.remove("position");
            input.values().removeIf(value -> value == null);
            steps.add(input);
        }
        return steps;
    }

    public static ValidatableResponse draft(List<Map<String, Object>> steps, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("steps", steps);
        if (note != null) {
            body.put("note", note);
        }
        return jsonAs(uniqueSubject("admin"), "admin")
                .body(body)
                .when()
                .post(ESCALATION_GRAPHS)
                .then();
    }

    public static ValidatableResponse publish(String graphId) {
        return as(uniqueSubject("admin"), "admin")
                .when()
                .post(ESCALATION_GRAPHS + "/" + graphId + "/publish")
                .then();
    }

    /** Drafts and publishes these steps; returns the published version. */
    public static int publishSteps(List<Map<String, Object>> steps) {
        String id = draft(steps, null).statusCode(201).extract().path("id");
        return publish(id).statusCode(200).extract().path("published_version");
    }

    public static Map<String, Object> step(String from, String to) {
        Map<String, Object> step = new HashMap<>();
        step.put("from_level", from);
        step.put("to_level", to);
        return step;
    }
}
