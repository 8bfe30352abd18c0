package io.tierdesk.ticketterms;

/** What kind of help a ticket asks for. */
public enum TicketCategory {
    ACCESS_REQUEST,
    HOW_TO,
    BUG,
    CHANGE_REQUEST,
    PLATFORM_ISSUE,
    CONNECTOR_REQUEST,
    ENVIRONMENT_REQUEST
}
