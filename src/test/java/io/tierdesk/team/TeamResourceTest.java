package io.tierdesk.team;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.TEAMS;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.uniqueName;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TeamResourceTest {

    private static final String UNKNOWN = UUID.randomUUID().toString();

    // --- 401 without a token, on every endpoint -------------------------------------------------------------

    @Test
    void listingTeamsWithoutTokenIsUnauthorized() {
        given().when()
                .get(TEAMS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void creatingTeamWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(Map.of("name", uniqueName("team"), "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/unauthorized"));
    }

    @Test
    void readingTeamWithoutTokenIsUnauthorized() {
        given().when().get(TEAMS + "/" + UNKNOWN).then().statusCode(401).contentType(PROBLEM_JSON);
    }

    @Test
    void patchingTeamWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(Map.of("description", "x"))
                .when()
                .patch(TEAMS + "/" + UNKNOWN)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void listingMembersWithoutTokenIsUnauthorized() {
        given().when()
                .get(TEAMS + "/" + UNKNOWN + "/members")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void addingMemberWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(Map.of("subject", "someone", "role", "MEMBER"))
                .when()
                .post(TEAMS + "/" + UNKNOWN + "/members")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void removingMemberWithoutTokenIsUnauthorized() {
        given().when()
                .delete(TEAMS + "/" + UNKNOWN + "/members/someone")
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    // --- create -----------------------------------------------------------------------------------------------

    @Test
    void adminCreatesTeamWithLocationAndEtag() {
        String name = uniqueName("Finance BU makers");
        ExtractableResponse<Response> created = jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("name", name, "kind", "BUSINESS_UNIT", "business_unit", "Finance"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(201)
                .body("id", notNullValue())
                .body("name", equalTo(name))
                .body("kind", equalTo("BUSINESS_UNIT"))
                .body("business_unit", equalTo("Finance"))
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/teams/" + created.path("id"));
        assertThat(created.header("ETag")).isEqualTo("\"" + created.<Integer>path("version") + "\"");
    }

    @Test
    void platformCreatesTeam() {
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("name", uniqueName("Platform"), "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(201)
                .body("kind", equalTo("PLATFORM"));
    }

    @Test
    void makerCannotCreateTeam() {
        jsonAs(uniqueSubject("maker"), "maker")
                .body(Map.of("name", uniqueName("team"), "kind", "BUSINESS_UNIT"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void helpdeskCannotCreateTeam() {
        jsonAs(uniqueSubject("helpdesk"), "helpdesk")
                .body(Map.of("name", uniqueName("team"), "kind", "HELP_DESK"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void duplicateTeamNameIsConflictIgnoringCase() {
        String name = uniqueName("Duplicate");
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("name", name, "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(201);

        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("name", name.toUpperCase(), "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(409));
    }

    @Test
    void missingTeamNameIsValidationErrorOnName() {
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void blankTeamNameIsValidationErrorOnName() {
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("name", "", "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/validation"))
                .body("errors.field", hasItem("name"));
    }

    @Test
    void unknownPropertyOnCreateIsRejected() {
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("name", uniqueName("team"), "kind", "PLATFORM", "colour", "blue"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("colour"));
    }

    @Test
    void unknownPropertyOnPatchIsRejected() {
        String teamId = createTeam("PLATFORM");
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("kind", "PARTNER"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
    }

    // --- list and get -----------------------------------------------------------------------------------------

    @Test
    void makerListsTeamsFilteredByMember() {
        String member = uniqueSubject("member");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");

        as(uniqueSubject("maker"), "maker")
                .queryParam("member", member)
                .when()
                .get(TEAMS)
                .then()
                .statusCode(200)
                .body("items.id", contains(teamId));
    }

    @Test
    void partnerListsOnlyTeamsItBelongsTo() {
        String partner = uniqueSubject("partner");
        String own = createTeam("PARTNER");
        String other = createTeam("PARTNER");
        addMember(own, partner, "MEMBER");

        as(partner, "partner")
                .queryParam("limit", 200)
                .when()
                .get(TEAMS)
                .then()
                .statusCode(200)
                .body("items.id", contains(own))
                .body("items.id", not(hasItem(other)));
    }

    @Test
    void anyRoleReadsTeamWithEtag() {
        String teamId = createTeam("HELP_DESK");
        ExtractableResponse<Response> team = as(uniqueSubject("maker"), "maker")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("id", equalTo(teamId))
                .body("kind", equalTo("HELP_DESK"))
                .extract();
        assertThat(team.header("ETag")).isEqualTo("\"" + team.<Integer>path("version") + "\"");
    }

    @Test
    void partnerCannotSeeTeamItDoesNotBelongTo() {
        String teamId = createTeam("PARTNER");
        as(uniqueSubject("partner"), "partner")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void partnerReadsTeamItBelongsTo() {
        String partner = uniqueSubject("partner");
        String teamId = createTeam("PARTNER");
        addMember(teamId, partner, "MEMBER");
        as(partner, "partner")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("id", equalTo(teamId));
    }

    @Test
    void unknownTeamIsNotFound() {
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(TEAMS + "/" + UNKNOWN)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }

    // --- patch ------------------------------------------------------------------------------------------------

    @Test
    void teamLeadPatchesTeam() {
        String lead = uniqueSubject("lead");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, lead, "LEAD");

        ExtractableResponse<Response> before = as(lead, "maker")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .extract();
        int version = before.path("version");

        ExtractableResponse<Response> patched = jsonAs(lead, "maker")
                .header("If-Match", before.header("ETag"))
                .body(Map.of("description", "Makers of finance"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("description", equalTo("Makers of finance"))
                .body("version", equalTo(version + 1))
                .extract();
        assertThat(patched.header("ETag")).isEqualTo("\"" + (version + 1) + "\"");
    }

    @Test
    void adminAndPlatformPatchTeam() {
        String teamId = createTeam("PLATFORM");
        String renamed = uniqueName("Renamed");
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("name", renamed))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("name", equalTo(renamed));
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("business_unit", "IT"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("business_unit", equalTo("IT"))
                .body("name", equalTo(renamed));
    }

    @Test
    void nonLeadMakerCannotPatchTeam() {
        String member = uniqueSubject("member");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");

        jsonAs(member, "maker")
                .body(Map.of("description", "hijacked"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        as(member, "maker")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("description", equalTo(null));
    }

    @Test
    void partnerPatchingForeignTeamGetsNotFound() {
        String teamId = createTeam("PARTNER");
        jsonAs(uniqueSubject("partner"), "partner")
                .body(Map.of("description", "x"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void patchingUnknownTeamIsNotFound() {
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("description", "x"))
                .when()
                .patch(TEAMS + "/" + UNKNOWN)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void renamingTeamToTakenNameIsConflict() {
        String admin = uniqueSubject("admin");
        String taken = uniqueName("Taken");
        jsonAs(admin, "admin")
                .body(Map.of("name", taken, "kind", "PLATFORM"))
                .when()
                .post(TEAMS)
                .then()
                .statusCode(201);
        String teamId = createTeam("PLATFORM");
        jsonAs(admin, "admin")
                .body(Map.of("name", taken))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void patchingTeamWithStaleEtagIsPreconditionFailed() {
        String admin = uniqueSubject("admin");
        String teamId = createTeam("PLATFORM");
        String stale = as(admin, "admin")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");
        jsonAs(admin, "admin")
                .body(Map.of("description", "first"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(200);

        jsonAs(admin, "admin")
                .header("If-Match", stale)
                .body(Map.of("description", "second"))
                .when()
                .patch(TEAMS + "/" + teamId)
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-failed"));
        as(admin, "admin")
                .when()
                .get(TEAMS + "/" + teamId)
                .then()
                .statusCode(200)
                .body("description", equalTo("first"));
    }

    // --- members ----------------------------------------------------------------------------------------------

    @Test
    void anyRoleListsMembersBySubject() {
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, "b-" + UUID.randomUUID(), "MEMBER");
        addMember(teamId, "a-" + UUID.randomUUID(), "LEAD");

        as(uniqueSubject("helpdesk"), "helpdesk")
                .when()
                .get(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(2))
                .body("items[0].subject", org.hamcrest.Matchers.startsWith("a-"))
                .body("items[0].role", equalTo("LEAD"))
                .body("items[1].role", equalTo("MEMBER"))
                .body("items[0].added_at", notNullValue());
    }

    @Test
    void partnerCannotListMembersOfForeignTeam() {
        String teamId = createTeam("PARTNER");
        as(uniqueSubject("partner"), "partner")
                .when()
                .get(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void listingMembersOfUnknownTeamIsNotFound() {
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(TEAMS + "/" + UNKNOWN + "/members")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void teamLeadAddsMemberAndChangesTheirRole() {
        String lead = uniqueSubject("lead");
        String newcomer = uniqueSubject("newcomer");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, lead, "LEAD");

        jsonAs(lead, "maker")
                .body(Map.of("subject", newcomer, "role", "MEMBER"))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(201)
                .body("subject", equalTo(newcomer))
                .body("role", equalTo("MEMBER"))
                .body("added_at", notNullValue());
        jsonAs(lead, "maker")
                .body(Map.of("subject", newcomer, "role", "LEAD"))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(201)
                .body("role", equalTo("LEAD"));

        as(lead, "maker")
                .when()
                .get(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(200)
                .body("items.find { it.subject == '%s' }.role".formatted(newcomer), equalTo("LEAD"));
    }

    @Test
    void platformAddsMember() {
        String teamId = createTeam("PLATFORM");
        String subject = uniqueSubject("member");
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("subject", subject, "role", "MEMBER"))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(201)
                .body("subject", equalTo(subject));
    }

    @Test
    void nonLeadMakerCannotAddMember() {
        String member = uniqueSubject("member");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");

        jsonAs(member, "maker")
                .body(Map.of("subject", uniqueSubject("friend"), "role", "LEAD"))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void partnerAddingMemberToForeignTeamGetsNotFound() {
        String teamId = createTeam("PARTNER");
        jsonAs(uniqueSubject("partner"), "partner")
                .body(Map.of("subject", "x", "role", "MEMBER"))
                .when()
                .post(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void addingMemberToUnknownTeamIsNotFound() {
        jsonAs(uniqueSubject("admin"), "admin")
                .body(Map.of("subject", "x", "role", "MEMBER"))
                .when()
                .post(TEAMS + "/" + UNKNOWN + "/members")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void teamLeadRemovesMember() {
        String lead = uniqueSubject("lead");
        String leaver = uniqueSubject("leaver");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, lead, "LEAD");
        addMember(teamId, leaver, "MEMBER");

        as(lead, "maker")
                .when()
                .delete(TEAMS + "/" + teamId + "/members/" + leaver)
                .then()
                .statusCode(204);
        as(lead, "maker")
                .when()
                .get(TEAMS + "/" + teamId + "/members")
                .then()
                .statusCode(200)
                .body("items.subject", equalTo(List.of(lead)));
    }

    @Test
    void adminRemovesMember() {
        String leaver = uniqueSubject("leaver");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, leaver, "MEMBER");
        as(uniqueSubject("admin"), "admin")
                .when()
                .delete(TEAMS + "/" + teamId + "/members/" + leaver)
                .then()
                .statusCode(204);
    }

    @Test
    void nonLeadMakerCannotRemoveMember() {
        String member = uniqueSubject("member");
        String other = uniqueSubject("other");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, member, "MEMBER");
        addMember(teamId, other, "MEMBER");

        as(member, "maker")
                .when()
                .delete(TEAMS + "/" + teamId + "/members/" + other)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void removingUnknownMemberIsNotFound() {
        String teamId = createTeam("PLATFORM");
        as(uniqueSubject("admin"), "admin")
                .when()
                .delete(TEAMS + "/" + teamId + "/members/nobody-" + UUID.randomUUID())
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void removingMemberOfUnknownTeamIsNotFound() {
        as(uniqueSubject("admin"), "admin")
                .when()
                .delete(TEAMS + "/" + UNKNOWN + "/members/someone")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void partnerRemovingMemberOfForeignTeamGetsNotFound() {
        String teamId = createTeam("PARTNER");
        String member = uniqueSubject("member");
        addMember(teamId, member, "MEMBER");
        as(uniqueSubject("partner"), "partner")
                .when()
                .delete(TEAMS + "/" + teamId + "/members/" + member)
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }
}
