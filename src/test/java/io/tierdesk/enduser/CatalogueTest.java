package io.tierdesk.enduser;

import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.tierdesk.support.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Where to find apps": the solutions published to end users, searchable and keyset-paged, for every role. */
@QuarkusTest
class CatalogueTest {

    private static final String CATALOGUE = "/api/v1/catalogue";

    @Test
    void listsOnlyPublishedSolutionsWithTheirTierAndHowToGetHelp() {
        String word = Fixtures.uniqueName("zebra").replace("-", "");
        String maker = uniqueSubject("maker");
        String published = registered(maker, word + " expenses", "Approve expense claims", "important");
        String hidden = registered(maker, word + " drafts", "Not for end users", "productivity");
        String archived = registered(maker, word + " retired", "Gone", "productivity");
        publish(maker, published);
        publish(maker, archived);
        jsonAs(maker, "maker")
                .when()
                .post(Fixtures.SOLUTIONS + "/" + archived + "/archive")
                .then()
                .statusCode(200);

        for (String role : List.of("requester", "maker", "helpdesk", "auditor")) {
            as(uniqueSubject("reader"), role)
                    .queryParam("q", word)
                    .when()
                    .get(CATALOGUE)
                    .then()
                    .statusCode(200)
                    .body("items.size()", equalTo(1))
                    .body("items[0].solution_id", equalTo(published))
                    .body("items[0].name", equalTo(word + " expenses"))
                    .body("items[0].description", equalTo("Approve expense claims"))
                    .body("items[0].tier_id", equalTo("important"))
                    .body("items[0].tier_name", equalTo("Important"))
                    .body("items[0].help.intake_form", equalTo("/api/v1/intake-forms/" + published))
                    .body("items[0].help.submit_to", equalTo("/api/v1/intake-forms/" + published + "/submissions"));
        }
        assertThat(hidden).isNotNull();
    }

    @Test
    void searchesNameAndDescriptionIgnoringCase() {
        String word = Fixtures.uniqueName("okapi").replace("-", "");
        String maker = uniqueSubject("maker");
        String byName = registered(maker, word.toUpperCase() + " timesheets", "Hours", "productivity");
        String byDescription = registered(maker, Fixtures.uniqueName("leave"), "Mentions " + word, "productivity");
        publish(maker, byName);
        publish(maker, byDescription);
        List<String> found = as(uniqueSubject("employee"), "requester")
                .queryParam("q", word)
                .when()
                .get(CATALOGUE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.solution_id");
        assertThat(found).containsExactlyInAnyOrder(byName, byDescription);
        List<String> literal = as(uniqueSubject("employee"), "requester")
                .queryParam("q", word + "%")
                .when()
                .get(CATALOGUE)
                .then()
                .statusCode(200)
                .extract()
                .path("items.solution_id");
        assertThat(literal).isEmpty();
    }

    @Test
    void pagesByNameWithASignedCursor() {
        String word = Fixtures.uniqueName("ibis").replace("-", "");
        String maker = uniqueSubject("maker");
        List<String> expected = new ArrayList<>();
        for (String name : List.of("c", "a", "b")) {
            String id = registered(maker, word + " " + name, null, "productivity");
            publish(maker, id);
        }
        String employee = uniqueSubject("employee");
        List<String> names = new ArrayList<>();
        String cursor = null;
        do {
            var request = as(employee, "requester").queryParam("q", word).queryParam("limit", 2);
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            Response page = request.when().get(CATALOGUE);
            assertThat(page.statusCode()).isEqualTo(200);
            names.addAll(page.jsonPath().getList("items.name"));
            cursor = page.jsonPath().getString("next_cursor");
            if (cursor != null) {
                assertThat(page.header("Link")).contains("rel=\"next\"");
            }
        } while (cursor != null);
        expected.addAll(List.of(word + " a", word + " b", word + " c"));
        assertThat(names).isEqualTo(expected);
    }

    @Test
    void withoutATokenItIsUnauthorized() {
        io.restassured.RestAssured.given().when().get(CATALOGUE).then().statusCode(401);
    }

    private static String registered(String maker, String name, String description, String tier) {
        Map<String, Object> body = Fixtures.solution("catalogue");
        body.put("name", name);
        if (description != null) {
            body.put("description", description);
        }
        if (!tier.equals("productivity")) {
            body.put("tier_id", tier);
            body.put("maker", maker);
            return Fixtures.register(uniqueSubject("platform"), "platform", body);
        }
        return Fixtures.register(maker, "maker", body);
    }

    private static void publish(String maker, String solution) {
        jsonAs(maker, "maker")
                .body(Map.of("published_to_end_users", true))
                .when()
                .patch(Fixtures.SOLUTIONS + "/" + solution)
                .then()
                .statusCode(200);
    }
}
