package io.github.quanze.benchmarks;

import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Consequence;
import io.github.quanze.fault.DutyPerformance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultForm;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.FaultType;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.procedure.Role;
import io.github.quanze.organization.OfficerId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Officer faults (执法人员过错) for the accountability benchmarks, generated deterministically from a seed.
 * <p>
 * A sixth of the faults are failures to refer a suspected crime ({@link FaultType#LATE_REFERRAL} and
 * {@link FaultType#FAILURE_TO_REFER}, half each; a failure to refer has {@link Circumstance#REFUSED_TO_CORRECT} half
 * the time), with a form and a consequence picked uniformly. Each other fault picks its form of fault uniformly, then
 * its gravity uniformly among those the form can have (an intentional fault is never minor), then the tier of
 * 政务处分法 Art 39's ladder its facts reach uniformly among those the form and gravity allow, then a fault type and
 * consequence that {@link Fault#gravity()} grades so and that reach that tier; so every (gravity, form) pair is about
 * equally common, and so is every tier of the ladder, no harm included. Responsibility is none for 10%, direct for
 * 50% (most rows of the table are for direct responsibility) and each kind of leadership for 20%; 25% of faults have
 * an aggravating circumstance, 30% a mitigating one, 25% a reducing one and 12% an exempting one, and an order
 * executed after objecting was manifestly unlawful half the time; 55% are the first fault of the year and the rest
 * the 2nd to 6th; 12% are suspected crimes; 25% have 尽职免责 facts examined, about half of which qualify.
 * <p>
 * With {@link #SEED} every row of the national officer table of the 2020 edition that a fault can fire fires for at
 * least {@value #LEAST_FIRINGS} of the {@value #COUNT} faults (the benchmark's setup checks it); the rows
 * {@link #UNREACHABLE} lists fire for no fault at all.
 */
public final class AccountabilityFaults {

    /** The seed of the benchmark's faults. */
    public static final long SEED = 20200701L;

    /** The number of faults the benchmark cycles through; a power of two. */
    public static final int COUNT = 4_096;

    /** The fewest faults of the benchmark's that fire each row a fault can fire. */
    public static final int LEAST_FIRINGS = 3;

    /**
     * The rows of the national officer table of the 2020 edition that no fault fires: the twins below tier 2 of the
     * rows for a grave fault of ordinary negligence. {@link Fault#gravity()} makes a fault of ordinary negligence
     * grave only where it caused serious or grave harm, which reaches tier 2 of the ladder or more, so the table's
     * rows for such a fault at tier 1 or 0 match no fault. They are in the table because it makes the twins of every
     * row with a governmental sanction above tier 1 alike.
     */
    public static final Set<String> UNREACHABLE = Set.of("OFFICER.GRAVE.DIRECT.NEGLIGENCE.NO_HARM",
            "OFFICER.GRAVE.DIRECT.NEGLIGENCE.AGGRAVATED.TIER1", "OFFICER.GRAVE.DIRECT.NEGLIGENCE.AGGRAVATED.NO_HARM",
            "OFFICER.GRAVE.DIRECT.NEGLIGENCE.AGGRAVATED.REPEATED.TIER1",
            "OFFICER.GRAVE.DIRECT.NEGLIGENCE.AGGRAVATED.REPEATED.NO_HARM",
            "OFFICER.GRAVE.DIRECT.NEGLIGENCE.REDUCED.NO_HARM");

    private static final LocalDate FIRST_ACT = LocalDate.of(2020, 7, 1);
    private static final Circumstance[] AGGRAVATING = ofEffect(Circumstance.Effect.AGGRAVATE);
    private static final Circumstance[] MITIGATING = ofEffect(Circumstance.Effect.MITIGATE);
    private static final Circumstance[] REDUCING = ofEffect(Circumstance.Effect.REDUCE);
    private static final Circumstance[] EXEMPTING = ofEffect(Circumstance.Effect.EXEMPT);
    /** Responsibilities in tenths: none for one, direct for five, each kind of leadership for two. */
    private static final Responsibility[] RESPONSIBILITIES = {Responsibility.NONE, Responsibility.DIRECT,
        Responsibility.DIRECT, Responsibility.DIRECT, Responsibility.DIRECT, Responsibility.DIRECT,
        Responsibility.PRINCIPAL_LEADERSHIP, Responsibility.PRINCIPAL_LEADERSHIP, Responsibility.IMPORTANT_LEADERSHIP,
        Responsibility.IMPORTANT_LEADERSHIP};
    private static final FaultType[] REFERRALS = {FaultType.LATE_REFERRAL, FaultType.FAILURE_TO_REFER};
    /**
     * [form][gravity][tier]: the (type, consequence) pairs that give an officer fault of that form that gravity and
     * reach that tier of the ladder, failures to refer left out.
     */
    private static final List<List<List<List<Grading>>>> GRADINGS = gradings();

    private AccountabilityFaults() {}

    /** A fault type with a consequence. */
    private record Grading(FaultType type, Consequence consequence) {}

    /**
     * Generates faults.
     *
     * @param count  how many, at least 1
     * @param seed  the seed; the same arguments give the same faults
     * @return the faults, not null
     */
    public static Fault[] generate(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("Need at least 1 fault, but got " + count);
        }
        Random random = new Random(seed);
        Fault[] faults = new Fault[count];
        for (int i = 0; i < count; i++) {
            faults[i] = fault(i, random);
        }
        return faults;
    }

    private static Fault fault(int i, Random random) {
        FaultForm form = pick(random, FaultForm.values());
        Grading grading;
        if (random.nextInt(6) == 0) {
            grading = new Grading(pick(random, REFERRALS), pick(random, Consequence.values()));
        } else {
            List<List<List<Grading>>> byGravity = GRADINGS.get(form.ordinal()).stream()
                    .filter(tiers -> tiers.stream().anyMatch(l -> !l.isEmpty())).toList();
            List<List<Grading>> byTier = byGravity.get(random.nextInt(byGravity.size())).stream()
                    .filter(l -> !l.isEmpty()).toList();
            List<Grading> gradings = byTier.get(random.nextInt(byTier.size()));
            grading = gradings.get(random.nextInt(gradings.size()));
        }
        Responsibility responsibility = pick(random, RESPONSIBILITIES);
        Set<Circumstance> circumstances = EnumSet.noneOf(Circumstance.class);
        maybeAdd(circumstances, random, 25, AGGRAVATING);
        maybeAdd(circumstances, random, 30, MITIGATING);
        maybeAdd(circumstances, random, 25, REDUCING);
        maybeAdd(circumstances, random, 12, EXEMPTING);
        if (grading.type() == FaultType.FAILURE_TO_REFER) {
            maybeAdd(circumstances, random, 50, Circumstance.REFUSED_TO_CORRECT);
        }
        int officer = random.nextInt(50);
        Fault.Builder fault = Fault.builder();
        fault.subject(FaultSubject.officer(OfficerId.of(String.format("O-%03d", officer)), "执法人员" + officer))
                .type(grading.type()).form(form).consequence(grading.consequence())
                .role(roleOf(responsibility)).responsibility(responsibility).circumstances(circumstances)
                .faultsThisYear(random.nextInt(100) < 55 ? 1 : 2 + random.nextInt(5))
                .suspectedCrime(random.nextInt(100) < 12)
                .orderManifestlyUnlawful(circumstances.contains(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING)
                        && random.nextBoolean())
                .actDate(FIRST_ACT.plusDays(random.nextInt(5 * 365)))
                .description("执法过错第" + (i + 1) + "号");
        if (random.nextInt(4) == 0) {
            fault.dutyPerformance(new DutyPerformance(random.nextInt(10) < 8, random.nextInt(10) < 5,
                    random.nextInt(10) < 4, random.nextInt(10) < 1));
        }
        return fault.build();
    }

    private static Role roleOf(Responsibility responsibility) {
        return switch (responsibility) {
            case NONE -> Role.COLLECTIVE_MEMBER;
            case IMPORTANT_LEADERSHIP -> Role.REVIEWER;
            case PRINCIPAL_LEADERSHIP -> Role.APPROVER;
            case DIRECT -> Role.HANDLER;
        };
    }

    private static void maybeAdd(Set<Circumstance> circumstances, Random random, int percent, Circumstance... some) {
        if (random.nextInt(100) < percent) {
            circumstances.add(pick(random, some));
        }
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    private static Circumstance[] ofEffect(Circumstance.Effect effect) {
        return Arrays.stream(Circumstance.values()).filter(c -> c.effect() == effect).toArray(Circumstance[]::new);
    }

    /**
     * Grades every (type, consequence) pair of every form by building a fault and asking its gravity and the tier
     * it reaches.
     */
    private static List<List<List<List<Grading>>>> gradings() {
        List<List<List<List<Grading>>>> all = new ArrayList<>();
        for (FaultForm form : FaultForm.values()) {
            List<List<List<Grading>>> byGravity = new ArrayList<>();
            for (int g = 0; g < Gravity.values().length; g++) {
                List<List<Grading>> byTier = new ArrayList<>();
                for (int tier = 0; tier <= LadderTiers.TOP; tier++) {
                    byTier.add(new ArrayList<>());
                }
                byGravity.add(byTier);
            }
            for (FaultType type : FaultType.values()) {
                if (!type.concerns(FaultSubject.Kind.OFFICER) || Arrays.asList(REFERRALS).contains(type)) {
                    continue;
                }
                for (Consequence consequence : Consequence.values()) {
                    Fault probe = Fault.builder().subject(FaultSubject.officer(OfficerId.of("O-000"), "执法人员0"))
                            .type(type).form(form).consequence(consequence).role(Role.HANDLER)
                            .responsibility(Responsibility.DIRECT).actDate(FIRST_ACT).description("分级").build();
                    byGravity.get(probe.gravity().ordinal()).get(LadderTiers.of(probe))
                            .add(new Grading(type, consequence));
                }
            }
            all.add(byGravity);
        }
        return all;
    }
}
