package io.tierdesk.knowledge;

import io.quarkus.security.Authenticated;
import io.tierdesk.api.KnowledgeApi;
import io.tierdesk.api.model.KnowledgeArticleCreate;
import io.tierdesk.api.model.KnowledgeArticlePage;
import io.tierdesk.api.model.KnowledgeArticleState;
import io.tierdesk.api.model.KnowledgeArticleTransition;
import io.tierdesk.api.model.KnowledgeArticleUpdate;
import io.tierdesk.api.model.KnowledgeDraftFromTicket;
import io.tierdesk.api.model.KnowledgeSearchResult;
import io.tierdesk.api.model.TicketCategory;
import io.tierdesk.api.model.TicketKnowledgeLinkInput;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Idempotency;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Roles;
import io.tierdesk.common.Timestamps;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

@Authenticated
class KnowledgeResource implements KnowledgeApi {

    private final KnowledgeService service;
    private final KnowledgeQueries queries;
    private final Idempotency idempotency;

    @Context
    UriInfo uri;

    KnowledgeResource(KnowledgeService service, KnowledgeQueries queries, Idempotency idempotency) {
        this.service = service;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN, Roles.AUDITOR,
            Roles.INTEGRATION })
    public Response listKnowledgeArticles(KnowledgeArticleState state, String tag, TicketCategory category,
            UUID solutionId, Integer limit, String cursor) {
        var filter = new KnowledgeArticleRepository.Filter(state, tag, category, solutionId);
        return page(queries.page(filter, limit, cursor));
    }

    @Override
    @RolesAllowed({ Roles.HELPDESK, Roles.PLATFORM, Roles.ADMIN })
    public Response createKnowledgeArticle(KnowledgeArticleCreate request, String idempotencyKey) {
        return idempotency.run(idempotencyKey, "POST /knowledge-articles", request, () -> {
            KnowledgeArticle article = service.create(request);
            return Responses.created(uri, article.id.toString(), service.toApi(article), article.version);
        });
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN, Roles.AUDITOR,
            Roles.INTEGRATION })
    public Response searchKnowledgeArticles(String q, Integer limit) {
        return Response.ok(new KnowledgeSearchResult().query(q).items(queries.search(q, limit))).build();
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN })
    public Response listStaleKnowledgeArticles(Integer limit, String cursor) {
        return page(queries.stale(limit, cursor));
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN, Roles.AUDITOR,
            Roles.INTEGRATION })
    public Response getKnowledgeArticle(UUID articleId) {
        return ok(service.visible(articleId));
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN })
    public Response updateKnowledgeArticle(UUID articleId, KnowledgeArticleUpdate change, String ifMatch) {
        return ok(service.update(articleId, change, ifMatch));
    }

    @Override
    @RolesAllowed({ Roles.MAKER, Roles.HELPDESK, Roles.PLATFORM, Roles.PARTNER, Roles.ADMIN })
    public Response transitionKnowledgeArticle(UUID articleId, KnowledgeArticleTransition transition,
            String ifMatch) {
        return ok(service.transition(articleId, transition.getToState(), ifMatch));
    }

    @Override
    @RolesAllowed({ Roles.HELPDESK, Roles.PLATFORM, Roles.ADMIN })
    public Response draftKnowledgeArticleFromTicket(UUID ticketId, KnowledgeDraftFromTicket request) {
        KnowledgeArticle article = service.draftFromTicket(ticketId, request);
        return Response.created(uri.getBaseUriBuilder().path("knowledge-articles").path(article.id.toString()).build())
                .entity(service.toApi(article)).tag(ETags.of(article.version)).build();
    }

    @Override
    @RolesAllowed({ Roles.HELPDESK, Roles.PLATFORM, Roles.ADMIN })
    public Response linkTicketToKnowledgeArticle(UUID ticketId, TicketKnowledgeLinkInput input) {
        TicketKnowledgeLink link = service.link(ticketId, input.getArticleId());
        return Response.ok(new io.tierdesk.api.model.TicketKnowledgeLink().ticketId(link.ticketId)
                .articleId(link.articleId).linkedBy(link.linkedBy)
                .linkedAt(Timestamps.utc(link.linkedAt))).build();
    }

    private Response ok(KnowledgeArticle article) {
        return Responses.ok(service.toApi(article), article.version);
    }

    private Response page(Page<io.tierdesk.api.model.KnowledgeArticle> page) {
        KnowledgeArticlePage body = new KnowledgeArticlePage().items(page.items());
        body.setNextCursor(page.nextCursor());
        return Responses.page(uri, body, page.nextCursor());
    }
}
