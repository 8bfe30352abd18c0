package io.tierdesk.governance;

import static io.tierdesk.governance.ChecklistItemCode.ALM_PIPELINE;
import static io.tierdesk.governance.ChecklistItemCode.DEDICATED_ENVIRONMENT;
import static io.tierdesk.governance.ChecklistItemCode.KNOWLEDGE_BASE_ARTICLE;
import static io.tierdesk.governance.ChecklistItemCode.ONCALL_ROTATION;
import static io.tierdesk.governance.ChecklistItemCode.RUNBOOK;
import static io.tierdesk.governance.ChecklistItemCode.SERVICE_PRINCIPAL_OWNER;

import io.tierdesk.tier.Tier;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The checklist a handoff carries, derived from the target tier's support model: a tier run by the platform team
 * (Critical) requires everything; a team-led tier (Important) a runbook and a dedicated environment; a maker tier
 * requires nothing. The remaining items are listed as optional so they can still be recorded.
 */
final class HandoffChecklist {

    /** Items whose evidence also attests a requirement the compliance findings check. */
    static final Set<ChecklistItemCode> ATTESTING =
            Set.of(ALM_PIPELINE, SERVICE_PRINCIPAL_OWNER, DEDICATED_ENVIRONMENT);

    private HandoffChecklist() {}

    static List<Handoff.Item> forTier(Tier tier) {
        Set<ChecklistItemCode> required = switch (tier.supportLevel) {
            case MAKER -> Set.of();
            case TEAM -> Set.of(RUNBOOK, DEDICATED_ENVIRONMENT);
            default ->
                Set.of(
                        RUNBOOK,
                        ALM_PIPELINE,
                        DEDICATED_ENVIRONMENT,
                        SERVICE_PRINCIPAL_OWNER,
                        ONCALL_ROTATION,
                        KNOWLEDGE_BASE_ARTICLE);
        };
        List<Handoff.Item> items = new ArrayList<>();
        for (ChecklistItemCode code : ChecklistItemCode.values()) {
            items.add(new Handoff.Item(code, required.contains(code)));
        }
        return items;
    }

    static List<ChecklistItemCode> openRequired(Handoff handoff) {
        return handoff.checklist.stream()
                .filter(item -> item.required && !item.done)
                .map(item -> item.code)
                .toList();
    }
}
