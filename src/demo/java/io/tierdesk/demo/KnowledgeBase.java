package io.tierdesk.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Knowledge articles: published ones (some past their review date, so stale), a draft, a retired one. */
final class KnowledgeBase {

    private static final List<List<String>> ARTICLES = List.of(
            List.of("Request access to a SharePoint site", "ACCESS_REQUEST", "english"),
            List.of("Share a canvas app with your team", "HOW_TO", "english"),
            List.of("Why a flow is throttled, and what to do", "PLATFORM_ISSUE", "english"),
            List.of("Ask for a new connector", "CONNECTOR_REQUEST", "english"),
            List.of("Order a sandbox environment", "ENVIRONMENT_REQUEST", "english"),
            List.of("Cómo compartir una aplicación", "HOW_TO", "spanish"),
            List.of("Export a solution for another environment", "HOW_TO", "english"),
            List.of("Attachments fail to save", "BUG", "english"),
            List.of("Restore a deleted flow", "HOW_TO", "english"),
            List.of("Data loss prevention policies explained", "CONNECTOR_REQUEST", "english"),
            List.of("Month-end load: plan capacity ahead", "PLATFORM_ISSUE", "english"),
            List.of("Report a bug well", "BUG", "english"));

    String publishedArticleId;

    private final Api api;
    private final Cast cast;
    private final Organisation org;
    private final String tag;

    KnowledgeBase(Api api, Cast cast, Organisation org, String tag) {
        this.api = api;
        this.cast = cast;
        this.org = org;
        this.tag = tag;
    }

    void load(int count, LocalDate today, String kbCandidateTicketId) {
        Api.As author = api.as(cast.get("hana.helpdesk"));
        for (int i = 0; i < count; i++) {
            List<String> article = ARTICLES.get(i % ARTICLES.size());
            boolean stale = i % 4 == 2;
            Map<String, Object> body = new HashMap<>(Map.of(
                    "title",
                    article.get(0) + tag,
                    "body",
                    "## " + article.get(0) + "\n\nSteps the Service Desk follows, written for makers.",
                    "language",
                    article.get(2),
                    "categories",
                    List.of(article.get(1)),
                    "tags",
                    List.of("demo", article.get(1).toLowerCase()),
                    "owner_team_id",
                    org.team(i % 3 == 1 ? "coe" : "helpdesk"),
                    "review_by",
                    (stale ? today.minusDays(10 + i) : today.plusMonths(3 + i % 6)).toString()));
            String id = author.post("/knowledge-articles", body).id();
            if (i % 6 == 5) {
                continue; // stays a draft
            }
            transition(author, id, "PUBLISHED");
            if (i % 11 == 10) {
                transition(author, id, "RETIRED");
            } else if (publishedArticleId == null) {
                publishedArticleId = id;
            }
        }
        if (kbCandidateTicketId != null) {
            author.post(
                    "/tickets/" + kbCandidateTicketId + "/knowledge-draft",
                    Map.of("language", "english", "owner_team_id", org.team("helpdesk")));
        }
    }

    private static void transition(Api.As author, String id, String state) {
        author.post("/knowledge-articles/" + id + "/transitions", Map.of("to_state", state));
    }
}
