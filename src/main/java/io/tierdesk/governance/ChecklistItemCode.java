package io.tierdesk.governance;

/** An item of a handoff's checklist; stored by name. */
public enum ChecklistItemCode {
    RUNBOOK,
    ALM_PIPELINE,
    DEDICATED_ENVIRONMENT,
    SERVICE_PRINCIPAL_OWNER,
    ONCALL_ROTATION,
    KNOWLEDGE_BASE_ARTICLE
}
