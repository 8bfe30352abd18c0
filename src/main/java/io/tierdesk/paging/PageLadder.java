package io.tierdesk.paging;

import java.util.List;
import java.util.Optional;

/**
 * The levels a page climbs, as its policy stands at the moment of a step: each level's minutes to acknowledge, and
 * how many more runs through them follow the first.
 */
record PageLadder(List<Integer> delayMinutes, int repeat) {

    /** Under {@link PagePolicyRule#TEAM_ROTATIONS}: one level, 30 minutes to acknowledge, no repeat. */
    static final PageLadder TEAM_ROTATIONS = new PageLadder(List.of(30), 0);

    /** A level (from 1) and a run through the levels (from 0). */
    record Position(int level, int cycle) {}

    /**
     * The step after {@code level} of {@code cycle}: the next level, or level 1 of the next run after the last one;
     * empty when the last run is over. Level 0 is the start of a run: its level 1 comes next. A level beyond the
     * ladder (the policy lost levels meanwhile) counts as its end.
     */
    Optional<Position> after(int level, int cycle) {
        if (level < delayMinutes.size()) {
            return Optional.of(new Position(level + 1, cycle));
        }
        return cycle < repeat ? Optional.of(new Position(1, cycle + 1)) : Optional.empty();
    }

    /** The minutes a level has to acknowledge. */
    int minutesOf(int level) {
        return delayMinutes.get(level - 1);
    }
}
