package io.github.quanze.testkit.review;

import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.DefectKind;
import io.github.quanze.review.ReviewCriterion;
import io.github.quanze.review.ReviewItem;
import io.github.quanze.review.ReviewPart;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.testkit.Choices;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * Generated case-file review standards (案卷评查标准): valid by construction, of several sizes.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReviewArbitraries {

    private static final Provision[] PROVISIONS = {Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 47),
            Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 42, 1),
            Provision.ofItem(Instruments.ADMINISTRATIVE_LITIGATION_LAW, 70, 3),
            Provision.of(Instruments.ADMINISTRATIVE_LICENSING_LAW, 42, 1),
            Provision.wholeOf(Instruments.RESPONSIBILITY_SYSTEM_OPINIONS)};

    private ReviewArbitraries() {
    }

    /**
     * Standards of 1 to 8 items and up to 12 criteria.
     *
     * @return the arbitrary of standards
     */
    public static Arbitrary<ReviewStandard> standards() {
        return Combinators.combine(Arbitraries.integers().between(1, 8), Arbitraries.integers().between(0, 12),
                Choices.of(64)).as(ReviewArbitraries::standard);
    }

    private static ReviewStandard standard(int itemCount, int criterionCount, Choices random) {
        LocalDate from = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
        ReviewStandard.Builder b = ReviewStandard.builder(pick(random, "某省行政处罚案卷评查标准", "Case file standard 7"),
                pick(random, "某省司法厅", "Justice Bureau"), from);
        List<ReviewItem> items = new ArrayList<>();
        int total = 0;
        for (int i = 0; i < itemCount; i++) {
            ReviewItem item = new ReviewItem("ITEM-" + i, BilingualText.of("项目" + i, "item " + i),
                    random.nextBoolean() ? ReviewPart.CONTENT : ReviewPart.FORM, 1 + random.nextInt(30));
            items.add(item);
            total += item.points();
            b.item(item);
        }
        List<String> criteria = new ArrayList<>();
        for (int c = 0; c < criterionCount; c++) {
            ReviewItem item = items.get(random.nextInt(items.size()));
            BilingualText name = BilingualText.of("问题" + c, "defect " + c);
            LegalBasis basis = LegalBasis.of(PROVISIONS[random.nextInt(PROVISIONS.length)]);
            String code = item.code() + ".C" + c;
            DefectKind kind = DefectKind.values()[random.nextInt(DefectKind.values().length)];
            b.criterion(random.nextInt(4) == 0 ? ReviewCriterion.veto(code, item.code(), name, kind, basis)
                    : new ReviewCriterion(code, item.code(), name, 1 + random.nextInt(item.points()), false,
                            random.nextBoolean() ? Optional.of(kind) : Optional.empty(),
                            random.nextBoolean() ? basis : basis.and(LegalBasis.of(PROVISIONS[4]))));
            criteria.add(code);
        }
        if (!criteria.isEmpty()) {
            for (ViolationKind kind : ViolationKind.values()) {
                if (random.nextInt(3) == 0) {
                    b.violation(kind, criteria.get(random.nextInt(criteria.size())));
                }
            }
        }
        int pass = 1 + random.nextInt(total);
        b.total(total).thresholds(pass + random.nextInt(total - pass + 1), pass);
        if (random.nextBoolean()) {
            b.effectiveUntil(from.plusDays(1 + random.nextInt(3000)));
        }
        if (random.nextBoolean()) {
            b.note(pick(random, "依据国办发〔2005〕37号制定。\n分值为解释。", "Interpretation"));
        }
        return b.build();
    }

    private static String pick(Choices random, String... values) {
        return values[random.nextInt(values.length)];
    }
}
