package io.tierdesk.knowledge;

import io.tierdesk.api.KnowledgeApi;
import io.tierdesk.api.model.KnowledgeArticleCreateDto;
import io.tierdesk.api.model.KnowledgeArticleDto;
import io.tierdesk.api.model.KnowledgeArticlePageDto;
import io.tierdesk.api.model.KnowledgeArticleStateDto;
import io.tierdesk.api.model.KnowledgeArticleTransitionDto;
import io.tierdesk.api.model.KnowledgeArticleUpdateDto;
import io.tierdesk.api.model.KnowledgeDraftFromTicketDto;
import io.tierdesk.api.model.KnowledgeSearchResultDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketKnowledgeLinkDto;
import io.tierdesk.api.model.TicketKnowledgeLinkInputDto;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Enums;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Responses;
import io.tierdesk.common.Timestamps;
import io.tierdesk.ticketterms.TicketCategory;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

class KnowledgeResource implements KnowledgeApi {

    private final KnowledgeService service;
    private final KnowledgeQueries queries;

    @Context
    UriInfo uri;

    KnowledgeResource(KnowledgeService service, KnowledgeQueries queries) {
        this.service = service;
        this.queries = queries;
    }

    @Override
    public Response listKnowledgeArticles(
            KnowledgeArticleStateDto state,
            String tag,
            TicketCategoryDto category,
            UUID solutionId,
            Integer limit,
            String cursor) {
        var filter = new KnowledgeArticleRepository.Filter(
                state, tag, Enums.same(category, TicketCategory.class), solutionId);
        return page(queries.page(filter, limit, cursor));
    }

    @Override
    @Idempotent
    public Response createKnowledgeArticle(KnowledgeArticleCreateDto request, String idempotencyKey) {
        KnowledgeArticle article = service.create(request);
        return Responses.created(uri, article, service::toApi);
    }

    @Override
    public Response searchKnowledgeArticles(String q, Integer limit) {
        return Response.ok(new KnowledgeSearchResultDto().query(q).items(queries.search(q, limit)))
                .build();
    }

    @Override
    public Response listStaleKnowledgeArticles(Integer limit, String cursor) {
        return page(queries.stale(limit, cursor));
    }

    @Override
    public Response getKnowledgeArticle(UUID articleId) {
        return ok(service.visible(articleId));
    }

    @Override
    public Response updateKnowledgeArticle(UUID articleId, KnowledgeArticleUpdateDto change, String ifMatch) {
        return ok(service.update(articleId, change, ifMatch));
    }

    @Override
    @Idempotent
    public Response transitionKnowledgeArticle(
            UUID articleId, KnowledgeArticleTransitionDto transition, String ifMatch, String idempotencyKey) {
        return ok(service.transition(articleId, transition.getToState(), ifMatch));
    }

    @Override
    @Idempotent
    public Response draftKnowledgeArticleFromTicket(
            UUID ticketId, KnowledgeDraftFromTicketDto request, String idempotencyKey) {
        KnowledgeArticle article = service.draftFromTicket(ticketId, request);
        return Response.created(uri.getBaseUriBuilder()
                        .path("knowledge-articles")
                        .path(article.id.toString())
                        .build())
                .entity(ApiForms.of(article, service::toApi))
                .tag(ETags.of(article.version))
                .build();
    }

    @Override
    public Response linkTicketToKnowledgeArticle(UUID ticketId, TicketKnowledgeLinkInputDto input) {
        TicketKnowledgeLink link = service.link(ticketId, input.getArticleId());
        return Response.ok(new TicketKnowledgeLinkDto()
                        .ticketId(link.ticketId)
                        .articleId(link.articleId)
                        .linkedBy(link.linkedBy)
                        .linkedAt(Timestamps.utc(link.linkedAt)))
                .build();
    }

    private Response ok(KnowledgeArticle article) {
        return Responses.ok(article, service::toApi);
    }

    private Response page(Page<KnowledgeArticleDto> page) {
        return Responses.page(uri, page, KnowledgeArticlePageDto::new, KnowledgeArticlePageDto::nextCursor);
    }
}
