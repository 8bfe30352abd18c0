package io.tierdesk.paging;

import io.tierdesk.api.PagesApi;
import io.tierdesk.api.model.PageCreateDto;
import io.tierdesk.api.model.PagePageDto;
import io.tierdesk.api.model.PageStatusDto;
import io.tierdesk.common.ApiForms;
import io.tierdesk.common.ETags;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

class PageResource implements PagesApi {

    private final PageService pages;

    @Context
    UriInfo uri;

    PageResource(PageService pages) {
        this.pages = pages;
    }

    @Override
    @Idempotent
    public Response raisePage(UUID ticketId, PageCreateDto pageCreate, String idempotencyKey) {
        Page page = pages.raise(ticketId, pageCreate.getReason());
        return Response.created(uri.getBaseUriBuilder()
                        .path("pages")
                        .path(page.id.toString())
                        .build())
                .entity(ApiForms.of(page, pages::form))
                .tag(ETags.of(page.version))
                .build();
    }

    @Override
    public Response listTicketPages(UUID ticketId, Integer limit, String cursor) {
        return list(pages.list(ticketId, null, null, limit, cursor));
    }

    @Override
    public Response listPages(PageStatusDto status, UUID teamId, Integer limit, String cursor) {
        return list(pages.list(null, status, teamId, limit, cursor));
    }

    @Override
    public Response getPage(UUID pageId) {
        return one(pages.visible(pageId));
    }

    @Override
    @Idempotent
    public Response acknowledgePage(UUID pageId, String idempotencyKey) {
        return one(pages.acknowledge(pageId));
    }

    @Override
    @Idempotent
    public Response unacknowledgePage(UUID pageId, String idempotencyKey) {
        return one(pages.unacknowledge(pageId));
    }

    @Override
    @Idempotent
    public Response resolvePage(UUID pageId, String idempotencyKey) {
        return one(pages.resolve(pageId));
    }

    private Response one(Page page) {
        return Responses.ok(page, pages::form);
    }

    private Response list(PageService.Listed listed) {
        return Responses.page(
                uri, listed.page().map(page -> listed.forms().get(page.id)), PagePageDto::new, PagePageDto::nextCursor);
    }
}
