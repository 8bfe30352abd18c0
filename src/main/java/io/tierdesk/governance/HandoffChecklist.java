package io.tierdesk.governance;

import static io.tierdesk.api.model.ChecklistItemCodeDto.ALM_PIPELINE;
import static io.tierdesk.api.model.ChecklistItemCodeDto.DEDICATED_ENVIRONMENT;
import static io.tierdesk.api.model.ChecklistItemCodeDto.KNOWLEDGE_BASE_ARTICLE;
import static io.tierdesk.api.model.ChecklistItemCodeDto.ONCALL_ROTATION;
import static io.tierdesk.api.model.ChecklistItemCodeDto.RUNBOOK;
import static io.tierdesk.api.model.ChecklistItemCodeDto.SERVICE_PRINCIPAL_OWNER;

import io.tierdesk.api.model.ChecklistItemCodeDto;
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
    static final Set<ChecklistItemCodeDto> ATTESTING = Set.of(ALM_PIPELINE, SERVICE_PRINCIPAL_OWNER, DEDICATED_ENVIRONMENT);

    private HandoffChecklist() {
    }

    static List<Handoff.Item> forTier(Tier tier) {
        Set<ChecklistItemCodeDto> required = switch (tier.supportLevel) {
            case MAKER -> Set.of();
            case TEAM -> Set.of(RUNBOOK, DEDICATED_ENVIRONMENT);
            default -> Set.of(RUNBOOK, ALM_PIPELINE, DEDICATED_ENVIRONMENT, SERVICE_PRINCIPAL_OWNER, ONCALL_ROTATION,
                    KNOWLEDGE_BASE_ARTICLE);
        };
        List<Handoff.Item> items = new ArrayList<>();
        for (ChecklistItemCodeDto code : ChecklistItemCodeDto.values()) {
            items.add(new Handoff.Item(code, required.contains(code)));
        }
        return items;
    }

    static List<ChecklistItemCodeDto> openRequired(Handoff handoff) {
        return handoff.checklist.stream().filter(item -> item.required && !item.done).map(item -> item.code).toList();
    }
}
