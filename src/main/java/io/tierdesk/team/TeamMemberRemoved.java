package io.tierdesk.team;

import java.util.UUID;

/** Fired in the removing transaction when a subject leaves a team, so features holding the subject can react. */
public record TeamMemberRemoved(UUID teamId, String subject) {}
