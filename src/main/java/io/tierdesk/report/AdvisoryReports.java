package io.tierdesk.report;

import io.tierdesk.api.model.VendorAdvisoryReportRowDto;
import io.tierdesk.api.model.VendorAdvisoryStatusDto;
import io.tierdesk.api.model.VendorServiceDto;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** Tickets per vendor advisory: which outages reached the desk, and how often. */
@ApplicationScoped
class AdvisoryReports {

    private static final String PER_ADVISORY = """
            SELECT a.id, a.title, a.service, a.status, a.starts_at, count(t.id)
            FROM vendor_advisories a LEFT JOIN tickets t ON t.vendor_advisory_id = a.id
            WHERE a.starts_at >= ?1 AND a.starts_at < ?2
            GROUP BY a.id, a.title, a.service, a.status, a.starts_at
            ORDER BY 6 DESC, 5 DESC, 1""";

    private final EntityManager em;

    AdvisoryReports(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    List<VendorAdvisoryReportRowDto> ticketsPerAdvisory(ReportPeriod period) {
        List<Object[]> rows = em.createNativeQuery(PER_ADVISORY)
                .setParameter(1, period.since())
                .setParameter(2, period.until())
                .getResultList();
        return rows.stream()
                .map(row -> new VendorAdvisoryReportRowDto()
                        .advisoryId((UUID) row[0])
                        .title((String) row[1])
                        .service(VendorServiceDto.fromValue((String) row[2]))
                        .status(VendorAdvisoryStatusDto.fromValue((String) row[3]))
                        .startsAt(utc(row[4]))
                        .tickets(((Number) row[5]).longValue()))
                .toList();
    }

    private static OffsetDateTime utc(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }
}
