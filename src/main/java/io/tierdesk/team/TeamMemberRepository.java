package io.tierdesk.team;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.common.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class TeamMemberRepository implements PanacheRepositoryBase<TeamMember, TeamMember.Key>, Caller.Memberships {

    @Override
    public Set<UUID> teamsOf(String subject) {
        return new HashSet<>(getEntityManager()
                .createQuery("select m.key.teamId from TeamMember m where m.key.subject = :subject", UUID.class)
                .setParameter("subject", subject)
                .getResultList());
    }

    @Override
    public boolean isLead(UUID teamId, String subject) {
        TeamMember member = findById(new TeamMember.Key(teamId, subject));
        return member != null && member.role == TeamRole.LEAD;
    }

    Set<UUID> teamsOfKind(String subject, TeamKind kind) {
        return new HashSet<>(getEntityManager()
                .createQuery("""
                select m.key.teamId from TeamMember m, Team t
                where t.id = m.key.teamId and m.key.subject = :subject and t.kind = :kind""", UUID.class)
                .setParameter("subject", subject)
                .setParameter("kind", kind)
                .getResultList());
    }

    List<TeamMember> page(UUID teamId, String afterSubject, int fetch) {
        if (afterSubject == null) {
            return find("key.teamId = ?1 order by key.subject", teamId)
                    .page(0, fetch)
                    .list();
        }
        return find("key.teamId = ?1 and key.subject > ?2 order by key.subject", teamId, afterSubject)
                .page(0, fetch)
                .list();
    }
}
