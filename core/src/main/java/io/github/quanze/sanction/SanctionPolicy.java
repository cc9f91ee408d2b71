package io.github.quanze.sanction;

import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.rule.Decision;
import io.github.quanze.rule.DecisionTable;
import io.github.quanze.rule.FactSchema;
import io.github.quanze.rule.RuleBook;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A sanction policy (责任追究规则): which sanction follows a fault, for officers and for agencies, over time.
 * <p>
 * {@link #national()} is the default: for officers, the table of 国办发〔2005〕37号 measures with governmental
 * sanctions graded on the ladder of 行政机关公务员处分条例 Art 21 for acts from 2007-06-01 ({@link Edition#ED_2007})
 * and of 公职人员政务处分法 Art 39 from 2020-07-01 ({@link Edition#ED_2020}); for agencies, 限期整改 rising to
 * 通报批评 and 取消评比先进资格. The tables are defaults that interpret the statutes: they grade every kind of fault
 * on one ladder (see {@link io.github.quanze.fault.FaultType} for the ladder each kind has in the statutes and
 * {@link io.github.quanze.fault.Gravity} for how the tiers sit on it), and each row that cites a ladder says so in
 * its title. A province or agency with its own 过错责任追究办法 replaces or extends any row: take
 * {@link #nationalOfficerTable(Edition)}, change its specification with
 * {@link io.github.quanze.rule.TableSpec#toBuilder()} and compile the result with {@link DecisionTable#withSpec}, or
 * write a table of its own and compile it with {@link #faultSchema()}; put it in a {@link RuleBook} and build a
 * policy with {@link #of}. Decisions read as a 处理决定书 states its reasons ({@link LegalWording}).
 * <p>
 * Deciding takes the act date from the fault and the decision date from the caller, and applies 从旧兼从轻
 * (公职人员政务处分法 Art 67).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SanctionPolicy {

    /** The source of the 2007 edition of the officer rules. */
    public static final String EDITION_2007 = "《行政机关公务员处分条例》（国务院令第495号）及国办发〔2005〕37号";
    /** The source of the 2020 edition of the officer rules. */
    public static final String EDITION_2020 = "《中华人民共和国公职人员政务处分法》及国办发〔2005〕37号";
    /** The source of the agency rules. */
    public static final String AGENCY_EDITION = "国办发〔2005〕37号";

    /**
     * An edition of the national officer table (执法人员责任追究表的版本), named by the year of the instrument whose
     * governmental sanctions it imposes; the national policy applies each to the acts of its period, subject to
     * 从旧兼从轻.
     */
    public enum Edition {
        /**
         * 《行政机关公务员处分条例》（国务院令第495号）with 国办发〔2005〕37号: 处分 for acts from 2007-06-01 to
         * 2020-06-30; a suspected crime is referred to the judicial authorities (Art 5).
         */
        ED_2007(EDITION_2007, LocalDate.of(2007, 6, 1)),
        /**
         * 《中华人民共和国公职人员政务处分法》 with 国办发〔2005〕37号 and 公务员法 (2018): 政务处分 for acts from
         * 2020-07-01; a suspected duty crime is referred to the supervisory commission (公务员法 Art 57; 监察法
         * Art 11).
         */
        ED_2020(EDITION_2020, LocalDate.of(2020, 7, 1));

        private final String source;
        private final LocalDate from;

        Edition(String source, LocalDate from) {
            this.source = source;
            this.from = from;
        }

        /**
         * Returns the source the rule book names for this edition, such as {@link SanctionPolicy#EDITION_2020}.
         *
         * @return the source, not null
         */
        public String source() {
            return source;
        }

        /**
         * Returns the first act date this edition applies to.
         *
         * @return the date, not null
         */
        public LocalDate from() {
            return from;
        }
    }

    /** 从旧兼从轻 for governmental sanctions (公职人员政务处分法 Art 67). */
    public static final LegalBasis LEX_MITIOR = LegalBasis.of(Provision.of(GOVERNMENTAL_SANCTIONS_LAW, 67));

    private static final SanctionPolicy NATIONAL = new SanctionPolicy(
            RuleBook.<Fault, Sanction>builder("执法人员责任追究规则", Sanction.HEAVIER, LEX_MITIOR)
                    .version(Edition.ED_2007.source(), Edition.ED_2007.from(), Edition.ED_2020.from(),
                            NationalSanctionTables.officers(Edition.ED_2007))
                    .version(Edition.ED_2020.source(), Edition.ED_2020.from(),
                            NationalSanctionTables.officers(Edition.ED_2020))
                    .build(),
            RuleBook.<Fault, Sanction>builder("行政执法机关责任追究规则", Sanction.HEAVIER, LEX_MITIOR)
                    .version(AGENCY_EDITION, LocalDate.of(2005, 7, 9), NationalSanctionTables.agencies())
                    .build());

    private final RuleBook<Fault, Sanction> officers;
    private final RuleBook<Fault, Sanction> agencies;

    private SanctionPolicy(RuleBook<Fault, Sanction> officers, RuleBook<Fault, Sanction> agencies) {
        this.officers = Objects.requireNonNull(officers, "officers");
        this.agencies = Objects.requireNonNull(agencies, "agencies");
    }

    /**
     * Returns the default national policy.
     *
     * @return the policy, not null
     */
    public static SanctionPolicy national() {
        return NATIONAL;
    }

    /**
     * Obtains a policy from rule books, such as an agency's own.
     *
     * @param officers  the rules for officers, not null
     * @param agencies  the rules for agencies, not null
     * @return the policy, not null
     */
    public static SanctionPolicy of(RuleBook<Fault, Sanction> officers, RuleBook<Fault, Sanction> agencies) {
        return new SanctionPolicy(officers, agencies);
    }

    /**
     * Returns the national officer table of one edition, to verify or to adapt.
     *
     * @param edition  the edition, not null
     * @return the table, not null
     */
    public static DecisionTable<Fault, Sanction> nationalOfficerTable(Edition edition) {
        return NationalSanctionTables.officers(Objects.requireNonNull(edition, "edition"));
    }

    /**
     * Returns the schema the sanction tables read a fault through: its gravity, responsibility, form, circumstances,
     * faults this year, the tier of 政务处分法 Art 39's ladder it reaches, and whether it is a failure to refer, each
     * by the name of its column. A table written as data for faults compiles with it.
     *
     * @return the schema, not null
     */
    public static FactSchema<Fault> faultSchema() {
        return SanctionColumns.FAULT;
    }

    /**
     * Returns the national agency table, to verify or to adapt.
     *
     * @return the table, not null
     */
    public static DecisionTable<Fault, Sanction> nationalAgencyTable() {
        return NationalSanctionTables.agencies();
    }

    /**
     * Returns the rules for officers.
     *
     * @return the rule book, not null
     */
    public RuleBook<Fault, Sanction> officers() {
        return officers;
    }

    /**
     * Returns the rules for agencies.
     *
     * @return the rule book, not null
     */
    public RuleBook<Fault, Sanction> agencies() {
        return agencies;
    }

    /**
     * Decides the sanction for a fault, by 从旧兼从轻 between the rules in force on the act date and on the decision
     * date.
     *
     * @param fault  the fault, not null
     * @param decisionDate  the day of the decision, not before the act, not null
     * @return the decision: the sanction (possibly none), rules fired and overridden, version and citations, not null
     * @throws IllegalArgumentException if the decision is dated before the act, or no rules are in force on either day
     */
    public Decision<Sanction> decide(Fault fault, LocalDate decisionDate) {
        RuleBook<Fault, Sanction> book = fault.subject().kind() == FaultSubject.Kind.OFFICER ? officers : agencies;
        return book.decide(fault, fault.actDate(), decisionDate);
    }

    @Override
    public String toString() {
        return "SanctionPolicy{" + officers + ", " + agencies + "}";
    }
}
