package io.tierdesk.security;

import static io.tierdesk.security.ObjectAccessMatrix.API;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
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
 * Environment requests belong to the maker who asked: other makers, partners, members of unrelated teams and
 * integrations reach none of them, by id, by sub-resource, through the list or with the maker's cursor.
 */
@QuarkusTest
class EnvironmentRequestObjectAccessTest {

    private static final String REQUESTS = API + "/environment-requests";

    private static final List<Probe> PROBES = List.of(
            Probe.of("GET", ""),
            Probe.of("POST", "/approve"),
            Probe.of("POST", "/reject", Map.of("reason", "hijacked")),
            Probe.of("POST", "/cancel"),
            Probe.of("POST", "/expire"),
            Probe.of("POST", "/retry"),
            Probe.of("POST", "/heartbeat", Map.of("lease_seconds", 60)),
            Probe.of(
                    "POST",
                    "/complete",
                    Map.of("environment_id", "env-hijack", "environment_url", "https://hijack.example.org")),
            Probe.of("POST", "/fail", Map.of("error", "hijacked")));

    @Test
    void everyOperationOnARequestIsProbed() {
        ObjectAccessMatrix.assertProbesCoverTheContract("/environment-requests/{environment_request_id}", PROBES);
    }

    @Test
    void anotherMakersRequestIsNotFoundOnEveryOperation() {
        String owner = Tokens.uniqueSubject("env-owner");
        String request = create(owner);
        String before = as(owner, "maker")
                .when()
                .get(REQUESTS + "/" + request)
                .then()
                .statusCode(200)
                .extract()
                .asString();

        ObjectAccessMatrix.assertNotFoundForOutsiders(REQUESTS + "/" + request, PROBES, outsiders());

        String after = as(owner, "maker")
                .when()
                .get(REQUESTS + "/" + request)
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertThat(after).as("the request after every outsider's attempt").isEqualTo(before);
    }

    @Test
    void listsAndCursorsShowOutsidersNothingOfTheMakers() {
        String owner = Tokens.uniqueSubject("env-owner");
        String first = create(owner);
        String second = create(owner);
        List<Outsider> outsiders = outsiders();
        for (Map<String, ?> filter : List.of(Map.<String, Object>of(), Map.of("status", "PENDING"))) {
            ObjectAccessMatrix.assertListHides(REQUESTS, filter, first, outsiders);
            ObjectAccessMatrix.assertListHides(REQUESTS, filter, second, outsiders);
            ObjectAccessMatrix.assertCursorRefused(
                    REQUESTS, filter, new Outsider(owner, "maker"), withStaff(outsiders));
        }
    }

    /** Strangers, and an integration (which has no business with environment requests at all). */
    private static List<Outsider> outsiders() {
        return ObjectAccessMatrix.strangersAnd(new Outsider(Tokens.uniqueSubject("integration"), "integration"));
    }

    /** Staff who see every request still cannot replay another caller's position. */
    private static List<Outsider> withStaff(List<Outsider> outsiders) {
        List<Outsider> all = new java.util.ArrayList<>(outsiders);
        all.add(new Outsider(Tokens.uniqueSubject("env-admin"), "admin"));
        all.add(new Outsider(Tokens.uniqueSubject("env-worker"), "automation"));
        return all;
    }

    private static String create(String maker) {
        return jsonAs(maker, "maker")
                .body(Map.of(
                        "display_name",
                        Fixtures.uniqueName("bola-env"),
                        "type",
                        "SANDBOX",
                        "region",
                        "europe",
                        "purpose",
                        "object-level access"))
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }
}
