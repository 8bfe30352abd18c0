package io.tierdesk.security;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Tokens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * The (outsider × operation) matrix for one object: every operation the contract defines at or below the object's
 * path is probed as every outsider, and must answer exactly as it does for an object that does not exist (404, or
 * the role gate's 403). The probe list is checked against the contract, so a new sub-resource without a probe fails.
 */
final class ObjectAccessMatrix {

    static final String API = "/api/v1";
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static JsonNode contract;

    private ObjectAccessMatrix() {}

    /** A party that must not reach the owner's objects. */
    record Outsider(String subject, String role) {

        RequestSpecification request() {
            return jsonAs(subject, role);
        }
    }

    /**
     * One way of touching an object: the method, the contract path below the object (with any further parameters),
     * the concrete path below the object, the query and the body (or null).
     */
    record Probe(String method, String template, String suffix, Map<String, ?> query, Map<String, Object> body) {

        static Probe of(String method, String suffix) {
            return new Probe(method, suffix, suffix, Map.of(), null);
        }

        static Probe of(String method, String suffix, Map<String, Object> body) {
            return new Probe(method, suffix, suffix, Map.of(), body);
        }

        static Probe query(String method, String suffix, Map<String, ?> query) {
            return new Probe(method, suffix, suffix, query, null);
        }

        /** A probe whose path below the object holds another parameter, e.g. {@code /overrides/{override_id}}. */
        static Probe nested(String method, String template, String suffix, Map<String, Object> body) {
            return new Probe(method, template, suffix, Map.of(), body);
        }

        String operation() {
            return method.toUpperCase() + " " + template;
        }
    }

    /** Another maker, a partner outside every team, a maker who leads an unrelated team, and an end user. */
    static List<Outsider> strangers() {
        String teamLead = Tokens.uniqueSubject("other-team-lead");
        Fixtures.addMember(Fixtures.createTeam("PARTNER"), teamLead, "LEAD");
        return List.of(
                new Outsider(Tokens.uniqueSubject("other-maker"), "maker"),
                new Outsider(Tokens.uniqueSubject("partner"), "partner"),
                new Outsider(teamLead, "maker"),
                new Outsider(Tokens.uniqueSubject("requester"), "requester"));
    }

    /** {@link #strangers()} and more. */
    static List<Outsider> strangersAnd(Outsider... more) {
        List<Outsider> all = new ArrayList<>(strangers());
        all.addAll(List.of(more));
        return all;
    }

    /**
     * Fails unless the probes are exactly the contract's operations on the object path (e.g.
     * {@code /rotations/{rotation_id}}) and below it.
     */
    static void assertProbesCoverTheContract(String objectTemplate, List<Probe> probes) {
        Set<String> defined = new TreeSet<>();
        contract().get("paths").fields().forEachRemaining(path -> {
            String key = path.getKey();
            if (key.equals(objectTemplate) || key.startsWith(objectTemplate + "/")) {
                path.getValue().fieldNames().forEachRemaining(method -> {
                    if (METHODS.contains(method)) {
                        defined.add(method.toUpperCase() + " " + key.substring(objectTemplate.length()));
                    }
                });
            }
        });
        Set<String> probed = new TreeSet<>();
        probes.forEach(probe -> probed.add(probe.operation()));
        assertThat(defined)
                .as("operations at and below " + objectTemplate + " in the contract")
                .isNotEmpty();
        assertThat(probed)
                .as("probes of " + objectTemplate + " (one per contract operation)")
                .containsExactlyInAnyOrderElementsOf(defined);
    }

    /**
     * Runs the whole matrix and fails with every cell that answered differently for the foreign object than for a
     * nonexistent one, or with anything but 404/403. Returns the number of cells.
     */
    static int assertNotFoundForOutsiders(String object, List<Probe> probes, List<Outsider> outsiders) {
        String nowhere = object.substring(0, object.lastIndexOf('/') + 1) + UUID.randomUUID();
        List<String> violations = new ArrayList<>();
        for (Outsider outsider : outsiders) {
            for (Probe probe : probes) {
                Response foreign = call(outsider, probe, object);
                int missing = call(outsider, probe, nowhere).statusCode();
                int status = foreign.statusCode();
                boolean problem = String.valueOf(foreign.contentType()).startsWith(Fixtures.PROBLEM_JSON);
                if (status != missing || (status != 404 && status != 403) || !problem) {
                    violations.add(probe.method() + " " + object + probe.suffix() + " as " + outsider + ": " + status
                            + " " + foreign.contentType() + " (nonexistent: " + missing + ")");
                }
            }
        }
        assertThat(violations)
                .as("foreign object answers that differ from a nonexistent one")
                .isEmpty();
        return outsiders.size() * probes.size();
    }

    /**
     * A list filtered to the owner's object (by a query naming it or its owner) shows none of it to any outsider:
     * either the list answers without the object, or the filter itself is refused as for a nonexistent target.
     */
    static void assertListHides(String list, Map<String, ?> filter, String objectId, List<Outsider> outsiders) {
        for (Outsider outsider : outsiders) {
            Response response = as(outsider.subject(), outsider.role())
                    .queryParams(filter)
                    .queryParam("limit", 100)
                    .when()
                    .get(list);
            int status = response.statusCode();
            assertThat(status).as(list + " " + filter + " as " + outsider).isIn(200, 403, 404);
            if (status == 200) {
                List<String> ids = response.path("items.id");
                assertThat(ids).as(list + " " + filter + " as " + outsider).doesNotContain(objectId);
            }
        }
    }

    /**
     * A cursor issued to the owner for this list does not work for anyone else: 400 invalid-cursor, or the very
     * answer the caller gets for the list without a cursor when that is a refusal (403/404).
     */
    static void assertCursorRefused(String list, Map<String, ?> filter, Outsider owner, List<Outsider> others) {
        String cursor = as(owner.subject(), owner.role())
                .queryParams(filter)
                .queryParam("limit", 1)
                .when()
                .get(list)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        assertThat(cursor)
                .as("the owner's next cursor for " + list + " " + filter)
                .isNotNull();
        as(owner.subject(), owner.role())
                .queryParams(filter)
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(list)
                .then()
                .statusCode(200);
        for (Outsider other : others) {
            int without = as(other.subject(), other.role())
                    .queryParams(filter)
                    .when()
                    .get(list)
                    .statusCode();
            Response with = as(other.subject(), other.role())
                    .queryParams(filter)
                    .queryParam("cursor", cursor)
                    .when()
                    .get(list);
            String cell = list + " " + filter + " with the owner's cursor as " + other;
            assertThat(with.contentType()).as(cell).startsWith(Fixtures.PROBLEM_JSON);
            if (without == 403 || without == 404) {
                assertThat(with.statusCode()).as(cell).isIn(400, without);
            } else {
                assertThat(with.statusCode()).as(cell).isEqualTo(400);
                assertThat(with.<String>path("type")).as(cell).isEqualTo("/problems/invalid-cursor");
            }
        }
    }

    private static Response call(Outsider outsider, Probe probe, String object) {
        RequestSpecification request = outsider.request().queryParams(probe.query());
        if (probe.body() != null) {
            request.body(probe.body());
        }
        return request.when().request(probe.method(), object + probe.suffix());
    }

    private static synchronized JsonNode contract() {
        if (contract == null) {
            try {
                contract = new ObjectMapper(new YAMLFactory())
                        .readTree(Path.of("openapi/openapi.yaml").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return contract;
    }
}
