package io.tierdesk.oncall.rotation;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
public class RotationRepository implements PanacheRepositoryBase<Rotation, UUID> {

    /** A team's rotations ordered by name then id, after (name, id) of the previous page's last. */
    List<Rotation> page(UUID teamId, String afterName, UUID afterId, int fetch) {
        if (afterName == null) {
            return find("teamId = ?1 order by name, id", teamId).page(0, fetch).list();
        }
        return find(
                        "teamId = ?1 and (name > ?2 or (name = ?2 and id > ?3)) order by name, id",
                        teamId,
                        afterName,
                        afterId)
                .page(0, fetch)
                .list();
    }

    /** Ids of the rotations created before {@code until} that had not ended by {@code since}. */
    public List<UUID> activeBetween(Instant since, Instant until) {
        return getEntityManager()
                .createQuery(
                        "select r.id from Rotation r where r.createdAt < ?1"
                                + " and (r.effectiveUntil is null or r.effectiveUntil > ?2) order by r.id",
                        UUID.class)
                .setParameter(1, OffsetDateTime.ofInstant(until, ZoneOffset.UTC))
                .setParameter(2, OffsetDateTime.ofInstant(since, ZoneOffset.UTC))
                .getResultList();
    }

    public List<Rotation> ofTeam(UUID teamId, int max) {
        return find("teamId = ?1 order by name, id", teamId).page(0, max).list();
    }

    /**
     * Rotations of the given teams (all teams when null) in which the subject ever rotates or overrides, or had an
     * event in a calendar feed (which may need cancelling).
     */
    public List<Rotation> involving(String subject, Set<UUID> teams, int max) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = getEntityManager()
                .createNativeQuery("""
                SELECT d.rotation_id FROM rotation_definitions d WHERE ?1 = ANY (d.members)
                UNION SELECT o.rotation_id FROM rotation_overrides o WHERE o.member = ?1
                UNION SELECT e.rotation_id FROM rotation_feed_events e WHERE e.member = ?1""", UUID.class)
                .setParameter(1, subject)
                .getResultList();
        if (ids.isEmpty() || (teams != null && teams.isEmpty())) {
            return List.of();
        }
        if (teams == null) {
            return find("id in ?1 order by name, id", ids).page(0, max).list();
        }
        return find("id in ?1 and teamId in ?2 order by name, id", ids, teams)
                .page(0, max)
                .list();
    }
}
