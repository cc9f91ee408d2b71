package io.github.quanze.power;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.RESPONSIBILITY_SYSTEM_OPINIONS;
import static io.github.quanze.basis.InstrumentLevel.ADMINISTRATIVE_REGULATION;
import static io.github.quanze.basis.InstrumentLevel.DEPARTMENTAL_RULE;
import static io.github.quanze.basis.InstrumentLevel.LAW;
import static io.github.quanze.basis.InstrumentLevel.LOCAL_GOVERNMENT_RULE;
import static io.github.quanze.basis.InstrumentLevel.LOCAL_REGULATION;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.Parameters;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The checks a power catalogue runs on itself (权责清单自查).
 */
final class CatalogueRules {

    private static final LegalBasis SORT_OUT_BASIS = LegalBasis.of(Provision.wholeOf(RESPONSIBILITY_SYSTEM_OPINIONS));
    /** 行政强制法 Art 10 (who may create coercive measures) and Art 13 (coercive enforcement by law only). */
    private static final LegalBasis COERCION_BY_LAW = LegalBasis.of(Provision.of(ADMINISTRATIVE_COERCION_LAW, 10),
            Provision.of(ADMINISTRATIVE_COERCION_LAW, 13));

    private CatalogueRules() {}

    /**
     * A cited provision must be in force on the day checked. 国办发〔2005〕37号 asks agencies to sort out the legal
     * basis they enforce; a catalogue that cites a repealed or not yet effective instrument has not been kept up.
     */
    static Optional<CatalogueFinding> basisInForce(Power power, LocalDate date) {
        List<Provision> stale = power.legalBasis().notInForceOn(date);
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        Parameters details = Parameters.builder().put("powerName", power.name()).put("date", date).build();
        return Optional.of(new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE, power.code(), stale,
                Severity.ERROR, details, SORT_OUT_BASIS));
    }

    /**
     * A penalty, licence or coercive power can only be created by instruments of certain levels: 行政处罚法
     * Art 16 (no penalty from normative documents), 行政许可法 Art 14, 15 and 17 (laws, administrative and local
     * regulations, provincial government rules), 行政强制法 Art 10 and 13 (coercive measures by laws, and within
     * limits by administrative and local regulations; coercive enforcement by laws only).
     * <p>
     * Interpretation: the check passes if any cited instrument has a sufficient level. A licence created by a
     * State Council decision (许可法 Art 14 第二款), or a local government rule that is not provincial, cannot be
     * told apart by level, so licensing findings are warnings. A coercive power that cites only regulations is
     * also a warning ({@link #coercionByRegulation}): {@link PowerKind} does not tell a coercive measure from
     * coercive enforcement, nor one measure from another, so the level alone cannot show whether the regulation
     * may create it.
     */
    static Optional<CatalogueFinding> basisLevel(Power power) {
        Requirement requirement = Requirement.of(power.kind());
        if (requirement == null) {
            return Optional.empty();
        }
        Set<InstrumentLevel> cited = power.provisions().stream().map(p -> p.instrument().level())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(InstrumentLevel.class)));
        if (cited.stream().noneMatch(requirement.levels::contains)) {
            return Optional.of(belowLevel(power, requirement));
        }
        if (requirement == Requirement.COERCION && !cited.contains(LAW)) {
            return Optional.of(coercionByRegulation(power));
        }
        return Optional.empty();
    }

    /**
     * A coercive power that cites administrative or local regulations but no law. 行政强制法 Art 13 reserves
     * coercive enforcement (行政强制执行) to laws. Art 10 lets an administrative regulation create coercive
     * measures (行政强制措施) other than restricting personal freedom, freezing deposits and remittances (Art 9
     * items 1 and 4) and those reserved to laws, and a local regulation only sealing up and seizure (Art 9 items 2
     * and 3); Art 11 第二款 adds that where a law on the matter sets no coercive measure, regulations may not set
     * one. Whether the power is lawful therefore turns on what it is, which the catalogue does not record: the
     * finding is a warning that says what must be checked.
     */
    private static CatalogueFinding coercionByRegulation(Power power) {
        return new CatalogueFinding(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, power.code(), power.provisions(),
                Severity.WARNING, levelDetails(power, List.of(LAW), true), COERCION_BY_LAW);
    }

    private static CatalogueFinding belowLevel(Power power, Requirement requirement) {
        return new CatalogueFinding(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, power.code(), power.provisions(),
                requirement.severity, levelDetails(power, List.copyOf(requirement.levels), false), requirement.basis);
    }

    private static Parameters levelDetails(Power power, List<InstrumentLevel> required, boolean coercionByRegulation) {
        return Parameters.builder().put("powerName", power.name()).put("kind", power.kind())
                .put("requiredLevels", required).put("coercionByRegulation", coercionByRegulation).build();
    }

    private enum Requirement {
        PENALTY(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE),
                Severity.ERROR, LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 16))),
        LICENSING(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, LOCAL_GOVERNMENT_RULE),
                Severity.WARNING, LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 14),
                        Provision.of(ADMINISTRATIVE_LICENSING_LAW, 15), Provision.of(ADMINISTRATIVE_LICENSING_LAW, 17))),
        COERCION(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION), Severity.ERROR, COERCION_BY_LAW);

        private final Set<InstrumentLevel> levels;
        private final Severity severity;
        private final LegalBasis basis;

        Requirement(Set<InstrumentLevel> levels, Severity severity, LegalBasis basis) {
            this.levels = levels;
            this.severity = severity;
            this.basis = basis;
        }

        static Requirement of(PowerKind kind) {
            switch (kind) {
                case ADMINISTRATIVE_PENALTY:
                    return PENALTY;
                case ADMINISTRATIVE_LICENSING:
                    return LICENSING;
                case ADMINISTRATIVE_COERCION:
                    return COERCION;
                default:
                    return null;
            }
        }
    }
}
