package io.tierdesk.solution;

import static io.restassured.RestAssured.given;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.SOLUTIONS;
import static io.tierdesk.support.Fixtures.addMember;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.createTeam;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Fixtures.register;
import static io.tierdesk.support.Fixtures.registerAsMaker;
import static io.tierdesk.support.Fixtures.solution;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SolutionResourceTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String path(String id) {
        return SOLUTIONS + "/" + id;
    }

    // --- register ---------------------------------------------------------------------------------------------

    @Test
    void makerRegistersAsThemselvesInProductivityTier() {
        String maker = uniqueSubject("maker");
        Map<String, Object> body = solution("Expense approvals");
        body.put("environment", Map.of("id", "env-finance", "name", "Finance", "type", "PRODUCTION"));
        body.put("co_owners", List.of("bob", "bob", "carol"));

        ExtractableResponse<Response> created = jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .body("maker", equalTo(maker))
                .body("tier_id", equalTo("productivity"))
                .body("support_level", equalTo("MAKER"))
                .body("lifecycle_state", equalTo("IN_DEVELOPMENT"))
                .body("co_owners", contains("bob", "carol"))
                .body("environment.type", equalTo("PRODUCTION"))
                .extract();
        assertThat(created.header("ETag")).isEqualTo("\"" + created.<Integer>path("version") + "\"");
        String id = created.path("id");
        as(maker, "maker").when().get(path(id)).then().statusCode(200).body("name", equalTo(body.get("name")));
    }

    @Test
    void registrationAnswersWithLocationOfTheNewSolution() {
        String maker = uniqueSubject("maker");
        ExtractableResponse<Response> created = jsonAs(maker, "maker")
                .body(solution("located"))
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .extract();
        assertThat(created.header("Location")).endsWith("/api/v1/solutions/" + created.path("id"));
    }

    @Test
    void makerCannotRegisterInCriticalTier() {
        Map<String, Object> body = solution("too critical");
        body.put("tier_id", "critical");
        jsonAs(uniqueSubject("maker"), "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
    }

    @Test
    void makerCannotRegisterForAnotherMaker() {
        Map<String, Object> body = solution("on behalf");
        body.put("maker", uniqueSubject("someone-else"));
        jsonAs(uniqueSubject("maker"), "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void platformRegistersAnyTierForAnotherMaker() {
        String maker = uniqueSubject("maker");
        Map<String, Object> body = solution("critical app");
        body.put("tier_id", "critical");
        body.put("maker", maker);

        String id = jsonAs(uniqueSubject("platform"), "platform")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .body("maker", equalTo(maker))
                .body("tier_id", equalTo("critical"))
                .body("support_level", equalTo("PLATFORM"))
                .extract()
                .path("id");
        as(maker, "maker").when().get(path(id)).then().statusCode(200).body("tier_id", equalTo("critical"));
    }

    @Test
    void adminRegistersInImportantTierWithTeamSupport() {
        Map<String, Object> body = solution("important app");
        body.put("tier_id", "important");
        jsonAs(uniqueSubject("admin"), "admin")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .body("tier_id", equalTo("important"))
                .body("support_level", equalTo("TEAM"));
    }

    @Test
    void unknownTierIsUnprocessable() {
        Map<String, Object> body = solution("legendary");
        body.put("tier_id", "legendary");
        jsonAs(uniqueSubject("platform"), "platform")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("status", equalTo(422));
    }

    @Test
    void owningTeamTheMakerDoesNotBelongToIsUnprocessable() {
        String teamId = createTeam("BUSINESS_UNIT");
        Map<String, Object> body = solution("not my team");
        body.put("owning_team_id", teamId);
        jsonAs(uniqueSubject("maker"), "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void unknownOwningTeamIsUnprocessable() {
        Map<String, Object> body = solution("ghost team");
        body.put("owning_team_id", UUID.randomUUID().toString());
        jsonAs(uniqueSubject("platform"), "platform")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void makerGivesSolutionToOwnTeam() {
        String maker = uniqueSubject("maker");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, maker, "MEMBER");
        Map<String, Object> body = solution("team app");
        body.put("owning_team_id", teamId);
        jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .body("owning_team_id", equalTo(teamId));
    }

    @Test
    void externalRefsKeepTheirSyncTimeUntilTheyChange() {
        String maker = uniqueSubject("maker");
        Map<String, Object> body = solution("synced");
        String ci = "CI-" + UUID.randomUUID();
        body.put("external_refs", List.of(Map.of("system", "servicenow", "external_id", ci)));
        clock.set(Instant.parse("2033-06-02T08:00:00Z"));
        String id = register(maker, "maker", body);
        as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + id)
                .then()
                .body("external_refs[0].last_synced_at", equalTo("2033-06-02T08:00:00Z"));

        clock.set(Instant.parse("2033-06-02T09:00:00Z"));
        String etag = as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        jsonAs(maker, "maker")
                .header("If-Match", etag)
                .body(Map.of(
                        "external_refs",
                        List.of(
                                Map.of("system", "servicenow", "external_id", ci),
                                Map.of(
                                        "system",
                                        "jira",
                                        "external_id",
                                        "APP-" + ci.hashCode(),
                                        "url",
                                        "https://jira.example.org"))))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body(
                        "external_refs.find { it.system == 'servicenow' }.last_synced_at",
                        equalTo("2033-06-02T08:00:00Z"))
                .body("external_refs.find { it.system == 'jira' }.last_synced_at", equalTo("2033-06-02T09:00:00Z"));

        clock.set(Instant.parse("2033-06-02T10:00:00Z"));
        etag = as(maker, "maker")
                .when()
                .get(SOLUTIONS + "/" + id)
                .then()
                .extract()
                .header("ETag");
        jsonAs(maker, "maker")
                .header("If-Match", etag)
                .body(Map.of(
                        "external_refs",
                        List.of(Map.of(
                                "system", "servicenow", "external_id", ci, "url", "https://now.example.org/" + ci))))
                .when()
                .patch(SOLUTIONS + "/" + id)
                .then()
                .statusCode(200)
                .body("external_refs", hasSize(1))
                .body("external_refs[0].last_synced_at", equalTo("2033-06-02T10:00:00Z"));
    }

    @Test
    void externalRefOfAnotherSolutionIsConflict() {
        Map<String, Object> ref = Map.of("system", "servicenow", "external_id", "CI-" + UUID.randomUUID());
        Map<String, Object> first = solution("first");
        first.put("external_refs", List.of(ref));
        String maker = uniqueSubject("maker");
        register(maker, "maker", first);

        Map<String, Object> second = solution("second");
        second.put("external_refs", List.of(ref));
        jsonAs(uniqueSubject("maker"), "maker")
                .body(second)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
        as(maker, "maker")
                .queryParam("q", second.get("name"))
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    @Test
    void externalRefsListingTheSameRefTwiceIsBadRequest() {
        Map<String, Object> ref = Map.of("system", "jira", "external_id", "APP-" + UUID.randomUUID());
        Map<String, Object> body = solution("twice");
        body.put("external_refs", List.of(ref, ref));
        jsonAs(uniqueSubject("maker"), "maker")
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("external_refs"));
    }

    @Test
    void missingSolutionNameIsValidationErrorOnName() {
        jsonAs(uniqueSubject("maker"), "maker")
                .body(Map.of("kind", "FLOW"))
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("errors.field", hasItem("name"));
    }

    @Test
    void registeringWithoutTokenIsUnauthorized() {
        given().contentType(ContentType.JSON)
                .body(solution("anonymous"))
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(401)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void helpdeskCannotRegister() {
        jsonAs(uniqueSubject("helpdesk"), "helpdesk")
                .body(solution("helpdesk app"))
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    // --- visibility and access --------------------------------------------------------------------------------

    @Test
    void makerCannotSeeAnotherMakersSolution() {
        String id = registerAsMaker(uniqueSubject("owner"));
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/not-found"));
    }

    @Test
    void makerCannotPatchAnotherMakersSolution() {
        String owner = uniqueSubject("owner");
        String id = registerAsMaker(owner);
        jsonAs(uniqueSubject("maker"), "maker")
                .body(Map.of("description", "mine now"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(owner, "maker").when().get(path(id)).then().statusCode(200).body("description", nullValue());
    }

    @Test
    void makerCannotArchiveAnotherMakersSolution() {
        String owner = uniqueSubject("owner");
        String id = registerAsMaker(owner);
        as(uniqueSubject("maker"), "maker")
                .when()
                .post(path(id) + "/archive")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(owner, "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .body("lifecycle_state", equalTo("IN_DEVELOPMENT"));
    }

    @Test
    void makerCannotReadUsageOfAnotherMakersSolution() {
        String id = registerAsMaker(uniqueSubject("owner"));
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(path(id) + "/usage")
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void unknownSolutionIsNotFound() {
        as(uniqueSubject("admin"), "admin")
                .when()
                .get(path(UUID.randomUUID().toString()))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void makerSeesOwnCoOwnedAndTeamOwnedSolutionsOnly() {
        String maker = uniqueSubject("maker");
        String other = uniqueSubject("other");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, maker, "MEMBER");

        String own = registerAsMaker(maker);
        Map<String, Object> coOwnedBody = solution("co-owned");
        coOwnedBody.put("co_owners", List.of(maker));
        String coOwned = register(other, "maker", coOwnedBody);
        Map<String, Object> teamBody = solution("team-owned");
        teamBody.put("maker", other);
        teamBody.put("owning_team_id", teamId);
        String teamOwned = register(uniqueSubject("platform"), "platform", teamBody);
        String foreign = registerAsMaker(other);

        as(maker, "maker")
                .queryParam("limit", 200)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", containsInAnyOrder(own, coOwned, teamOwned));
        for (String visible : List.of(own, coOwned, teamOwned)) {
            as(maker, "maker").when().get(path(visible)).then().statusCode(200);
        }
        as(maker, "maker").when().get(path(foreign)).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void makerListNeverIncludesOthersSolutionsEvenWhenFilteredForThem() {
        String maker = uniqueSubject("maker");
        String other = uniqueSubject("other");
        String otherTeam = createTeam("BUSINESS_UNIT");
        addMember(otherTeam, other, "MEMBER");
        Map<String, Object> body = solution("others");
        body.put("owning_team_id", otherTeam);
        String foreign = register(other, "maker", body);

        as(maker, "maker")
                .queryParam("maker", other)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
        as(maker, "maker")
                .queryParam("owning_team_id", otherTeam)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
        as(maker, "maker")
                .queryParam("q", body.get("name"))
                .queryParam("limit", 200)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(foreign)));
    }

    @Test
    void coOwnerAndTeamMemberMayPatch() {
        String owner = uniqueSubject("owner");
        String coOwner = uniqueSubject("co-owner");
        String teammate = uniqueSubject("teammate");
        String teamId = createTeam("BUSINESS_UNIT");
        addMember(teamId, owner, "MEMBER");
        addMember(teamId, teammate, "MEMBER");
        Map<String, Object> body = solution("shared");
        body.put("co_owners", List.of(coOwner));
        body.put("owning_team_id", teamId);
        String id = register(owner, "maker", body);

        jsonAs(coOwner, "maker")
                .body(Map.of("description", "by co-owner"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("description", equalTo("by co-owner"));
        jsonAs(teammate, "maker")
                .body(Map.of("business_justification", "by teammate"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("business_justification", equalTo("by teammate"))
                .body("description", equalTo("by co-owner"));
    }

    @Test
    void helpdeskAuditorAndIntegrationSeeEverySolution() {
        String owner = uniqueSubject("owner");
        String id = registerAsMaker(owner);
        for (String role : List.of("helpdesk", "auditor", "integration")) {
            as(uniqueSubject(role), role)
                    .when()
                    .get(path(id))
                    .then()
                    .statusCode(200)
                    .body("maker", equalTo(owner));
            as(uniqueSubject(role), role)
                    .queryParam("maker", owner)
                    .when()
                    .get(SOLUTIONS)
                    .then()
                    .statusCode(200)
                    .body("items.id", contains(id));
        }
    }

    @Test
    void helpdeskCannotPatchSolution() {
        String owner = uniqueSubject("owner");
        String id = registerAsMaker(owner);
        jsonAs(uniqueSubject("helpdesk"), "helpdesk")
                .body(Map.of("description", "fixed it"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/forbidden"));
        as(owner, "maker").when().get(path(id)).then().statusCode(200).body("description", nullValue());
    }

    @Test
    void auditorCannotArchiveSolution() {
        String id = registerAsMaker(uniqueSubject("owner"));
        as(uniqueSubject("auditor"), "auditor")
                .when()
                .post(path(id) + "/archive")
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void makerCannotChangeTier() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String etag = as(maker, "maker").when().get(path(id)).then().extract().header("ETag");
        jsonAs(maker, "maker")
                .body(Map.of("tier_id", "important"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
        as(maker, "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .header("ETag", equalTo(etag))
                .body("tier_id", equalTo("productivity"));
    }

    @Test
    void makerCannotChangeSupportLevel() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        jsonAs(maker, "maker")
                .body(Map.of("support_level", "PLATFORM"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(403)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void platformChangesTierAndSupportLevelStaysAsGiven() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("tier_id", "critical", "support_level", "PARTNER"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"))
                .body("support_level", equalTo("PARTNER"));
        as(maker, "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .body("tier_id", equalTo("critical"))
                .body("support_level", equalTo("PARTNER"));
    }

    @Test
    void platformPatchingUnknownTierIsUnprocessable() {
        String id = registerAsMaker(uniqueSubject("maker"));
        jsonAs(uniqueSubject("platform"), "platform")
                .body(Map.of("tier_id", "legendary"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void ownerArchivesSolutionAndArchivingAgainIsConflict() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String etag = as(maker, "maker").when().get(path(id)).then().extract().header("ETag");
        ExtractableResponse<Response> archived = as(maker, "maker")
                .header("If-Match", etag)
                .when()
                .post(path(id) + "/archive")
                .then()
                .statusCode(200)
                .body("lifecycle_state", equalTo("ARCHIVED"))
                .extract();
        assertThat(archived.header("ETag"))
                .isNotEqualTo(etag)
                .isEqualTo("\"" + archived.<Integer>path("version") + "\"");
        as(maker, "maker")
                .when()
                .post(path(id) + "/archive")
                .then()
                .statusCode(409)
                .contentType(PROBLEM_JSON);
    }

    @Test
    void partnerSeesOnlySolutionsOfItsPartnerTeams() {
        String partner = uniqueSubject("partner");
        String partnerTeam = createTeam("PARTNER");
        String businessTeam = createTeam("BUSINESS_UNIT");
        addMember(partnerTeam, partner, "MEMBER");
        addMember(businessTeam, partner, "MEMBER");
        String platform = uniqueSubject("platform");

        Map<String, Object> supported = solution("partner supported");
        supported.put("tier_id", "critical");
        supported.put("owning_team_id", partnerTeam);
        String supportedId = register(platform, "platform", supported);
        Map<String, Object> business = solution("business owned");
        business.put("owning_team_id", businessTeam);
        String businessId = register(platform, "platform", business);
        String unowned = register(platform, "platform", solution("unowned"));

        as(partner, "partner")
                .queryParam("limit", 200)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(supportedId));
        as(partner, "partner").when().get(path(supportedId)).then().statusCode(200);
        as(partner, "partner")
                .when()
                .get(path(businessId))
                .then()
                .statusCode(404)
                .contentType(PROBLEM_JSON);
        as(partner, "partner").when().get(path(unowned)).then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void partnerWithoutTeamsSeesNothing() {
        registerAsMaker(uniqueSubject("maker"));
        as(uniqueSubject("partner"), "partner")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
    }

    // --- pagination -------------------------------------------------------------------------------------------

    @Test
    void walkingCursorsReturnsEverySolutionOnceNewestFirst() {
        String maker = uniqueSubject("maker");
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(registerAsMaker(maker));
        }
        Collections.reverse(created);

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String cursor = null;
        do {
            RequestSpecification request = as(maker, "maker").queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            ExtractableResponse<Response> page =
                    request.when().get(SOLUTIONS).then().statusCode(200).extract();
            List<String> ids = page.path("items.id");
            seen.addAll(ids);
            pageSizes.add(ids.size());
            cursor = page.path("next_cursor");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"").contains("cursor=" + cursor);
            } else {
                assertThat(page.header("Link")).isNull();
            }
        } while (cursor != null && pageSizes.size() < 10);

        assertThat(pageSizes).containsExactly(2, 2, 1);
        assertThat(seen).containsExactlyElementsOf(created);
    }

    @Test
    void tamperedCursorIsRejected() {
        String maker = uniqueSubject("maker");
        registerAsMaker(maker);
        registerAsMaker(maker);
        String cursor = as(maker, "maker")
                .queryParam("limit", 1)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        assertThat(cursor).isNotNull();
        String tampered = (cursor.charAt(0) == 'A' ? "B" : "A") + cursor.substring(1);

        as(maker, "maker")
                .queryParam("limit", 1)
                .queryParam("cursor", tampered)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
        as(maker, "maker")
                .queryParam("limit", 1)
                .queryParam("cursor", "not-a-cursor")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void cursorOfAnotherCallerIsRejected() {
        String platform = uniqueSubject("platform");
        String maker = uniqueSubject("maker");
        registerAsMaker(maker);
        registerAsMaker(maker);
        String cursor = as(platform, "platform")
                .queryParam("maker", maker)
                .queryParam("limit", 1)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        assertThat(cursor).isNotNull();

        as(uniqueSubject("platform"), "platform")
                .queryParam("maker", maker)
                .queryParam("limit", 1)
                .queryParam("cursor", cursor)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void cursorOfAnotherFilterIsRejected() {
        String maker = uniqueSubject("maker");
        registerAsMaker(maker);
        registerAsMaker(maker);
        String cursor = as(maker, "maker")
                .queryParam("limit", 1)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .extract()
                .path("next_cursor");
        as(maker, "maker")
                .queryParam("limit", 1)
                .queryParam("kind", "FLOW")
                .queryParam("cursor", cursor)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/invalid-cursor"));
    }

    @Test
    void oversizedLimitIsClamped() {
        registerAsMaker(uniqueSubject("maker"));
        as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 1000)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.size()", lessThanOrEqualTo(200));
        as(uniqueSubject("admin"), "admin")
                .queryParam("limit", 0)
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1));
    }

    // --- filters ----------------------------------------------------------------------------------------------

    @Test
    void listFiltersByTierKindLifecycleAndNameSubstring() {
        String maker = uniqueSubject("maker");
        String tag = UUID.randomUUID().toString().substring(0, 8);

        Map<String, Object> percent = new java.util.HashMap<>(
                Map.of("name", tag + " Budget 100% Plan", "kind", "FLOW", "lifecycle_state", "IN_PRODUCTION"));
        String percentId = register(maker, "maker", percent);
        Map<String, Object> thousand =
                new java.util.HashMap<>(Map.of("name", tag + " budget 1000 plan", "kind", "CANVAS_APP"));
        String thousandId = register(maker, "maker", thousand);
        Map<String, Object> important = new java.util.HashMap<>(
                Map.of("name", tag + " Important one", "kind", "CANVAS_APP", "tier_id", "important", "maker", maker));
        String importantId = register(uniqueSubject("platform"), "platform", important);

        as(maker, "maker")
                .queryParam("tier_id", "important")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(importantId));
        as(maker, "maker")
                .queryParam("tier_id", "productivity")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(thousandId, percentId));
        as(maker, "maker")
                .queryParam("kind", "FLOW")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(percentId));
        as(maker, "maker")
                .queryParam("lifecycle_state", "IN_PRODUCTION")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(percentId));
        as(maker, "maker")
                .queryParam("lifecycle_state", "IN_DEVELOPMENT")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(importantId, thousandId));
        as(maker, "maker")
                .queryParam("q", "BUDGET")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(thousandId, percentId));
        as(maker, "maker")
                .queryParam("q", "100%")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(percentId));
        as(maker, "maker")
                .queryParam("q", "%")
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(percentId));
    }

    // --- ETag / If-Match --------------------------------------------------------------------------------------

    @Test
    void getReturnsVersionAsStrongEtag() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        ExtractableResponse<Response> got =
                as(maker, "maker").when().get(path(id)).then().statusCode(200).extract();
        int version = got.path("version");
        assertThat(got.header("ETag")).isEqualTo("\"" + version + "\"");
    }

    @Test
    void patchWithCurrentEtagSucceedsAndReturnsNewEtag() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String etag = as(maker, "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        ExtractableResponse<Response> patched = jsonAs(maker, "maker")
                .header("If-Match", etag)
                .body(Map.of("description", "Approves travel expenses."))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .body("description", equalTo("Approves travel expenses."))
                .extract();
        int version = patched.path("version");
        assertThat(patched.header("ETag")).isNotEqualTo(etag).isEqualTo("\"" + version + "\"");
        as(maker, "maker").when().get(path(id)).then().statusCode(200).header("ETag", equalTo(patched.header("ETag")));
    }

    @Test
    void patchWithStaleEtagIsPreconditionFailedAndChangesNothing() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String stale = as(maker, "maker").when().get(path(id)).then().extract().header("ETag");
        String current = jsonAs(maker, "maker")
                .body(Map.of("description", "first"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200)
                .extract()
                .header("ETag");

        jsonAs(maker, "maker")
                .header("If-Match", stale)
                .body(Map.of("description", "second", "name", "renamed"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/precondition-failed"));

        as(maker, "maker")
                .when()
                .get(path(id))
                .then()
                .statusCode(200)
                .header("ETag", equalTo(current))
                .body("description", equalTo("first"))
                .body("name", not(equalTo("renamed")));
    }

    @Test
    void archiveWithStaleEtagIsPreconditionFailed() {
        String maker = uniqueSubject("maker");
        String id = registerAsMaker(maker);
        String stale = as(maker, "maker").when().get(path(id)).then().extract().header("ETag");
        jsonAs(maker, "maker")
                .body(Map.of("description", "bump"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        as(maker, "maker")
                .header("If-Match", stale)
                .when()
                .post(path(id) + "/archive")
                .then()
                .statusCode(412)
                .contentType(PROBLEM_JSON);
        as(maker, "maker").when().get(path(id)).then().body("lifecycle_state", equalTo("IN_DEVELOPMENT"));
    }

    // --- Idempotency-Key --------------------------------------------------------------------------------------

    @Test
    void sameIdempotencyKeyAndBodyReplaysTheFirstResponse() {
        String maker = uniqueSubject("maker");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = solution("idempotent");

        ExtractableResponse<Response> first = jsonAs(maker, "maker")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .extract();
        ExtractableResponse<Response> replay = jsonAs(maker, "maker")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", equalTo("true"))
                .extract();

        assertThat(replay.<String>path("id")).isEqualTo(first.path("id"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(replay.header("ETag")).isEqualTo(first.header("ETag"));
        as(maker, "maker")
                .queryParam("q", body.get("name"))
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items.id", contains(first.<String>path("id")));
    }

    @Test
    void sameIdempotencyKeyWithAnotherBodyIsUnprocessable() {
        String maker = uniqueSubject("maker");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = solution("idempotent");
        jsonAs(maker, "maker")
                .header("Idempotency-Key", key)
                .body(body)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(201);

        Map<String, Object> other = solution("different");
        jsonAs(maker, "maker")
                .header("Idempotency-Key", key)
                .body(other)
                .when()
                .post(SOLUTIONS)
                .then()
                .statusCode(422)
                .contentType(PROBLEM_JSON)
                .body("type", equalTo("/problems/idempotency-key-reused"));
        as(maker, "maker")
                .queryParam("q", other.get("name"))
                .when()
                .get(SOLUTIONS)
                .then()
                .statusCode(200)
                .body("items", empty());
    }
}
