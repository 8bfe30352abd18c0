package io.tierdesk.advisory;

import io.tierdesk.api.model.VendorAdvisoryCreateDto;
import io.tierdesk.api.model.VendorAdvisoryStatusDto;
import io.tierdesk.api.model.VendorServiceDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.Conflict;
import io.tierdesk.common.Enums;
import io.tierdesk.common.InvalidInput;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.Page;
import io.tierdesk.common.Pager;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** Posting, reading and resolving vendor advisories. */
@ApplicationScoped
class VendorAdvisoryService {

    private final VendorAdvisoryRepository advisories;
    private final Journal journal;
    private final Caller caller;
    private final Pager pager;

    VendorAdvisoryService(VendorAdvisoryRepository advisories, Journal journal, Caller caller, Pager pager) {
        this.advisories = advisories;
        this.journal = journal;
        this.caller = caller;
        this.pager = pager;
    }

    @Transactional
    VendorAdvisory create(VendorAdvisoryCreateDto input) {
        OffsetDateTime startsAt = input.getStartsAt();
        if (input.getEndsAt() != null && !input.getEndsAt().isAfter(startsAt)) {
            throw InvalidInput.field("ends_at", "must be after starts_at");
        }
        VendorAdvisory advisory = new VendorAdvisory();
        advisory.id = UUID.randomUUID();
        advisory.title = input.getTitle();
        advisory.service = Enums.same(input.getService(), VendorService.class);
        advisory.regions = input.getRegions() == null
                ? new ArrayList<>()
                : new ArrayList<>(input.getRegions().stream()
                        .map(region -> region.toLowerCase(Locale.ROOT))
                        .distinct()
                        .toList());
        advisory.allRegions = advisory.regions.isEmpty();
        advisory.status = AdvisoryStatus.ACTIVE;
        advisory.startsAt = startsAt;
        advisory.endsAt = input.getEndsAt();
        advisory.link = input.getLink();
        advisory.createdBy = caller.subject();
        advisories.persist(advisory);
        journal.created(
                "vendor_advisory.created",
                Journal.Subject.of("vendor_advisory", advisory.id),
                advisory,
                VendorAdvisoryMapper::toApi);
        return advisory;
    }

    @Transactional
    VendorAdvisory get(UUID id) {
        VendorAdvisory advisory = advisories.findById(id);
        if (advisory == null) {
            throw new NotFound("vendor advisory", id);
        }
        return advisory;
    }

    @Transactional
    Page<VendorAdvisory> list(
            VendorAdvisoryStatusDto status, VendorServiceDto service, String region, Integer limit, String cursor) {
        var filter = new VendorAdvisoryRepository.Filter(
                Enums.same(status, AdvisoryStatus.class),
                Enums.same(service, VendorService.class),
                region == null ? null : region.toLowerCase(Locale.ROOT));
        return pager.page(
                "vendor-advisories:" + filter,
                limit,
                cursor,
                2,
                (after, fetch) -> advisories.page(filter, after.time(0), after.id(1), fetch),
                advisory -> List.of(advisory.createdAt.toString(), advisory.id.toString()));
    }

    @Transactional
    VendorAdvisory resolve(UUID id) {
        VendorAdvisory advisory = get(id);
        if (advisory.status == AdvisoryStatus.RESOLVED) {
            throw new Conflict(
                    "vendor-advisory-resolved", "Advisory resolved", "The vendor advisory " + id + " is resolved.");
        }
        var before = VendorAdvisoryMapper.toApi(advisory);
        OffsetDateTime now = journal.now();
        advisory.status = AdvisoryStatus.RESOLVED;
        if (advisory.endsAt == null || advisory.endsAt.isAfter(now)) {
            advisory.endsAt = now.isBefore(advisory.startsAt) ? advisory.startsAt : now;
        }
        journal.changed(
                "vendor_advisory.resolved",
                Journal.Subject.of("vendor_advisory", advisory.id),
                advisory,
                before,
                VendorAdvisoryMapper::toApi);
        return advisory;
    }
}
