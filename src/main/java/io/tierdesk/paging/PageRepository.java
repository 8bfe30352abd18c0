package io.tierdesk.paging;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ApplicationScoped
class PageRepository implements PanacheRepositoryBase<Page, UUID> {

    /**
     * What a list asks for. {@code teams} and {@code notified} limit a caller who does not see every page to the
     * pages of their teams and those they were notified for; {@code teams} null means every page.
     */
    record Filter(UUID ticketId, PageStatus status, UUID teamId, Set<UUID> teams, String notified) {

        @Override
        public String toString() {
            return ticketId + ":" + status + ":" + teamId;
        }
    }

    /** Newest first, after (created_at, id) of the previous page's last. */
    List<Page> page(Filter filter, OffsetDateTime afterCreated, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = new StringBuilder("1 = 1");
        if (filter.ticketId() != null) {
            where.append(" and p.ticketId = :ticketId");
            params.put("ticketId", filter.ticketId());
        }
        if (filter.status() != null) {
            where.append(" and p.status = :status");
            params.put("status", filter.status());
        }
        if (filter.teamId() != null) {
            where.append(" and p.teamId = :teamId");
            params.put("teamId", filter.teamId());
        }
        if (filter.teams() != null) {
            where.append(" and (p.teamId in :teams or exists (select 1 from PageEvent e where e.pageId = p.id"
                    + " and e.subject = :notified and e.kind in :notifications))");
            params.put("teams", filter.teams().isEmpty() ? Set.of(new UUID(0, 0)) : filter.teams());
            params.put("notified", filter.notified());
            params.put("notifications", List.of(PageEventKind.TRIGGERED, PageEventKind.ESCALATED));
        }
        if (afterCreated != null) {
            where.append(" and (p.createdAt < :afterAt or (p.createdAt = :afterAt and p.id < :afterId))");
            params.put("afterAt", afterCreated);
            params.put("afterId", afterId);
        }
        return find("from Page p where " + where + " order by p.createdAt desc, p.id desc", params)
                .page(0, fetch)
                .list();
    }

    /** The page, locked against the escalation timer and other callers until the transaction ends. */
    Page locked(UUID id) {
        return getEntityManager().find(Page.class, id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The ticket's open pages, locked. */
    List<Page> openOfTicket(UUID ticketId) {
        return find("ticketId = ?1 and status <> ?2", ticketId, PageStatus.RESOLVED)
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .list();
    }

    boolean hasOpen(UUID ticketId) {
        return count("ticketId = ?1 and status <> ?2", ticketId, PageStatus.RESOLVED) > 0;
    }

    /**
     * Locks up to {@code limit} pages due for their next step at {@code now}, with their tickets, skipping those
     * another replica holds: each step is taken by one replica once. Must run in a transaction.
     */
    @SuppressWarnings("unchecked")
    List<UUID> claimDue(OffsetDateTime now, int limit) {
        return getEntityManager()
                .createNativeQuery("""
                        SELECT p.id FROM pages p JOIN tickets t ON t.id = p.ticket_id
                        WHERE p.next_notification_at <= ?1
                        ORDER BY p.next_notification_at
                        LIMIT ?2
                        FOR UPDATE OF p, t SKIP LOCKED""", UUID.class)
                .setParameter(1, Timestamps.utc(now))
                .setParameter(2, limit)
                .getResultList();
    }

    boolean wasNotified(UUID pageId, String subject) {
        return getEntityManager()
                        .createQuery(
                                "select count(e) from PageEvent e where e.pageId = ?1 and e.subject = ?2"
                                        + " and e.kind in ?3",
                                Long.class)
                        .setParameter(1, pageId)
                        .setParameter(2, subject)
                        .setParameter(3, List.of(PageEventKind.TRIGGERED, PageEventKind.ESCALATED))
                        .getSingleResult()
                > 0;
    }

    void persist(PageEvent event) {
        getEntityManager().persist(event);
    }

    /** The timelines of these pages, oldest step first. */
    Map<UUID, List<PageEvent>> timelines(Collection<UUID> pageIds) {
        Map<UUID, List<PageEvent>> timelines = new LinkedHashMap<>();
        pageIds.forEach(id -> timelines.put(id, new ArrayList<>()));
        if (pageIds.isEmpty()) {
            return timelines;
        }
        getEntityManager()
                .createQuery("from PageEvent e where e.pageId in ?1 order by e.at, e.id", PageEvent.class)
                .setParameter(1, pageIds)
                .getResultList()
                .forEach(event -> timelines.get(event.pageId).add(event));
        return timelines;
    }
}
