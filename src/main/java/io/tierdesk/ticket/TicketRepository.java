package io.tierdesk.ticket;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.tierdesk.ticketterms.TicketCategory;
import io.tierdesk.ticketterms.TicketPriority;
import io.tierdesk.ticketterms.TicketStatus;
import io.tierdesk.tier.SupportLevel;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

@ApplicationScoped
public class TicketRepository implements PanacheRepositoryBase<Ticket, UUID> {

    private static final String BY_ID = "from Ticket t left join fetch t.externalRefs where t.id = :id";

    private static final String CREATED_BEFORE_POSITION = " and (t.createdAt, t.id) < (:afterAt, :afterId)";
    private static final String DUE_AFTER_POSITION = " and (t.dueAt, t.id) > (:afterAt, :afterId)";
    private static final String UNDATED = " and t.dueAt is null";
    private static final String ID_AFTER_POSITION = " and t.id > :afterId";

    /**
     * Words of {@code q} in the ticket's search document, as web-search syntax ("quoted phrases", or, -not) in every
     * language the knowledge base speaks; the GIN index on the document answers it. HQL knows no {@code @@}: the
     * SQL is embedded, and typed by the cast (a boolean cast to boolean, which PostgreSQL drops).
     */
    private static final String TEXT_MATCH = "cast(sql('(? @@ (websearch_to_tsquery(''english'', ?)"
            + " || websearch_to_tsquery(''spanish'', ?)))', t.searchVector, :q, :q) as Boolean)";

    record Filter(
            TicketStatus status,
            SupportLevel level,
            UUID teamId,
            String assignee,
            String requester,
            UUID solutionId,
            TicketPriority priority,
            TicketCategory category,
            Boolean open,
            Boolean breached,
            OffsetDateTime dueBefore,
            String externalSystem,
            String externalId,
            String q) {}

    /** Where the previous page ended, in the order of the chosen sort. */
    record Position(OffsetDateTime at, UUID id) {}

    List<Ticket> pageByCreation(Filter filter, TicketAccess access, Position after, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, access, params);
        if (after != null) {
            // A row-value comparison is an index condition, so a deep page costs what the first one does.
            where.append(CREATED_BEFORE_POSITION);
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
        }
        return find(byCreation(where), params).page(0, fetch).list();
    }

    /**
     * Soonest due first; tickets with no running clock come last, in id order. After a position with a due time
     * the page continues with a row-value comparison (an index condition, so a deep page costs what the first one
     * does) and, when the dated tickets run out, with the undated ones.
     */
    List<Ticket> pageByDue(Filter filter, TicketAccess access, Position after, int fetch) {
        if (after != null && after.at() != null) {
            Map<String, Object> params = new HashMap<>();
            StringBuilder where = where(filter, access, params);
            where.append(DUE_AFTER_POSITION);
            params.put("afterAt", after.at());
            params.put("afterId", after.id());
            List<Ticket> dated = new ArrayList<>(
                    find(datedByDue(where), params).page(0, fetch).list());
            if (dated.size() < fetch) {
                dated.addAll(undated(filter, access, null, fetch - dated.size()));
            }
            return dated;
        }
        if (after != null) {
            return undated(filter, access, after.id(), fetch);
        }
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, access, params);
        return find(byDue(where), params).page(0, fetch).list();
    }

    private List<Ticket> undated(Filter filter, TicketAccess access, UUID afterId, int fetch) {
        Map<String, Object> params = new HashMap<>();
        StringBuilder where = where(filter, access, params).append(UNDATED);
        if (afterId != null) {
            where.append(ID_AFTER_POSITION);
            params.put("afterId", afterId);
        }
        return find(undatedById(where), params).page(0, fetch).list();
    }

    List<Ticket> openOfSolution(UUID solutionId) {
        return find(
                        "solutionId = ?1 and status not in ?2 order by createdAt, id",
                        solutionId,
                        List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED))
                .list();
    }

    /** A solution's open tickets at the levels its support model names (maker, team, platform), oldest first. */
    List<Ticket> openAtSolutionLevels(UUID solutionId) {
        return find(
                        "solutionId = ?1 and status not in ?2 and supportLevel in ?3 order by createdAt, id",
                        solutionId,
                        List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED),
                        List.of(SupportLevel.MAKER, SupportLevel.TEAM, SupportLevel.PLATFORM))
                .list();
    }

    /**
     * The ticket with its external references in one statement; a lazy load of the collection would be a second
     * one, and Hibernate builds a batch loader for it on every load.
     */
    Ticket withExternalRefs(UUID id) {
        return withExternalRefs(id, "", new HashMap<>());
    }

    /**
     * The same, only if it also meets {@code visibility} (HQL on {@code t}, as {@link TicketAccess#restrictOne} writes
     * it): a hidden ticket and a missing one are the same query answering no row.
     */
    Ticket withExternalRefs(UUID id, String visibility, Map<String, Object> params) {
        params.put("id", id);
        return find(BY_ID + visibility, params).singleResultOptional().orElse(null);
    }

    /** The ticket that carries this external reference, if any. */
    Ticket byExternalRef(String system, String externalId) {
        return getEntityManager()
                .createQuery("""
                select t from Ticket t join t.externalRefs r
                where r.system = :system and r.externalId = :externalId""", Ticket.class)
                .setParameter("system", system)
                .setParameter("externalId", externalId)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    boolean externalRefTakenByOther(UUID ticketId, Collection<Ticket.ExternalRef> refs) {
        for (Ticket.ExternalRef ref : refs) {
            Long count = getEntityManager()
                    .createQuery("""
                    select count(t) from Ticket t join t.externalRefs r
                    where r.system = :system and r.externalId = :externalId and t.id <> :id""", Long.class)
                    .setParameter("system", ref.system())
                    .setParameter("externalId", ref.externalId())
                    .setParameter("id", ticketId)
                    .getSingleResult();
            if (count > 0) {
                return true;
            }
        }
        return false;
    }

    private static String byCreation(CharSequence where) {
        return "from Ticket t where " + where + " order by t.createdAt desc, t.id desc";
    }

    private static String datedByDue(CharSequence where) {
        return "from Ticket t where " + where + " order by t.dueAt asc, t.id asc";
    }

    private static String byDue(CharSequence where) {
        return "from Ticket t where " + where + " order by t.dueAt asc nulls last, t.id asc";
    }

    private static String undatedById(CharSequence where) {
        return "from Ticket t where " + where + " order by t.id asc";
    }

    /**
     * The list queries with every filter, a maker's visibility and a cursor position, and the lookup by id with the
     * visibility of a maker and of a caller who is none: parsed once at start-up ({@link TicketQueryWarmUp}), they
     * cover every construct these queries use.
     */
    static List<String> representativeQueries() {
        List<String> queries = new ArrayList<>(representativeListQueries());
        for (boolean maker : List.of(false, true)) {
            StringBuilder visibility = new StringBuilder();
            TicketAccess.appendVisibility(visibility, TicketAccess.MY_TEAMS, maker);
            queries.add(BY_ID + visibility);
        }
        return queries;
    }

    private static List<String> representativeListQueries() {
        UUID anyId = new UUID(0, 0);
        Filter everyFilter = new Filter(
                TicketStatus.NEW,
                SupportLevel.TEAM,
                anyId,
                "assignee",
                "requester",
                anyId,
                TicketPriority.P1,
                TicketCategory.BUG,
                true,
                true,
                OffsetDateTime.now(),
                "system",
                "id",
                "words");
        String where = where(
                        everyFilter,
                        (sql, params) -> TicketAccess.appendVisibility(sql, ":myTeams", true),
                        new HashMap<>(),
                        List.of(anyId))
                .toString();
        return List.of(
                byCreation(where),
                byCreation(where + CREATED_BEFORE_POSITION),
                byDue(where),
                datedByDue(where + DUE_AFTER_POSITION),
                undatedById(where + UNDATED + ID_AFTER_POSITION));
    }

    private StringBuilder where(Filter filter, TicketAccess access, Map<String, Object> params) {
        return where(filter, access::restrict, params, filter.q() == null ? List.of() : exactMatches(filter.q()));
    }

    /**
     * The tickets a search names exactly: by id (the whole of {@code q} a UUID) or by an external reference's id in
     * any system. Looked up first, so that the list query ORs a short id list with the text match, which the
     * planner combines with the full-text index (an OR with a subquery would be a filter on every row).
     */
    private List<UUID> exactMatches(String q) {
        List<UUID> ids = new ArrayList<>(getEntityManager()
                .createQuery("select t.id from Ticket t join t.externalRefs r where r.externalId = :q", UUID.class)
                .setParameter("q", q)
                .setMaxResults(100)
                .getResultList());
        try {
            ids.add(UUID.fromString(q.trim()));
        } catch (IllegalArgumentException notAnId) {
            // Only words, then.
        }
        return ids;
    }

    private static StringBuilder where(
            Filter filter,
            BiConsumer<StringBuilder, Map<String, Object>> visibility,
            Map<String, Object> params,
            List<UUID> exact) {
        StringBuilder where = new StringBuilder("1 = 1");
        equal(where, params, "status", filter.status());
        equal(where, params, "supportLevel", filter.level());
        equal(where, params, "teamId", filter.teamId());
        equal(where, params, "assignee", filter.assignee());
        equal(where, params, "requester", filter.requester());
        equal(where, params, "solutionId", filter.solutionId());
        equal(where, params, "priority", filter.priority());
        equal(where, params, "category", filter.category());
        equal(where, params, "breached", filter.breached());
        if (filter.open() != null) {
            where.append(filter.open() ? " and t.status not in :closedStatuses" : " and t.status in :closedStatuses");
            params.put("closedStatuses", List.of(TicketStatus.RESOLVED, TicketStatus.CLOSED));
        }
        if (filter.dueBefore() != null) {
            where.append(" and t.dueAt < :dueBefore");
            params.put("dueBefore", filter.dueBefore());
        }
        if (filter.externalSystem() != null || filter.externalId() != null) {
            where.append(" and exists (select 1 from Ticket x join x.externalRefs r where x.id = t.id"
                    + " and r.system = :extSystem and r.externalId = :extId)");
            params.put("extSystem", String.valueOf(filter.externalSystem()));
            params.put("extId", String.valueOf(filter.externalId()));
        }
        if (filter.q() != null) {
            where.append(" and (").append(TEXT_MATCH);
            params.put("q", filter.q());
            if (!exact.isEmpty()) {
                where.append(" or t.id in :exactIds");
                params.put("exactIds", exact);
            }
            where.append(")");
        }
        visibility.accept(where, params);
        return where;
    }

    private static void equal(StringBuilder where, Map<String, Object> params, String field, Object value) {
        if (value != null) {
            where.append(" and t.").append(field).append(" = :").append(field);
            params.put(field, value);
        }
    }
}
