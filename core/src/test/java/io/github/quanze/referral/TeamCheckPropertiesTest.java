package io.github.quanze.referral;

import static io.github.quanze.referral.Teams.BUREAU;
import static io.github.quanze.referral.Teams.MARKET;
import static io.github.quanze.referral.Teams.POLICE;
import static io.github.quanze.referral.Teams.TEAM;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.power.AgencyId;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Invariants of the team check on activity drawn over three months: the findings do not depend on the order of the
 * operations and activities, and a further meeting never adds a finding.
 */
class TeamCheckPropertiesTest {

    private static final LocalDate FROM = LocalDate.of(2026, 9, 1);
    private static final LocalDate TO = LocalDate.of(2026, 11, 30);
    private static final List<AgencyId> AGENCIES = List.of(BUREAU, MARKET, POLICE);
    private static final int OPERATIONS = 4;

    @Property
    void theCheckDoesNotDependOnTheOrderOfEvents(@ForAll("activities") List<TeamActivity> activities,
            @ForAll Random random) {
        List<JointOperation> operations = operations();
        List<TeamActivity> shuffled = new ArrayList<>(activities);
        Collections.shuffle(shuffled, random);
        List<JointOperation> reordered = new ArrayList<>(operations);
        Collections.shuffle(reordered, random);

        List<TeamFinding> once = TeamCheck.check(TEAM, FROM, TO, operations, activities);
        List<TeamFinding> again = TeamCheck.check(TEAM, FROM, TO, reordered, shuffled);
        assertThat(again).isEqualTo(once);
        assertThat(again).extracting(TeamFinding::message).isEqualTo(once.stream().map(TeamFinding::message)
                .toList());
        Statistics.label("findings").collect(Math.min(once.size(), 6));
    }

    @Property
    void aFurtherMeetingNeverAddsAFinding(@ForAll("activities") List<TeamActivity> activities,
            @ForAll("days") LocalDate day) {
        List<TeamActivity> more = new ArrayList<>(activities);
        more.add(new TeamActivity.Meeting(day, Set.of(BUREAU, MARKET)));

        List<TeamFinding> before = TeamCheck.check(TEAM, FROM, TO, operations(), activities);
        List<TeamFinding> after = TeamCheck.check(TEAM, FROM, TO, operations(), more);
        assertThat(before).containsAll(after);
        assertThat(before.size() - after.size()).isBetween(0, 1);
    }

    private static List<JointOperation> operations() {
        List<JointOperation> result = new ArrayList<>();
        for (int i = 0; i < OPERATIONS; i++) {
            result.add(JointOperation.of("行动-" + i, TEAM.id(), FROM.plusDays(20L * i), Set.of(BUREAU, POLICE),
                    List.of()));
        }
        return result;
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return Arbitraries.integers().between(0, 100).map(n -> FROM.plusDays(n));
    }

    @Provide
    Arbitrary<List<TeamActivity>> activities() {
        Arbitrary<AgencyId> agency = Arbitraries.of(AGENCIES);
        Arbitrary<TeamActivity> meeting = days().map(d -> new TeamActivity.Meeting(d, Set.of(BUREAU)));
        Arbitrary<TeamActivity> referral = Combinators.combine(days(), agency, Arbitraries.integers().between(1, 2),
                Arbitraries.integers().between(-1, 12), Arbitraries.integers().between(0, 9))
                .as((d, from, shift, after, matter) -> new TeamActivity.Referral(d, from,
                        AGENCIES.get((AGENCIES.indexOf(from) + shift) % AGENCIES.size()), "线索-" + matter,
                        after < 0 ? Optional.empty() : Optional.of(d.plusDays(after))));
        Arbitrary<TeamActivity> feedback = Combinators.combine(Arbitraries.integers().between(0, OPERATIONS - 1),
                Arbitraries.integers().between(0, 8), agency)
                .as((i, after, by) -> new TeamActivity.Feedback("行动-" + i, FROM.plusDays(20L * i + after), by));
        return Arbitraries.oneOf(meeting, referral, feedback).list().ofMaxSize(15);
    }

    /**
     * Checking two consecutive periods that meet at a month's end finds what checking the whole span finds: the
     * second period exactly the span's findings due in it, the first the span's findings due in it as known by its
     * last day (a late follow-up or report made after that day is not seen by it, so its day is left out).
     */
    @Property
    void twoConsecutivePeriodsFindWhatTheWholeSpanFinds(@ForAll("activities") List<TeamActivity> activities,
            @ForAll boolean splitInSeptember) {
        LocalDate split = splitInSeptember ? LocalDate.of(2026, 9, 30) : LocalDate.of(2026, 10, 31);
        List<TeamFinding> first = TeamCheck.check(TEAM, FROM, split, operations(), activities);
        List<TeamFinding> second = TeamCheck.check(TEAM, split.plusDays(1), TO, operations(), activities);
        List<TeamFinding> whole = TeamCheck.check(TEAM, FROM, TO, operations(), activities);

        assertThat(second).isEqualTo(whole.stream().filter(f -> f.date().isAfter(split)).toList());
        assertThat(first).isEqualTo(whole.stream().filter(f -> !f.date().isAfter(split))
                .map(f -> asOf(f, split)).toList());
    }

    /** A finding as a check ending on a day sees it: a late follow-up or report after the day is not seen. */
    private static TeamFinding asOf(TeamFinding finding, LocalDate day) {
        Parameters.Builder p = Parameters.builder();
        finding.parameters().asMap().forEach((name, value) -> {
            if (value instanceof LocalDate d) {
                if (!(name.equals("followedUp") || name.equals("reported")) || !d.isAfter(day)) {
                    p.put(name, d);
                }
            } else if (value instanceof String text) {
                p.put(name, text);
            } else {
                p.put(name, ((Number) value).longValue());
            }
        });
        return new TeamFinding(finding.kind(), finding.team(), finding.date(), finding.agencies(), finding.people(),
                p.build(), finding.basis());
    }
}
