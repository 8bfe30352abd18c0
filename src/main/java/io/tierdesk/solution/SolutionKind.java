package io.tierdesk.solution;

/** What a solution is built as; stored by name. */
public enum SolutionKind {
    CANVAS_APP,
    MODEL_DRIVEN_APP,
    FLOW,
    CHATBOT,
    OTHER
}
