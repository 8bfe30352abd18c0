package io.tierdesk.escalation;

/** A graph is edited as a draft and frozen when published. */
public enum GraphState {
    DRAFT,
    PUBLISHED
}
