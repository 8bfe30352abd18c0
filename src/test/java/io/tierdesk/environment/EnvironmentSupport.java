package io.tierdesk.environment;

import static io.tierdesk.support.Fixtures.jsonAs;

import io.restassured.response.Response;
import io.tierdesk.support.Paths;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builders for environment-request tests; every request has a unique display name. */
final class EnvironmentSupport {

    static final String REQUESTS = Paths.ENVIRONMENT_REQUESTS;
    static final String ADMIN = "env-admin";

    private EnvironmentSupport() {}

    static Map<String, Object> body(String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("display_name", name);
        body.put("type", "SANDBOX");
        body.put("region", "europe");
        body.put("purpose", "Development environment for " + name);
        body.put("requested_admins", List.of("alice"));
        body.put("dataverse", true);
        return body;
    }

    static String create(String maker, Map<String, Object> body) {
        return jsonAs(maker, "maker")
                .body(body)
                .when()
                .post(REQUESTS)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String approved(String maker, Map<String, Object> body) {
        String id = create(maker, body);
        jsonAs(ADMIN, "admin")
                .when()
                .post(REQUESTS + "/" + id + "/approve")
                .then()
                .statusCode(200);
        return id;
    }

    /** Claims as this worker until the given request is among the claimed ones (older queued work comes first). */
    static Map<String, Object> claimUntil(String worker, String id) {
        for (int attempt = 0; attempt < 50; attempt++) {
            Response response = jsonAs(worker, "automation")
                    .body(Map.of("max_items", 50, "lease_seconds", 300))
                    .when()
                    .post(REQUESTS + "/claim");
            if (response.statusCode() == 204) {
                break;
            }
            List<Map<String, Object>> items =
                    response.then().statusCode(200).extract().path("items");
            for (Map<String, Object> item : items) {
                if (id.equals(item.get("id"))) {
                    return item;
                }
            }
        }
        throw new AssertionError("request " + id + " was never claimed");
    }
}
