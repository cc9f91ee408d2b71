package io.github.quanze.benchmarks;

import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.Provision;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import io.github.quanze.procedure.ProcedureTemplates;
import io.github.quanze.publish.site.AgencySite;
import java.util.Set;

/**
 * The published site (公示网站) of a {@link SyntheticAgency} for benchmarks: its catalogue with the duties (责任事项) and
 * accountability clauses (追责情形) a real 权责清单 lists for every power, its organization and allocation table, the
 * statutory procedures for the kinds of power it holds, a basis catalogue and a discretion standard.
 * <p>
 * The agency has {@code powers / 10} posts and {@code powers / 2} officers, as in {@link AllocationAuditBenchmark}.
 * Every power gets three duties and two accountability clauses (行政处罚法 Art 76 and Art 77); a penalty power also
 * cites the article of the standard's invented regulation that punishes one of its {@value #STANDARD_ITEMS} items
 * ({@link SyntheticStandards}), so that its row links to that item. The standard and the procedures are the same for
 * every size: only the catalogue, the organization and the allocation grow.
 */
public final class SyntheticSite {

    /** The violation items of the site's discretion standard. */
    public static final int STANDARD_ITEMS = 100;

    private static final String[][] DUTIES = {{"立案责任", "对发现的违法行为，依法审查决定是否立案。"},
        {"调查责任", "全面、客观、公正地调查收集证据，执法人员不少于两人并出示执法证件。"},
        {"决定责任", "依法作出决定，制作法律文书，载明依据和救济途径。"}};

    private SyntheticSite() {}

    /**
     * Generates a site.
     *
     * @param powers  the number of powers, at least 2 (the agency has at least 40 posts)
     * @param seed  the seed of the agency; the same arguments give the same site
     * @return the site, not null
     */
    public static AgencySite generate(int powers, long seed) {
        SyntheticAgency agency = SyntheticAgency.generate(powers, Math.max(40, powers / 10), powers / 2, seed);
        PowerCatalogue plain = agency.catalogue();
        PowerCatalogue.Builder catalogue = PowerCatalogue.builder(plain.name(), plain.agency(), plain.date());
        int n = 0;
        for (Power power : plain.powers()) {
            Power.Builder b = power.toBuilder();
            for (String[] duty : DUTIES) {
                b.addResponsibilityItem(new ResponsibilityItem(duty[0], duty[1]));
            }
            b.addAccountabilityClause(new AccountabilityClause("未依法履行" + power.name() + "职责，造成不良后果的",
                    LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 76))));
            b.addAccountabilityClause(new AccountabilityClause("执法人员玩忽职守，对应当予以制止和处罚的违法行为不予制止、"
                    + "处罚的", LegalBasis.of(Provision.of(Instruments.ADMINISTRATIVE_PENALTY_LAW, 83))));
            if (power.kind() == PowerKind.ADMINISTRATIVE_PENALTY) {
                b.addProvision(Provision.of(SyntheticStandards.REGULATION, 400 + n++ % STANDARD_ITEMS));
            }
            catalogue.add(b.build());
        }
        BasisCatalogue basis = BasisCatalogue.builder("某省市场监督管理局执法依据目录")
                .add(Instruments.ADMINISTRATIVE_PENALTY_LAW, Instruments.ADMINISTRATIVE_LICENSING_LAW,
                        Instruments.ADMINISTRATIVE_COERCION_LAW, SyntheticStandards.REGULATION)
                .build();
        return AgencySite.builder().date(SyntheticAgency.AUDIT_DAY).basis(basis).powers(catalogue.build())
                .organization(agency.organization()).allocation(agency.table())
                .procedure(ProcedureTemplates.PENALTY_ORDINARY, Set.of(PowerKind.ADMINISTRATIVE_PENALTY))
                .procedure(ProcedureTemplates.PENALTY_SUMMARY, Set.of(PowerKind.ADMINISTRATIVE_PENALTY))
                .procedure(ProcedureTemplates.LICENSING_GENERAL, Set.of(PowerKind.ADMINISTRATIVE_LICENSING))
                .procedure(ProcedureTemplates.SEIZURE_AND_DETENTION, Set.of(PowerKind.ADMINISTRATIVE_COERCION))
                .standards(java.util.List.of(SyntheticStandards.generate(STANDARD_ITEMS, SyntheticStandards.SEED)
                        .provincial()))
                .build();
    }
}
