package io.tierdesk.event;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The event catalogue: every event a webhook can receive, the kind of resource it is about and the contract schema
 * of its {@code data}. The contract's {@code EventType} enum lists the same names.
 */
public enum EventType {
    SOLUTION_REGISTERED("solution.registered", "solution", "Solution", "A solution was registered in the inventory."),
    SOLUTION_TIER_CHANGED("solution.tier_changed", "solution", "Solution", "A solution moved to another tier."),
    TICKET_CREATED("ticket.created", "ticket", "Ticket", "A ticket was raised (and routed)."),
    TICKET_UPDATED(
            "ticket.updated",
            "ticket",
            "Ticket",
            "A ticket's fields or status changed (other than resolving and closing)."),
    TICKET_ROUTED("ticket.routed", "ticket", "Ticket", "A ticket was re-routed to another level or team."),
    TICKET_ESCALATED("ticket.escalated", "ticket", "Ticket", "A ticket was escalated, by hand or on an SLA breach."),
    TICKET_RESOLVED("ticket.resolved", "ticket", "Ticket", "A ticket was resolved."),
    TICKET_CLOSED("ticket.closed", "ticket", "Ticket", "A ticket was closed."),
    SLA_WARNING("sla.warning", "ticket", "SlaEventData", "An SLA clock of a ticket crossed a warning threshold."),
    SLA_BREACHED("sla.breached", "ticket", "SlaEventData", "An SLA clock of a ticket passed its due time."),
    ONCALL_PAGED(
            "oncall.paged",
            "ticket",
            "OnCallPagedData",
            "Someone on call was notified by a page about a ticket (superseded by page.triggered and page.escalated,"
                    + " still sent for each notification that reached someone)."),
    PAGE_TRIGGERED(
            "page.triggered", "page", "PageEventData", "A page was raised for a ticket and its first level notified."),
    PAGE_ESCALATED(
            "page.escalated",
            "page",
            "PageEventData",
            "Nobody acknowledged a page in time: the next level (or the next run through the levels) was notified."),
    PAGE_ACKNOWLEDGED("page.acknowledged", "page", "PageEventData", "Someone acknowledged a page; escalation stopped."),
    PAGE_UNACKNOWLEDGED(
            "page.unacknowledged",
            "page",
            "PageEventData",
            "A page was handed back; escalation starts again at its first level."),
    PAGE_RESOLVED(
            "page.resolved", "page", "PageEventData", "A page ended, by hand or because its ticket was resolved."),
    PAGE_UNANSWERED(
            "page.unanswered",
            "page",
            "PageEventData",
            "Every level and repeat of a page went by without an acknowledgement."),
    SHIFT_HANDOFF_CREATED(
            "shift.handoff_created",
            "shift_handoff",
            "ShiftHandoffSummary",
            "Someone came on call at a shift boundary; the handoff record awaits notes and acknowledgement."),
    GRADUATION_REQUESTED(
            "graduation.requested",
            "graduation_request",
            "GraduationRequest",
            "A solution's graduation to a higher tier was requested."),
    GRADUATION_APPROVED(
            "graduation.approved", "graduation_request", "GraduationRequest", "A graduation request was approved."),
    GRADUATION_REJECTED(
            "graduation.rejected", "graduation_request", "GraduationRequest", "A graduation request was rejected."),
    GRADUATION_COMPLETED(
            "graduation.completed",
            "graduation_request",
            "GraduationRequest",
            "A graduation finished through its handoff."),
    GRADUATION_CANCELLED(
            "graduation.cancelled",
            "graduation_request",
            "GraduationRequest",
            "A graduation ended because its handoff was rejected or cancelled."),
    HANDOFF_PROPOSED("handoff.proposed", "handoff", "Handoff", "A handoff of a solution's support was proposed."),
    HANDOFF_ACCEPTED("handoff.accepted", "handoff", "Handoff", "The receiving team accepted a handoff."),
    HANDOFF_REJECTED("handoff.rejected", "handoff", "Handoff", "The receiving team rejected a handoff."),
    HANDOFF_IN_PROGRESS("handoff.in_progress", "handoff", "Handoff", "Work on a handoff started."),
    HANDOFF_COMPLETED("handoff.completed", "handoff", "Handoff", "A handoff completed; the solution's support moved."),
    HANDOFF_CANCELLED("handoff.cancelled", "handoff", "Handoff", "A handoff was cancelled."),
    HANDOFF_CHECKLIST_TICKED(
            "handoff.checklist_ticked", "handoff", "Handoff", "An item of a handoff's checklist was ticked."),
    ENVIRONMENT_REQUEST_CREATED(
            "environment_request.created",
            "environment_request",
            "EnvironmentRequest",
            "An environment was requested."),
    ENVIRONMENT_REQUEST_APPROVED(
            "environment_request.approved",
            "environment_request",
            "EnvironmentRequest",
            "An environment request was approved and queued for provisioning."),
    ENVIRONMENT_REQUEST_REJECTED(
            "environment_request.rejected",
            "environment_request",
            "EnvironmentRequest",
            "An environment request was rejected."),
    ENVIRONMENT_REQUEST_CANCELLED(
            "environment_request.cancelled",
            "environment_request",
            "EnvironmentRequest",
            "An environment request was cancelled."),
    ENVIRONMENT_REQUEST_RETRIED(
            "environment_request.retried",
            "environment_request",
            "EnvironmentRequest",
            "A failed environment request was queued again."),
    ENVIRONMENT_REQUEST_CLAIMED(
            "environment_request.claimed",
            "environment_request",
            "EnvironmentRequest",
            "Provisioning automation claimed an environment request."),
    ENVIRONMENT_REQUEST_PROVISIONED(
            "environment_request.provisioned",
            "environment_request",
            "EnvironmentRequest",
            "The requested environment is live."),
    ENVIRONMENT_REQUEST_FAILED(
            "environment_request.failed", "environment_request", "EnvironmentRequest", "Provisioning failed."),
    ENVIRONMENT_REQUEST_EXPIRY_WARNING(
            "environment_request.expiry_warning",
            "environment_request",
            "EnvironmentRequest",
            "A live environment expires soon."),
    ENVIRONMENT_REQUEST_EXPIRED(
            "environment_request.expired",
            "environment_request",
            "EnvironmentRequest",
            "A live environment reached its expiry."),
    KNOWLEDGE_ARTICLE_STALE(
            "knowledge.article_stale",
            "knowledge_article",
            "KnowledgeArticle",
            "A published knowledge article passed its review date."),
    WEBHOOK_TEST(
            "webhook.test",
            "webhook",
            "WebhookTestData",
            "A test event its subscriber asked for; delivered to that subscription only."),
    WEBHOOK_DISABLED(
            "webhook.disabled",
            "webhook",
            "WebhookSubscription",
            "A webhook subscription kept failing and was disabled.");

    private static final Map<String, EventType> BY_NAME =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(EventType::eventName, Function.identity()));

    private final String eventName;
    private final String resourceType;
    private final String dataSchema;
    private final String description;

    EventType(String eventName, String resourceType, String dataSchema, String description) {
        this.eventName = eventName;
        this.resourceType = resourceType;
        this.dataSchema = dataSchema;
        this.description = description;
    }

    /** The name on the wire, e.g. {@code ticket.created}. */
    public String eventName() {
        return eventName;
    }

    public String resourceType() {
        return resourceType;
    }

    /** The contract schema that describes the event's {@code data}. */
    public String dataSchema() {
        return dataSchema;
    }

    public String description() {
        return description;
    }

    /** The catalogued event of this name, if any; audit actions that are not events (e.g. lease renewals) have none. */
    public static Optional<EventType> named(String eventName) {
        return Optional.ofNullable(BY_NAME.get(eventName));
    }
}
