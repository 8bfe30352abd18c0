package io.tierdesk.sla.policy;

import io.tierdesk.calendar.CalendarService;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;

/** Keeps calendars that policies (or pinned policy versions) use from being deleted. */
@ApplicationScoped
class SlaCalendarUsage implements CalendarService.Usage {

    private final SlaPolicyRepository policies;

    SlaCalendarUsage(SlaPolicyRepository policies) {
        this.policies = policies;
    }

    @Override
    public List<String> policiesUsing(UUID calendarId) {
        return policies.namesUsingCalendar(calendarId);
    }
}
