package io.tierdesk.oncall.schedule;

import java.util.ArrayList;
import java.util.List;

/** Collects entries in time order, joining an entry onto the previous one when they read as one. */
final class ScheduleBuilder {

    private final List<ScheduleEntry> entries = new ArrayList<>();

    ScheduleBuilder add(ScheduleEntry entry) {
        int last = entries.size() - 1;
        if (last >= 0) {
            ScheduleEntry previous = entries.get(last);
            if (previous.end().equals(entry.start()) && previous.sameAssignmentAs(entry)) {
                entries.set(last, previous.withBounds(previous.start(), entry.end()));
                return this;
            }
        }
        entries.add(entry);
        return this;
    }

    ScheduleBuilder addAll(List<ScheduleEntry> more) {
        more.forEach(this::add);
        return this;
    }

    List<ScheduleEntry> build() {
        return List.copyOf(entries);
    }
}
