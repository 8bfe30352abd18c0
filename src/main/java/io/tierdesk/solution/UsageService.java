package io.tierdesk.solution;

import io.tierdesk.api.model.UsageSnapshotBatchItemDto;
import io.tierdesk.api.model.UsageSnapshotInputDto;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.common.Timestamps;
import io.tierdesk.journal.Journal;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** Usage telemetry: one snapshot per solution and day, recorded by automation, read by governance. */
@ApplicationScoped
public class UsageService {

    private final UsageRepository usage;
    private final SolutionRepository solutions;
    private final SolutionService solutionService;
    private final Journal journal;
    private final Clock clock;

    UsageService(
            UsageRepository usage,
            SolutionRepository solutions,
            SolutionService solutionService,
            Journal journal,
            Clock clock) {
        this.usage = usage;
        this.solutions = solutions;
        this.solutionService = solutionService;
        this.journal = journal;
        this.clock = clock;
    }

    @Transactional
    public UsageSnapshot record(UUID solutionId, UsageSnapshotInputDto input) {
        solutionService.visible(solutionId);
        UsageSnapshotBatchItemDto item = new UsageSnapshotBatchItemDto()
                .solutionId(solutionId)
                .day(input.getDay())
                .sharedUsers(input.getSharedUsers())
                .sharedGroups(input.getSharedGroups())
                .launches30d(input.getLaunches30d())
                .businessUnits(input.getBusinessUnits());
        usage.upsert(List.of(item), Timestamps.now(clock));
        journal.record("solution.usage_recorded", Journal.Subject.of("solution", solutionId), null, item);
        return usage.findById(new UsageSnapshot.Key(solutionId, input.getDay()));
    }

    /** Stores the whole batch or nothing; the last snapshot of a (solution, day) repeated in the batch wins. */
    @Transactional
    public int ingest(List<UsageSnapshotBatchItemDto> items) {
        Map<UsageSnapshot.Key, UsageSnapshotBatchItemDto> unique = new LinkedHashMap<>();
        for (UsageSnapshotBatchItemDto item : items) {
            unique.put(new UsageSnapshot.Key(item.getSolutionId(), item.getDay()), item);
        }
        Set<UUID> requested =
                unique.keySet().stream().map(UsageSnapshot.Key::solutionId).collect(Collectors.toSet());
        Set<UUID> known = solutions.existingIds(requested);
        List<String> unknown = requested.stream()
                .filter(id -> !known.contains(id))
                .map(UUID::toString)
                .sorted()
                .limit(20)
                .toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(
                    "unknown-solutions",
                    "Unknown solutions",
                    "The batch names solutions that do not exist: " + String.join(", ", unknown) + ".");
        }
        usage.upsert(List.copyOf(unique.values()), Timestamps.now(clock));
        journal.record(
                "usage.ingested", Journal.Subject.of("usage", "batch"), null, Map.of("snapshots", unique.size()));
        return unique.size();
    }

    public List<UsageSnapshot> page(UUID solutionId, LocalDate beforeDay, int fetch) {
        solutionService.visible(solutionId);
        return usage.page(solutionId, beforeDay, fetch);
    }
}
