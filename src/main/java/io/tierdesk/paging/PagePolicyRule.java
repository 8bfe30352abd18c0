package io.tierdesk.paging;

/** How a page's escalation policy was chosen for the team holding its ticket; stored by name. */
enum PagePolicyRule {
    /** The team's own {@code escalation_policy_id}. */
    TEAM_POLICY,
    /** Without one, the team's first escalation policy by name. */
    FIRST_POLICY_BY_NAME,
    /** Without any policy, one level: the first of the team's rotations with someone on call. */
    TEAM_ROTATIONS
}
