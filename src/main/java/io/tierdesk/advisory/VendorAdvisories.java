package io.tierdesk.advisory;

import io.tierdesk.common.Conflict;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.journal.Journal;
import io.tierdesk.solution.SolutionKind;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** What the ticket side asks of advisories: which are active for a solution, and one to link a ticket to. */
@ApplicationScoped
public class VendorAdvisories {

    /** An advisory as a ticket refers to it. */
    public record Advisory(UUID id, String title, String service, String link) {

        static Advisory of(VendorAdvisory advisory) {
            return new Advisory(advisory.id, advisory.title, advisory.service.name(), advisory.link);
        }

        /** The advisory in one line, for a refusal or a history entry. */
        public String described() {
            return id + " '" + title + "' (" + service + ", " + link + ")";
        }
    }

    private final VendorAdvisoryRepository advisories;
    private final Journal journal;

    VendorAdvisories(VendorAdvisoryRepository advisories, Journal journal) {
        this.advisories = advisories;
        this.journal = journal;
    }

    /** The advisories under way now about the service of a solution of this kind, covering its region. */
    public List<Advisory> activeFor(SolutionKind kind, String region) {
        return advisories
                .activeFor(
                        VendorService.concerning(kind),
                        region == null ? null : region.toLowerCase(Locale.ROOT),
                        journal.now())
                .stream()
                .map(Advisory::of)
                .toList();
    }

    /** An active advisory to link a ticket to: 422 naming the field when there is none, 409 when resolved. */
    public Advisory activeToLink(UUID id, String field) {
        VendorAdvisory advisory = advisories.findById(id);
        if (advisory == null) {
            throw new RuleViolation(
                    "unknown-vendor-advisory",
                    "Unknown vendor advisory",
                    "The " + field + " '" + id + "' names no vendor advisory.",
                    List.of(new FieldError(field, "names no vendor advisory")));
        }
        if (advisory.status == AdvisoryStatus.RESOLVED) {
            throw new Conflict(
                    "vendor-advisory-resolved",
                    "Advisory resolved",
                    "The vendor advisory " + id + " is resolved; raise a vendor case instead.");
        }
        return Advisory.of(advisory);
    }
}
