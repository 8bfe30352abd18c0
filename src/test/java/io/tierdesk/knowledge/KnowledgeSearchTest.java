package io.tierdesk.knowledge;

import static io.tierdesk.knowledge.KnowledgeSupport.ARTICLES;
import static io.tierdesk.knowledge.KnowledgeSupport.article;
import static io.tierdesk.knowledge.KnowledgeSupport.publish;
import static io.tierdesk.knowledge.KnowledgeSupport.write;
import static io.tierdesk.support.Fixtures.PROBLEM_JSON;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ranked full-text search in each article's language. Every article here carries a word made up for this run,
 * and every query includes it, so other tests' articles never match.
 */
@QuarkusTest
class KnowledgeSearchTest {

    private String marker;
    private String connectorEn;
    private String environmentEn;
    private String connectorEs;
    private String environmentEs;
    private String draftEn;

    @BeforeEach
    void articles() {
        marker = "zq" + randomLetters(10);
        String agent = uniqueSubject("agent");
        connectorEn = publish(
                agent,
                article(
                        "Requesting a new connector",
                        "Ask the help desk to allow the connector in your environment. " + marker,
                        "english"));
        environmentEn = publish(
                agent,
                article(
                        "Provisioning developer environments",
                        "A new environment may need a data policy before any connector works. " + marker,
                        "english"));
        connectorEs = publish(
                agent,
                article(
                        "Cómo solicitar un conector nuevo",
                        "Pida a la mesa de ayuda que habilite los conectores en su entorno. " + marker,
                        "spanish"));
        environmentEs = publish(
                agent,
                article(
                        "Entornos de desarrollo",
                        "Un entorno nuevo puede necesitar una directiva antes de usar un conector. " + marker,
                        "spanish"));
        draftEn = write(
                agent,
                article("Connector requests, the draft", "Connectors connectors connectors. " + marker, "english"));
    }

    private static String randomLetters(int length) {
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < length; i++) {
            letters.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return letters.toString();
    }

    private List<String> search(String role, String query) {
        return as(uniqueSubject(role), role)
                .queryParam("q", query)
                .queryParam("limit", 10)
                .when()
                .get(ARTICLES + "/search")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
    }

    @Test
    void anEnglishQueryFindsTheEnglishConnectorArticleFirst() {
        List<String> hits = search("maker", "requesting connectors " + marker);
        assertThat(hits).first().isEqualTo(connectorEn);
        assertThat(hits).doesNotContain(draftEn);
    }

    @Test
    void aSpanishQueryFindsTheSpanishConnectorArticleFirst() {
        List<String> hits = search("helpdesk", "solicitar conectores " + marker);
        assertThat(hits).first().isEqualTo(connectorEs);
    }

    @Test
    void titlesWeighMoreThanBodies() {
        assertThat(search("maker", "connector " + marker)).containsSubsequence(connectorEn, environmentEn);
        assertThat(search("maker", "conector " + marker)).containsSubsequence(connectorEs, environmentEs);
    }

    @Test
    void webSearchSyntaxExcludesWords() {
        assertThat(search("maker", "connector -provisioning " + marker))
                .contains(connectorEn)
                .doesNotContain(environmentEn);
    }

    @Test
    void searchNeedsAQueryAndARole() {
        as(uniqueSubject("maker"), "maker")
                .when()
                .get(ARTICLES + "/search")
                .then()
                .statusCode(400)
                .contentType(PROBLEM_JSON);
        as(uniqueSubject("bot"), "automation")
                .queryParam("q", marker)
                .when()
                .get(ARTICLES + "/search")
                .then()
                .statusCode(403);
    }
}
