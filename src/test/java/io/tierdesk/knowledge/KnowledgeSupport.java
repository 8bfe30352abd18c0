package io.tierdesk.knowledge;

import static io.tierdesk.support.Fixtures.jsonAs;

import io.restassured.response.ValidatableResponse;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.Paths;
import java.util.HashMap;
import java.util.Map;

/** Builders for the knowledge-base HTTP tests. */
final class KnowledgeSupport {

    static final String ARTICLES = Paths.KNOWLEDGE_ARTICLES;

    private KnowledgeSupport() {}

    static String path(String id) {
        return ARTICLES + "/" + id;
    }

    static Map<String, Object> article(String title, String body, String language) {
        Map<String, Object> article = new HashMap<>();
        article.put("title", title);
        article.put("body", body);
        article.put("language", language);
        return article;
    }

    /** A help-desk agent writes the article; returns its id. */
    static String write(String agent, Map<String, Object> body) {
        return jsonAs(agent, "helpdesk")
                .body(body)
                .when()
                .post(ARTICLES)
                .then()
                .statusCode(201)
                .extract()
                .path("id");
    }

    static String writeDraft(String agent) {
        return write(agent, article(Fixtures.uniqueName("article"), "Some *Markdown* body.", "english"));
    }

    static ValidatableResponse move(String id, String subject, String role, String toState) {
        return jsonAs(subject, role)
                .body(Map.of("to_state", toState))
                .when()
                .post(path(id) + "/transitions")
                .then();
    }

    static String publish(String agent, Map<String, Object> body) {
        String id = write(agent, body);
        move(id, agent, "helpdesk", "PUBLISHED").statusCode(200);
        return id;
    }
}
