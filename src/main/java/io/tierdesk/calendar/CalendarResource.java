package io.tierdesk.calendar;

import io.tierdesk.api.CalendarsApi;
import io.tierdesk.api.model.CalendarCreateDto;
import io.tierdesk.api.model.CalendarPageDto;
import io.tierdesk.api.model.CalendarUpdateDto;
import io.tierdesk.common.Idempotent;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.common.Responses;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;

class CalendarResource implements CalendarsApi {

    private static final String SCOPE = "calendars";

    private final CalendarService service;
    private final Pager pager;

    @Context
    UriInfo uri;

    CalendarResource(CalendarService service, Pager pager) {
        this.service = service;
        this.pager = pager;
    }

    @Override
    public Response listCalendars(Integer limit, String cursor) {
        Page<CalendarDefinition> page = pager.page(
                SCOPE,
                limit,
                cursor,
                2,
                (after, fetch) -> service.page(after.text(0), after.id(1), fetch),
                calendar -> List.of(calendar.name, calendar.id.toString()));
        return Responses.page(uri, page.map(CalendarMapper::toApi), CalendarPageDto::new, CalendarPageDto::nextCursor);
    }

    @Override
    @Idempotent
    public Response createCalendar(CalendarCreateDto calendarCreate, String idempotencyKey) {
        CalendarDefinition calendar = service.create(calendarCreate);
        return Responses.created(uri, calendar, CalendarMapper::toApi);
    }

    @Override
    public Response getCalendar(UUID calendarId) {
        CalendarDefinition calendar = service.get(calendarId);
        return Responses.ok(calendar, CalendarMapper::toApi);
    }

    @Override
    public Response updateCalendar(UUID calendarId, CalendarUpdateDto calendarUpdate, String ifMatch) {
        CalendarDefinition calendar = service.update(calendarId, calendarUpdate, ifMatch);
        return Responses.ok(calendar, CalendarMapper::toApi);
    }

    @Override
    public Response deleteCalendar(UUID calendarId, String ifMatch) {
        service.delete(calendarId, ifMatch);
        return Response.noContent().build();
    }
}
