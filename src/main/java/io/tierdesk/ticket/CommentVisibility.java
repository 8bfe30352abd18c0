package io.tierdesk.ticket;

/** Who may read a ticket comment: everyone who sees the ticket, or support staff only; stored by name. */
public enum CommentVisibility {
    PUBLIC,
    INTERNAL
}
