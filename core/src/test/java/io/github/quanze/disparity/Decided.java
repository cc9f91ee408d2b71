package io.github.quanze.disparity;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.FineBounds;
import io.github.quanze.discretion.TierLevel;
import java.math.BigDecimal;
import java.util.List;

/** Decided cases for the tests: a builder with defaults, one attribute changed at a time. */
final class Decided {

    static final Circumstances FIRST = Circumstances.builder().set("amount", 30_000).set("repeated", false).build();
    static final Circumstances REPEATED = Circumstances.builder().set("amount", 30_000).set("repeated", true).build();

    private String caseId;
    private String agency = "某县烟草专卖局";
    private List<String> officers = List.of("张三", "李四");
    private String item = "YC-057";
    private Circumstances profile = FIRST;
    private TierLevel level = TierLevel.ORDINARY;
    private BigDecimal fine;
    private BigDecimal base;
    private Expectation expected;

    private Decided(String caseId) {
        this.caseId = caseId;
    }

    static Decided decided(String caseId) {
        return new Decided(caseId);
    }

    static BigDecimal yuan(String value) {
        return new BigDecimal(value);
    }

    static FineBounds bounds(String min, String max) {
        return new FineBounds(yuan(min), yuan(max), FineBounds.Source.FIXED);
    }

    Decided agency(String value) {
        agency = value;
        return this;
    }

    Decided officers(String... values) {
        officers = List.of(values);
        return this;
    }

    Decided item(String value) {
        item = value;
        return this;
    }

    Decided profile(Circumstances value) {
        profile = value;
        return this;
    }

    Decided level(TierLevel value) {
        level = value;
        return this;
    }

    Decided fine(String yuan) {
        fine = yuan(yuan);
        return this;
    }

    Decided base(String yuan) {
        base = yuan(yuan);
        return this;
    }

    Decided expected(Expectation value) {
        expected = value;
        return this;
    }

    DecidedPenalty build() {
        DecidedPenalty.Builder b = DecidedPenalty.builder().caseId(caseId).agency(agency).officers(officers)
                .item(item).profile(profile).level(level);
        if (fine != null) {
            b.fine(fine);
        }
        if (base != null) {
            b.base(base);
        }
        if (expected != null) {
            b.expected(expected);
        }
        return b.build();
    }

    static DisparityReport report(DecidedPenalty... cases) {
        return analyse(cases).report();
    }

    static DisparityAnalysis analyse(DecidedPenalty... cases) {
        return DisparityAnalysis.create().addAll(List.of(cases));
    }
}
