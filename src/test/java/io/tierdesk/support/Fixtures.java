package io.tierdesk.support;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Tokens.token;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Small builders shared by the integration tests; every object they create has a unique name. */
public final class Fixtures {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String TEAMS = Paths.TEAMS;
    public static final String SOLUTIONS = Paths.SOLUTIONS;

    private Fixtures() {}

    /** A request authenticated as this subject with these roles. */
    public static RequestSpecification as(String subject, String... roles) {
        return given().auth().oauth2(token(subject, roles));
    }

    /** A JSON request authenticated as this subject with these roles. */
    public static RequestSpecification jsonAs(String subject, String... roles) {
        return as(subject, roles).contentType(ContentType.JSON);
    }

    public static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID();
    }

    /** Creates a team as an admin and returns its id. */
    public static String createTeam(String kind) {
        return jsonAs(Tokens.uniqueSubject("fixture-admin"), "admin")
                .body(Map.of("name", uniqueName("team"), "kind", kind))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** Adds (or re-roles) a team member as an admin. */
    public static void addMember(String teamId, String subject, String role) {
        jsonAs(Tokens.uniqueSubject("fixture-admin"), "admin")
                .body(Map.of("subject", subject, "role", role))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(201);
    }

    /** A team with a lead and two members. */
    public record Crew(String teamId, String lead, String first, String second) {}

    /** Creates a team of the given kind with a lead and two members, as an admin. */
    public static Crew crew(String teamKind) {
        Crew crew = new Crew(
                createTeam(teamKind),
                Tokens.uniqueSubject("lead"),
                Tokens.uniqueSubject("member"),
                Tokens.uniqueSubject("member"));
        addMember(crew.teamId(), crew.lead(), "LEAD");
        addMember(crew.teamId(), crew.first(), "MEMBER");
        addMember(crew.teamId(), crew.second(), "MEMBER");
        return crew;
    }

    /** The crew's lead creates an hourly Europe/London rotation of its two members from {@code anchor}; returns its id. */
    public static String hourlyRotation(Crew crew, Instant anchor) {
        return jsonAs(crew.lead(), "maker")
                .body(Map.of(
                        "team_id",
                        crew.teamId(),
                        "name",
                        uniqueName("hourly"),
                        "time_zone",
                        "Europe/London",
                        "members",
                        List.of(crew.first(), crew.second()),
                        "shift_length",
                        Map.of("amount", 1, "unit", "HOURS"),
                        "handoff_anchor",
                        anchor.toString().replace("Z", "")))
                .when()
                .post("/api/v1/rotations")
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A minimal registration body with a unique name. */
    public static Map<String, Object> solution(String namePrefix) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", uniqueName(namePrefix));
        body.put("kind", "CANVAS_APP");
        return body;
    }

    /** Registers the body as this caller, expects 201 and returns the new solution's id. */
    public static String register(String subject, String role, Map<String, Object> body) {
        return jsonAs(subject, role)
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    /** A maker registers a minimal solution as themselves; returns its id. */
    public static String registerAsMaker(String maker) {
        return register(maker, "maker", solution("solution"));
    }
}
