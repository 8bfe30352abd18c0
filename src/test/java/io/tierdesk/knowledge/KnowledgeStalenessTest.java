package io.tierdesk.knowledge;

import static io.tierdesk.knowledge.KnowledgeSupport.ARTICLES;
import static io.tierdesk.knowledge.KnowledgeSupport.article;
import static io.tierdesk.knowledge.KnowledgeSupport.path;
import static io.tierdesk.knowledge.KnowledgeSupport.publish;
import static io.tierdesk.knowledge.KnowledgeSupport.write;
import static io.tierdesk.support.Fixtures.as;
import static io.tierdesk.support.Fixtures.jsonAs;
import static io.tierdesk.support.Tokens.uniqueSubject;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.tierdesk.support.Fixtures;
import io.tierdesk.support.TestClock;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class KnowledgeStalenessTest {

    @Inject
    TestClock clock;

    @Inject
    KnowledgeStaleness staleness;

    @Inject
    io.tierdesk.event.Outbox outbox;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String publishOwned(String owner, String reviewBy) {
        Map<String, Object> body = article(Fixtures.uniqueName("reviewed"), "Body", "english");
        body.put("owner_subject", owner);
        body.put("review_by", reviewBy);
        return publish(uniqueSubject("agent"), body);
    }

    @Test
    void ownersSeeTheirPublishedArticlesPastTheirReviewDateLongestOverdueFirst() {
        clock.set(Instant.parse("2030-06-15T10:00:00Z"));
        String owner = uniqueSubject("owner");
        String team = Fixtures.createTeam("HELP_DESK");
        Fixtures.addMember(team, owner, "LEAD");
        String older = publishOwned(owner, "2030-05-01");
        String newer = publishOwned(owner, "2030-06-14");
        publishOwned(owner, "2030-06-15");
        publishOwned(uniqueSubject("someone-else"), "2030-01-01");
        Map<String, Object> teamOwned = article(Fixtures.uniqueName("team"), "Body", "english");
        teamOwned.put("owner_team_id", team);
        teamOwned.put("review_by", "2030-06-01");
        String teamArticle = publish(uniqueSubject("agent"), teamOwned);
        Map<String, Object> draft = article(Fixtures.uniqueName("draft"), "Body", "english");
        draft.put("owner_subject", owner);
        draft.put("review_by", "2030-01-01");
        write(uniqueSubject("agent"), draft);

        List<String> stale = as(owner, "maker")
                .queryParam("limit", 2)
                .when()
                .get(ARTICLES + "/stale")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        String next = as(owner, "maker")
                .queryParam("limit", 2)
                .when()
                .get(ARTICLES + "/stale")
                .then()
                .extract()
                .path("next_cursor");
        List<String> rest = as(owner, "maker")
                .queryParam("limit", 2)
                .queryParam("cursor", next)
                .when()
                .get(ARTICLES + "/stale")
                .then()
                .statusCode(200)
                .extract()
                .path("items.id");
        assertThat(stale).containsExactly(older, teamArticle);
        assertThat(rest).containsExactly(newer);
        as(owner, "maker").when().get(path(older)).then().body("stale", org.hamcrest.Matchers.equalTo(true));
    }

    @Test
    void theJobReportsEachArticleOncePerReviewDateEvenWithReplicasRacing() throws Exception {
        clock.set(Instant.parse("2031-03-10T10:00:00Z"));
        String owner = uniqueSubject("owner");
        String id = publishOwned(owner, "2031-03-01");
        assertThat(staleEvents(id)).isZero();

        ExecutorService replicas = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(staleness::markDue);
            }
            for (Future<Integer> run : replicas.invokeAll(runs)) {
                run.get();
            }
        } finally {
            replicas.shutdown();
        }
        staleness.markDue();
        assertThat(staleEvents(id)).isEqualTo(1);
        assertThat(outbox.list("resourceId = ?1 and type = 'knowledge.article_stale'", UUID.fromString(id)))
                .singleElement()
                .satisfies(event -> assertThat(event.data)
                        .containsEntry("id", id)
                        .containsEntry("stale", true)
                        .containsEntry("owner_subject", owner));

        String etag = as(owner, "maker").when().get(path(id)).then().extract().header("ETag");
        jsonAs(owner, "maker")
                .header("If-Match", etag)
                .body(Map.of("review_by", "2031-03-05"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        staleness.markDue();
        staleness.markDue();
        assertThat(staleEvents(id)).isEqualTo(2);
        assertThat(outbox.count("resourceId = ?1 and type = 'knowledge.article_stale'", UUID.fromString(id)))
                .isEqualTo(2);

        etag = as(owner, "maker").when().get(path(id)).then().extract().header("ETag");
        jsonAs(owner, "maker")
                .header("If-Match", etag)
                .body(Map.of("review_by", "2031-09-01"))
                .when()
                .patch(path(id))
                .then()
                .statusCode(200);
        staleness.markDue();
        assertThat(staleEvents(id)).isEqualTo(2);
    }

    private static int staleEvents(String id) {
        return as(uniqueSubject("auditor"), "auditor")
                .queryParam("resource_type", "knowledge_article")
                .queryParam("resource_id", id)
                .queryParam("action", "knowledge_article.stale")
                .queryParam("limit", 50)
                .when()
                .get("/api/v1/audit-events")
                .then()
                .statusCode(200)
                .extract()
                .path("items.size()");
    }
}
