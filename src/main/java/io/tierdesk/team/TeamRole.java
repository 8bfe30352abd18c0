package io.tierdesk.team;

/** A member's role in a team; stored by name. */
public enum TeamRole {
    MEMBER,
    LEAD
}
