package io.github.quanze.examples;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.Harm;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.PenaltyRuling;
import io.github.quanze.discretion.StandardVerification;
import io.github.quanze.discretion.StandardVerifier;
import io.github.quanze.disparity.DisparityAnalysis;
import io.github.quanze.disparity.DisparityCounts;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The tobacco bureau's penalty discretion (行政处罚裁量): its standards, penalties ruled under them with their
 * reasoning (说理), and the penalty of the tour's case.
 */
final class DiscretionExample extends Report {

    /** The offence of the tour's case 示烟罚〔2026〕37号: counterfeit cigarettes sold for 36,800 yuan. */
    static final Offence TOUR_OFFENCE = Offence.builder().item("TL-58").act(LocalDate.of(2026, 8, 28))
            .discovered(LocalDate.of(2026, 9, 1)).decided(LocalDate.of(2026, 10, 19)).base(new BigDecimal("36800"))
            .circumstances(facts(36_800, false)).build();

    /** The size and seed of the generated year the command analyses. */
    static final int YEAR_CASES = 2_400;
    static final long YEAR_SEED = 2026;

    DiscretionExample(PrintWriter out, Locale locale) {
        super(out, locale);
    }

    static Circumstances facts(long amount, boolean repeated) {
        return Circumstances.builder().set("amount", amount).set("repeated", repeated).build();
    }

    /** Three offences before the county bureau, and one discovered too late. */
    static List<Offence> countyOffences() {
        LocalDate decided = LocalDate.of(2026, 5, 20);
        return List.of(
                Offence.builder().item("TL-58").act(LocalDate.of(2026, 3, 2)).discovered(LocalDate.of(2026, 3, 2))
                        .decided(decided).base(new BigDecimal("18600")).circumstances(facts(18_600, false)).build(),
                Offence.builder().item("TL-57").act(LocalDate.of(2026, 4, 11)).discovered(LocalDate.of(2026, 4, 11))
                        .decided(decided).base(new BigDecimal("3200")).circumstances(facts(3_200, false))
                        .party(PartyFacts.builder().age(16).build()).build(),
                Offence.builder().item("TL-56").act(LocalDate.of(2026, 4, 20)).discovered(LocalDate.of(2026, 4, 22))
                        .decided(decided).base(new BigDecimal("8000")).circumstances(facts(8_000, false))
                        .party(PartyFacts.builder().firstOffence(true).harm(Harm.SLIGHT).correctedInTime(true)
                                .build()).build(),
                Offence.builder().item("TL-60").act(LocalDate.of(2023, 10, 9)).discovered(LocalDate.of(2026, 2, 3))
                        .decided(decided).base(new BigDecimal("52000")).circumstances(facts(52_000, false)).build());
    }

    /** Prints the standards and the county bureau's rulings. */
    void run() {
        line(t("行政处罚裁量基准", "Discretion standards"));
        for (DiscretionStandard s : TobaccoStandards.countyBureau().standards()) {
            line("  " + s.number() + " " + s.title() + t("，", ", ") + in(s.level().label()) + t("，自", ", from ")
                    + s.effective() + t("起施行，", ", ") + s.items().size() + t(" 项违法行为", " items")
                    + s.implementing().map(n -> t("，细化", ", implementing ") + n).orElse(""));
        }
        line("");
        StandardVerification verification = StandardVerifier.standard().verifyAll(TobaccoStandards.countyBureau());
        line(t("裁量基准校验", "Verification of the standards"));
        line(in(indented("  ", verification.render())));
        line("");
        line(t("县局处罚裁量（", "Rulings of the county bureau (") + countyOffences().size() + t(" 件）", " offences)"));
        int i = 1;
        for (Offence offence : countyOffences()) {
            printRuling(i++ + ". ", TobaccoStandards.countyBureau(), offence);
        }
        line("");
        printDisparities(YEAR_CASES, YEAR_SEED);
    }

    /** Prints the analysis of like cases of a generated year. */
    void printDisparities(int cases, long seed) {
        DisparityReport report = DisparityAnalysis.create().addAll(DiscretionYear.generate(cases, seed)).report();
        line(t("类案同罚分析（", "Analysis of like cases (") + report.cases() + t(" 件已决案件，", " decided cases, ")
                + report.groups().size() + t(" 个类案组，价差比例上限", " groups, spread ratio at most ")
                + report.settings().spreadRatio().toPlainString() + t("）", ")"));
        for (DisparityFinding.Kind kind : DisparityFinding.Kind.values()) {
            List<DisparityFinding> found = report.findings(kind);
            line("  " + kind.code() + t("：", ": ") + found.size());
            for (DisparityFinding finding : found.subList(0, Math.min(2, found.size()))) {
                line("    - " + in(finding.message()));
            }
        }
        line(t("  执法主体：案件数 / 畸轻畸重案件 / 所在类案组有差异的案件",
                "  Agencies: cases / cases with an outlier / cases in a group with a disparity"));
        for (DisparityCounts counts : report.agencies()) {
            line("    " + counts.name() + "  " + counts.cases() + " / " + counts.outlierCases() + " / "
                    + counts.disparateCases());
        }
        List<DisparityCounts> officers = report.officers().stream()
                .sorted(Comparator.comparingLong(DisparityCounts::outlierCases).reversed()).limit(3).toList();
        line(t("  畸轻畸重案件最多的承办人：", "  Officers with the most outliers: ") + officers.stream()
                .map(o -> o.name() + " " + o.outlierCases() + "/" + o.cases())
                .collect(Collectors.joining(t("，", ", "))));
    }

    /** Prints the penalty of the tour's case. */
    void runTourStep() {
        line(t("六、处罚裁量：", "6. Penalty discretion: ") + "示烟罚〔2026〕37号");
        printRuling("  ", TobaccoStandards.city(), TOUR_OFFENCE);
    }

    private void printRuling(String prefix, PenaltyDiscretion discretion, Offence offence) {
        line(in(report(prefix, discretion.decide(offence))));
    }

    /**
     * A ruling's report, as the command line prints it: the prefix and item, disposition, tier and range of the fine,
     * then its reasoning indented.
     */
    static BilingualText report(String prefix, PenaltyRuling ruling) {
        BilingualText summary = BilingualText.of(prefix + ruling.offence().item() + " ",
                prefix + ruling.offence().item() + " ").join("", "", ruling.disposition().label());
        if (ruling.tier().isPresent()) {
            summary = summary.join("，", ", ", ruling.tier().get().level().label());
        }
        if (ruling.bounds().isPresent()) {
            String range = ruling.bounds().get().min().toPlainString() + "–"
                    + ruling.bounds().get().max().toPlainString();
            summary = summary.join("，", ", ", BilingualText.of("罚款" + range + "元", "fine " + range + " yuan"));
        }
        return summary.join("\n", "\n", indented("   ", ruling.text()));
    }

    /** A text with every line indented. */
    static BilingualText indented(String indent, BilingualText text) {
        return BilingualText.of(indent + text.zh().replace("\n", "\n" + indent),
                indent + text.en().replace("\n", "\n" + indent));
    }
}
