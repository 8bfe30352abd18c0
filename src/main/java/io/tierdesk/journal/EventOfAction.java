package io.tierdesk.journal;

import static java.util.Map.entry;

import io.tierdesk.event.EventType;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The one mapping from an audited action to the event webhooks receive for it; most actions have none. */
final class EventOfAction {

    private static final Map<String, EventType> EVENTS = Map.ofEntries(
            entry("ticket.created", EventType.TICKET_CREATED),
            entry("ticket.updated", EventType.TICKET_UPDATED),
            entry("ticket.escalated", EventType.TICKET_ESCALATED),
            entry("ticket.advisory_linked", EventType.TICKET_UPDATED),
            entry("ticket.rerouted", EventType.TICKET_ROUTED),
            entry("solution.registered", EventType.SOLUTION_REGISTERED),
            entry("graduation_request.created", EventType.GRADUATION_REQUESTED),
            entry("graduation_request.approved", EventType.GRADUATION_APPROVED),
            entry("graduation_request.rejected", EventType.GRADUATION_REJECTED),
            entry("graduation_request.completed", EventType.GRADUATION_COMPLETED),
            entry("graduation_request.cancelled", EventType.GRADUATION_CANCELLED),
            entry("handoff.proposed", EventType.HANDOFF_PROPOSED),
            entry("handoff.accepted", EventType.HANDOFF_ACCEPTED),
            entry("handoff.rejected", EventType.HANDOFF_REJECTED),
            entry("handoff.in_progress", EventType.HANDOFF_IN_PROGRESS),
            entry("handoff.completed", EventType.HANDOFF_COMPLETED),
            entry("handoff.cancelled", EventType.HANDOFF_CANCELLED),
            entry("handoff.checklist_ticked", EventType.HANDOFF_CHECKLIST_TICKED),
            entry("environment_request.created", EventType.ENVIRONMENT_REQUEST_CREATED),
            entry("environment_request.approved", EventType.ENVIRONMENT_REQUEST_APPROVED),
            entry("environment_request.rejected", EventType.ENVIRONMENT_REQUEST_REJECTED),
            entry("environment_request.cancelled", EventType.ENVIRONMENT_REQUEST_CANCELLED),
            entry("environment_request.retried", EventType.ENVIRONMENT_REQUEST_RETRIED),
            entry("environment_request.claimed", EventType.ENVIRONMENT_REQUEST_CLAIMED),
            entry("environment_request.provisioned", EventType.ENVIRONMENT_REQUEST_PROVISIONED),
            entry("environment_request.failed", EventType.ENVIRONMENT_REQUEST_FAILED),
            entry("environment_request.expiry_warning", EventType.ENVIRONMENT_REQUEST_EXPIRY_WARNING),
            entry("environment_request.expired", EventType.ENVIRONMENT_REQUEST_EXPIRED),
            entry("knowledge_article.stale", EventType.KNOWLEDGE_ARTICLE_STALE),
            entry("shift_handoff.created", EventType.SHIFT_HANDOFF_CREATED),
            entry("page.triggered", EventType.PAGE_TRIGGERED),
            entry("page.escalated", EventType.PAGE_ESCALATED),
            entry("page.acknowledged", EventType.PAGE_ACKNOWLEDGED),
            entry("page.unacknowledged", EventType.PAGE_UNACKNOWLEDGED),
            entry("page.resolved", EventType.PAGE_RESOLVED),
            entry("page.unanswered", EventType.PAGE_UNANSWERED),
            entry("webhook.disabled", EventType.WEBHOOK_DISABLED));

    private EventOfAction() {}

    /**
     * The event for an action, given the API forms before and after it. Two depend on the change itself: a status
     * change of a ticket is heard as resolved, closed or updated; any change of a solution that moves it to another
     * tier is heard as a tier change.
     */
    static Optional<EventType> of(String action, Map<String, Object> before, Map<String, Object> after) {
        if (action.equals("ticket.status_changed")) {
            Object status = after == null ? null : after.get("status");
            return Optional.of(
                    "RESOLVED".equals(status)
                            ? EventType.TICKET_RESOLVED
                            : "CLOSED".equals(status) ? EventType.TICKET_CLOSED : EventType.TICKET_UPDATED);
        }
        if (action.startsWith("solution.")
                && before != null
                && after != null
                && !Objects.equals(before.get("tier_id"), after.get("tier_id"))) {
            return Optional.of(EventType.SOLUTION_TIER_CHANGED);
        }
        return Optional.ofNullable(EVENTS.get(action));
    }
}
