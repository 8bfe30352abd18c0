package io.tierdesk.paging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The order of a page's steps: level by level, run after run, then nothing. */
class PageLadderTest {

    private final PageLadder twoLevelsOneRepeat = new PageLadder(List.of(15, 10), 1);

    @Test
    void aRunStartsAtLevelOneAndClimbs() {
        assertThat(twoLevelsOneRepeat.after(0, 0)).contains(new PageLadder.Position(1, 0));
        assertThat(twoLevelsOneRepeat.after(1, 0)).contains(new PageLadder.Position(2, 0));
    }

    @Test
    void afterTheLastLevelTheLevelsRunAgainForEachRepeatThenNothingFollows() {
        assertThat(twoLevelsOneRepeat.after(2, 0)).contains(new PageLadder.Position(1, 1));
        assertThat(twoLevelsOneRepeat.after(1, 1)).contains(new PageLadder.Position(2, 1));
        assertThat(twoLevelsOneRepeat.after(2, 1)).isEmpty();
    }

    @Test
    void aLevelThePolicyNoLongerHasEndsTheRun() {
        assertThat(twoLevelsOneRepeat.after(5, 0)).contains(new PageLadder.Position(1, 1));
        assertThat(twoLevelsOneRepeat.after(5, 1)).isEmpty();
    }

    @Test
    void eachLevelHasItsOwnMinutesAndTheRotationsRuleHasOneLevelOfThirty() {
        assertThat(twoLevelsOneRepeat.minutesOf(1)).isEqualTo(15);
        assertThat(twoLevelsOneRepeat.minutesOf(2)).isEqualTo(10);
        assertThat(PageLadder.TEAM_ROTATIONS.minutesOf(1)).isEqualTo(30);
        assertThat(PageLadder.TEAM_ROTATIONS.after(1, 0)).isEmpty();
    }
}
