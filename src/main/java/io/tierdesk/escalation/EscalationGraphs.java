package io.tierdesk.escalation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * The escalation graph in force, as the ticket side asks for it. A published version never changes, so the last
 * one read is kept; which version is in force is still asked of the database every time, so a version another
 * replica publishes takes effect at once.
 */
@ApplicationScoped
public class EscalationGraphs {

    private final EscalationGraphRepository graphs;
    private volatile EscalationRules last;

    EscalationGraphs(EscalationGraphRepository graphs) {
        this.graphs = graphs;
    }

    @Transactional
    public EscalationRules inForce() {
        int version = graphs.versionInForce();
        EscalationRules rules = last;
        if (rules == null || rules.version() != version) {
            rules = EscalationRules.of(graphs.published(version));
            last = rules;
        }
        return rules;
    }
}
