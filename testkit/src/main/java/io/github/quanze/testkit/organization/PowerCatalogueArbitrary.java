package io.github.quanze.testkit.organization;

import io.github.quanze.basis.Provision;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import io.github.quanze.testkit.basis.BasisArbitraries;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;

/**
 * Generated power catalogues (权责清单) of one agency: powers {@code P-000}, {@code P-001}… of any kind, in the
 * tobacco or the market area, each citing an article of the tobacco monopoly law. Shrinks to one licensing power.
 * <p>
 * Each configuration method returns a new arbitrary; this class is immutable and thread-safe.
 */
public final class PowerCatalogueArbitrary extends ArbitraryDecorator<PowerCatalogue> {

    /** The agency whose catalogues are generated. */
    public static final AgencyId AGENCY = AgencyId.of("AGENCY");
    /** The enforcement areas of generated powers. */
    public static final List<String> AREAS = List.of("烟草专卖", "市场监管");

    private final int min;
    private final int max;

    private PowerCatalogueArbitrary(int min, int max) {
        this.min = min;
        this.max = max;
    }

    /**
     * Returns catalogues of 1 to 30 powers.
     *
     * @return the arbitrary, not null
     */
    public static PowerCatalogueArbitrary catalogues() {
        return new PowerCatalogueArbitrary(1, 30);
    }

    /**
     * Returns catalogues of {@code min} to {@code max} powers.
     *
     * @param min  the fewest powers, at least 1
     * @param max  the most powers, at least {@code min}, at most 999
     * @return the arbitrary, not null
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public PowerCatalogueArbitrary powers(int min, int max) {
        if (min < 1 || max < min || max > 999) {
            throw new IllegalArgumentException("Power counts must satisfy 1 <= min <= max <= 999, but were " + min
                    + " and " + max);
        }
        return new PowerCatalogueArbitrary(min, max);
    }

    /** What a generated power is drawn from. */
    record Drawn(PowerKind kind, String area, int article) {}

    static Arbitrary<List<Drawn>> drawn(int min, int max) {
        return Combinators.combine(Arbitraries.of(PowerKind.class), Arbitraries.of(AREAS),
                Arbitraries.integers().between(1, 43)).as(Drawn::new).list().ofMinSize(min).ofMaxSize(max);
    }

    static PowerCatalogue catalogue(List<Drawn> drawn, LocalDate date) {
        PowerCatalogue.Builder catalogue = PowerCatalogue.builder("生成的权责清单", AGENCY, date);
        for (int i = 0; i < drawn.size(); i++) {
            catalogue.add(power(i, drawn.get(i)));
        }
        return catalogue.build();
    }

    static Power power(int i, Drawn drawn) {
        return Power.builder()
                .code(PowerCode.of(String.format("P-%03d", i)))
                .name("职权" + i)
                .kind(drawn.kind())
                .implementingAgency("某市某局")
                .enforcementArea(drawn.area())
                .addProvision(Provision.of(BasisArbitraries.TOBACCO_MONOPOLY_LAW, drawn.article()))
                .build();
    }

    @Override
    protected Arbitrary<PowerCatalogue> arbitrary() {
        return drawn(min, max).map(d -> catalogue(d, Credentials.AUDIT_DATE));
    }
}
