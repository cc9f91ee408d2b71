package io.github.quanze.discretion;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.internal.Lists;
import io.github.quanze.internal.Texts;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One act, one fine (一事不再罚), 行政处罚法 Art 29: "对当事人的同一个违法行为，不得给予两次以上罚款的行政处罚。同一个违法行为
 * 违反多个法律规范应当给予罚款处罚的，按照罚款数额高的规定处罚。"
 * <p>
 * Given the fines that several violation items would impose for one act, {@link #choose} keeps one: the item whose
 * statutory fine is higher. The article does not say how two ranges compare; this class compares the most each
 * allows for the facts, then the least, and on a tie keeps the first given (an interpretation, said so in
 * {@link #text()}).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SingleFine {

    static final Provision ARTICLE = Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 29);
    private static final Comparator<ApplicableFine> HIGHER = Comparator
            .comparing((ApplicableFine f) -> f.bounds().max()).thenComparing(f -> f.bounds().min());

    private final ApplicableFine applied;
    private final ImmutableList<ApplicableFine> setAside;

    private SingleFine(ApplicableFine applied, ImmutableList<ApplicableFine> setAside) {
        this.applied = applied;
        this.setAside = setAside;
    }

    /**
     * Chooses the one fine to impose for an act among the fines several items would impose.
     *
     * @param fines  the candidates, at least one, each item once, not null
     * @return the choice, not null
     * @throws IllegalArgumentException if there is no candidate or an item is given twice; the message names it
     */
    public static SingleFine choose(List<ApplicableFine> fines) {
        List<ApplicableFine> all = Lists.copyOf("fines", fines);
        checkArgument(!all.isEmpty(), "Single fine (行政处罚法 Art 29): at least one applicable fine is needed");
        Set<String> codes = new HashSet<>();
        ApplicableFine best = all.get(0);
        for (ApplicableFine fine : all) {
            checkArgument(codes.add(fine.item().code()), "Single fine (行政处罚法 Art 29): item %s is given twice",
                    Texts.quoted(fine.item().code()));
            if (HIGHER.compare(fine, best) > 0) {
                best = fine;
            }
        }
        List<ApplicableFine> others = new ArrayList<>(all);
        others.remove(best);
        return new SingleFine(best, ImmutableList.copyOf(others));
    }

    /**
     * Returns the fine to impose: the item with the higher statutory fine.
     *
     * @return the chosen candidate, not null
     */
    public ApplicableFine applied() {
        return applied;
    }

    /**
     * Returns the fines not imposed, in the order given.
     *
     * @return the other candidates, not null
     */
    public List<ApplicableFine> setAside() {
        return setAside;
    }

    /**
     * Returns whether the chosen fine ties with another on both ends, so that the first given was kept.
     *
     * @return true on a tie
     */
    public boolean isTie() {
        return setAside.stream().anyMatch(f -> HIGHER.compare(f, applied) == 0);
    }

    /**
     * Returns the provision applied: 行政处罚法 Art 29.
     *
     * @return the basis, not null
     */
    public LegalBasis basis() {
        return LegalBasis.of(ARTICLE);
    }

    /**
     * Returns the choice and its reason in Chinese and English.
     *
     * @return the text, not null
     */
    public BilingualText text() {
        return DiscretionMessages.singleFine(this);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof SingleFine s && applied.equals(s.applied) && setAside.equals(s.setAside);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applied, setAside);
    }

    @Override
    public String toString() {
        return text().zh();
    }
}
