package io.tierdesk.calendar;

import static io.tierdesk.calendar.CalendarGenerators.calendar;
import static io.tierdesk.calendar.CalendarGenerators.duration;
import static io.tierdesk.calendar.CalendarGenerators.instant;
import static io.tierdesk.calendar.CalendarGenerators.zone;
import static io.tierdesk.support.PropertyCheck.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BusinessCalendarPropertiesTest {

    private static final int TRIES = 1000;

    record Addition(BusinessCalendar calendar, Instant start, Duration amount) {}

    record TwoAdditions(BusinessCalendar calendar, Instant start, Duration first, Duration second) {}

    record Moment(BusinessCalendar calendar, Instant from) {}

    record Span(BusinessCalendar calendar, Instant from, Instant to) {}

    record ThreeInstants(BusinessCalendar calendar, Instant a, Instant b, Instant c) {}

    record ZoneAddition(ZoneId zone, Instant start, Duration amount) {}

    private static Addition additions(Random random) {
        return new Addition(calendar(random), instant(random), duration(random));
    }

    private static TwoAdditions twoAdditions(Random random) {
        return new TwoAdditions(calendar(random), instant(random), duration(random), duration(random));
    }

    private static Moment moments(Random random) {
        return new Moment(calendar(random), instant(random));
    }

    private static Span spans(Random random) {
        return new Span(calendar(random), instant(random), instant(random));
    }

    private static ThreeInstants threeInstants(Random random) {
        return new ThreeInstants(calendar(random), instant(random), instant(random), instant(random));
    }

    private static ZoneAddition zoneAdditions(Random random) {
        return new ZoneAddition(zone(random), instant(random), duration(random));
    }

    @Test
    void businessTimeBetweenStartAndDueDateIsTheAmountAdded() {
        forAll(TRIES, BusinessCalendarPropertiesTest::additions, c -> {
            Instant due = c.calendar().addBusinessTime(c.start(), c.amount());

            assertThat(c.calendar().businessTimeBetween(c.start(), due)).isEqualTo(c.amount());
        });
    }

    @Test
    void dueDateIsNeverBeforeTheStart() {
        forAll(
                TRIES,
                BusinessCalendarPropertiesTest::additions,
                c -> assertThat(c.calendar().addBusinessTime(c.start(), c.amount()))
                        .isAfterOrEqualTo(c.start()));
    }

    @Test
    void addingMoreBusinessTimeNeverGivesAnEarlierDueDate() {
        forAll(TRIES, BusinessCalendarPropertiesTest::twoAdditions, c -> {
            Duration shorter = c.first().compareTo(c.second()) <= 0 ? c.first() : c.second();
            Duration longer = c.first().compareTo(c.second()) <= 0 ? c.second() : c.first();

            assertThat(c.calendar().addBusinessTime(c.start(), shorter))
                    .isBeforeOrEqualTo(c.calendar().addBusinessTime(c.start(), longer));
        });
    }

    @Test
    void dueDateIsOpenOrRightAtTheEndOfBusinessTime() {
        forAll(TRIES, BusinessCalendarPropertiesTest::additions, c -> {
            Instant due = c.calendar().addBusinessTime(c.start(), c.amount());

            if (c.amount().isZero()) {
                assertThat(c.calendar().isOpen(due)).isTrue();
            } else {
                assertThat(c.calendar().isOpen(due.minusNanos(1))).isTrue();
            }
        });
    }

    @Test
    void addingInTwoStepsEqualsAddingAtOnce() {
        forAll(TRIES, BusinessCalendarPropertiesTest::twoAdditions, c -> {
            if (c.second().isZero()) {
                return; // assumption: adding zero to a closing time moves it to the next opening
            }
            BusinessCalendar calendar = c.calendar();

            Instant stepwise = calendar.addBusinessTime(calendar.addBusinessTime(c.start(), c.first()), c.second());

            assertThat(stepwise)
                    .isEqualTo(calendar.addBusinessTime(c.start(), c.first().plus(c.second())));
        });
    }

    @Test
    void businessTimeAddsUpOverConsecutiveSpans() {
        forAll(TRIES, BusinessCalendarPropertiesTest::threeInstants, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant[] sorted = Stream.of(c.a(), c.b(), c.c()).sorted().toArray(Instant[]::new);

            assertThat(calendar.businessTimeBetween(sorted[0], sorted[1])
                            .plus(calendar.businessTimeBetween(sorted[1], sorted[2])))
                    .isEqualTo(calendar.businessTimeBetween(sorted[0], sorted[2]));
        });
    }

    @Test
    void businessTimeNeverExceedsRealTime() {
        forAll(TRIES, BusinessCalendarPropertiesTest::spans, c -> {
            Duration business = c.calendar().businessTimeBetween(c.from(), c.to());

            assertThat(business)
                    .isGreaterThanOrEqualTo(Duration.ZERO)
                    .isLessThanOrEqualTo(c.to().isAfter(c.from()) ? Duration.between(c.from(), c.to()) : Duration.ZERO);
        });
    }

    @Test
    void nextOpeningIsOpenAndNoBusinessTimeLiesBeforeIt() {
        forAll(TRIES, BusinessCalendarPropertiesTest::moments, c -> {
            BusinessCalendar calendar = c.calendar();
            Instant from = c.from();
            Instant opening = calendar.nextOpening(from);

            assertThat(opening).isAfterOrEqualTo(from);
            assertThat(calendar.isOpen(opening)).isTrue();
            assertThat(calendar.businessTimeBetween(from, opening)).isZero();
            assertThat(opening.equals(from)).isEqualTo(calendar.isOpen(from));
        });
    }

    @Test
    void twentyFourSevenBusinessTimeIsRealElapsedTimeInEveryZone() {
        forAll(TRIES, BusinessCalendarPropertiesTest::zoneAdditions, c -> {
            BusinessCalendar always = BusinessCalendar.twentyFourSeven(c.zone());

            assertThat(always.addBusinessTime(c.start(), c.amount()))
                    .isEqualTo(c.start().plus(c.amount()));
            assertThat(always.businessTimeBetween(c.start(), c.start().plus(c.amount())))
                    .isEqualTo(c.amount());
            assertThat(always.isOpen(c.start())).isTrue();
        });
    }

    @Test
    void aCalendarOpenAroundTheClockAnswersAsWalkingItsWindowsDayByDay() {
        forAll(TRIES, BusinessCalendarPropertiesTest::zoneAdditions, c -> {
            List<WorkingInterval> splitDays = EnumSet.allOf(DayOfWeek.class).stream()
                    .flatMap(day -> Stream.of(
                            WorkingInterval.of(day, "00:00", "07:30"), WorkingInterval.of(day, "07:30", "24:00")))
                    .toList();
            BusinessCalendar open = new BusinessCalendar(c.zone(), splitDays, List.of());
            // A holiday long past changes no answer, but makes the calendar walk its windows day by day.
            BusinessCalendar walked =
                    new BusinessCalendar(c.zone(), splitDays, List.of(new Holiday(LocalDate.of(1990, 1, 2), false)));
            Instant end = c.start().plus(c.amount());

            assertThat(open.addBusinessTime(c.start(), c.amount()))
                    .isEqualTo(walked.addBusinessTime(c.start(), c.amount()));
            assertThat(open.businessTimeBetween(c.start(), end)).isEqualTo(walked.businessTimeBetween(c.start(), end));
        });
    }

    @Test
    void answersDoNotDependOnWhatTheCalendarWasAskedBefore() {
        forAll(TRIES / 10, BusinessCalendarPropertiesTest::additions, c -> {
            BusinessCalendar fresh = new BusinessCalendar(
                    c.calendar().zone(),
                    c.calendar().workingIntervals(),
                    c.calendar().holidays());
            Random earlier = new Random(c.start().getEpochSecond());
            for (int i = 0; i < 20; i++) {
                c.calendar().addBusinessTime(CalendarGenerators.instant(earlier), duration(earlier));
            }
            Instant due = c.calendar().addBusinessTime(c.start(), c.amount());

            assertThat(due).isEqualTo(fresh.addBusinessTime(c.start(), c.amount()));
            assertThat(c.calendar().businessTimeBetween(c.start(), due))
                    .isEqualTo(fresh.businessTimeBetween(c.start(), due));
        });
    }
}
