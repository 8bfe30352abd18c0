package io.tierdesk.solution;

import io.tierdesk.api.CatalogueApi;
import io.tierdesk.api.model.CatalogueEntryDto;
import io.tierdesk.api.model.CatalogueHelpDto;
import io.tierdesk.api.model.CataloguePageDto;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

class CatalogueResource implements CatalogueApi {

    private final Catalogue catalogue;
    private final Pager pager;

    @Context
    UriInfo uri;

    CatalogueResource(Catalogue catalogue, Pager pager) {
        this.catalogue = catalogue;
        this.pager = pager;
    }

    @Override
    public Response listCatalogue(String q, Integer limit, String cursor) {
        Page<Catalogue.Entry> page = pager.page(
                "catalogue:" + (q == null ? "" : q),
                limit,
                cursor,
                2,
                (after, fetch) -> after.first()
                        ? catalogue.page(q, null, null, fetch)
                        : catalogue.page(q, after.text(0), after.id(1), fetch),
                entry -> List.of(entry.solution().name, entry.solution().id.toString()));
        return Responses.page(
                uri, page.map(CatalogueResource::toApi), CataloguePageDto::new, CataloguePageDto::nextCursor);
    }

    private static CatalogueEntryDto toApi(Catalogue.Entry entry) {
        String form = "/api/v1/intake-forms/" + entry.solution().id;
        return new CatalogueEntryDto()
                .solutionId(entry.solution().id)
                .name(entry.solution().name)
                .description(entry.solution().description)
                .tierId(entry.tier().id)
                .tierName(entry.tier().name)
                .help(new CatalogueHelpDto().intakeForm(form).submitTo(form + "/submissions"));
    }
}
