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

import io.github.quanze.basis.BilingualText;
import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.rule.Severity;
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
        String zh = stale.stream().map(p -> p + "（" + whyNotInForceZh(p.instrument(), date) + "）")
                .collect(Collectors.joining("、"));
        String en = stale.stream().map(p -> p.toEnglish() + " (" + whyNotInForceEn(p.instrument(), date) + ")")
                .collect(Collectors.joining("; "));
        BilingualText message = BilingualText.of(
                "职权" + power.label() + "的实施依据" + zh + "在" + date + "不在施行期内，应当及时调整权责清单",
                "Power " + power.code() + " (" + power.name() + ") cites " + en + ", not in force on " + date
                        + "; the catalogue must be updated");
        return Optional.of(new CatalogueFinding(CatalogueIssue.BASIS_NOT_IN_FORCE, power.code(), stale,
                Severity.ERROR, message, SORT_OUT_BASIS));
    }

    /**
     * A penalty, licence or coercive measure can only be created by instruments of certain levels: 行政处罚法
     * Art 16 (no penalty from normative documents), 行政许可法 Art 14, 15 and 17 (laws, administrative and local
     * regulations, provincial government rules), 行政强制法 Art 10 (laws, administrative and local regulations).
     * <p>
     * Interpretation: the check passes if any cited instrument has a sufficient level. A licence created by a
     * State Council decision (许可法 Art 14 第二款), or a local government rule that is not provincial, cannot be
     * told apart by level, so licensing findings are warnings.
     */
    static Optional<CatalogueFinding> basisLevel(Power power) {
        Requirement requirement = Requirement.of(power.kind());
        if (requirement == null || power.provisions().stream()
                .anyMatch(p -> requirement.levels.contains(p.instrument().level()))) {
            return Optional.empty();
        }
        List<String> zh = requirement.levels.stream().map(l -> l.label().zh()).collect(Collectors.toList());
        List<String> en = requirement.levels.stream().map(l -> l.label().en()).collect(Collectors.toList());
        String levels = String.join("、", zh.subList(0, zh.size() - 1)) + "或者" + zh.get(zh.size() - 1);
        String levelsEn = String.join(", ", en.subList(0, en.size() - 1)) + " or " + en.get(en.size() - 1);
        BilingualText message = BilingualText.of(
                "职权" + power.label() + "属于" + power.kind().label().zh() + "，但实施依据中没有" + levels
                        + "，依据层级不足以设定该职权",
                "Power " + power.code() + " (" + power.name() + ") is of the kind " + power.kind().label().en()
                        + " but cites no " + levelsEn + "; its basis cannot create such a power");
        return Optional.of(new CatalogueFinding(CatalogueIssue.BASIS_BELOW_REQUIRED_LEVEL, power.code(),
                power.provisions(), requirement.severity, message, requirement.basis));
    }

    private static String whyNotInForceZh(LegalInstrument instrument, LocalDate date) {
        return date.isBefore(instrument.effectiveDate())
                ? instrument.effectiveDate() + "起施行"
                : "已于" + instrument.repealDate().orElseThrow() + "失效";
    }

    private static String whyNotInForceEn(LegalInstrument instrument, LocalDate date) {
        return date.isBefore(instrument.effectiveDate())
                ? "in force from " + instrument.effectiveDate()
                : "no longer in force from " + instrument.repealDate().orElseThrow();
    }

    private enum Requirement {
        PENALTY(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, DEPARTMENTAL_RULE, LOCAL_GOVERNMENT_RULE),
                Severity.ERROR, LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 16))),
        LICENSING(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION, LOCAL_GOVERNMENT_RULE),
                Severity.WARNING, LegalBasis.of(Provision.of(ADMINISTRATIVE_LICENSING_LAW, 14),
                        Provision.of(ADMINISTRATIVE_LICENSING_LAW, 15), Provision.of(ADMINISTRATIVE_LICENSING_LAW, 17))),
        COERCION(EnumSet.of(LAW, ADMINISTRATIVE_REGULATION, LOCAL_REGULATION),
                Severity.ERROR, LegalBasis.of(Provision.of(ADMINISTRATIVE_COERCION_LAW, 10)));

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
