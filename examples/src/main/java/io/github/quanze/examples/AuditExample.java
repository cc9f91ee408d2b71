package io.github.quanze.examples;

import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationFinding;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.organization.Certification;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.power.AccountabilityClause;
import io.github.quanze.power.CatalogueFinding;
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerKind;
import io.github.quanze.power.ResponsibilityItem;
import io.github.quanze.rule.Finding;
import io.github.quanze.rule.Severity;
import io.github.quanze.text.BilingualText;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The first half of the pipeline on the tobacco monopoly bureau of seed 000: legal basis (梳理执法依据), power
 * catalogue (权责清单) and allocation of powers to posts (分解执法职权), printed as an audit report in Chinese or
 * English.
 */
final class AuditExample {

    private final PrintWriter out;
    private final Locale locale;
    private final AuditInput input;

    AuditExample(PrintWriter out, Locale locale) {
        this(out, locale, AuditInput.tobacco());
    }

    AuditExample(PrintWriter out, Locale locale, AuditInput input) {
        this.out = out;
        this.locale = locale;
        this.input = input;
    }

    /** Audits the agency's data on the audit date and prints the report. */
    void run() {
        LocalDate date = input.date();
        AllocationReport report = AllocationAudit.run(input.catalogue(), input.organization(), input.table(), date);

        line(in(input.title()));
        line(t("检查日期：", "Audit date: ").concat(date.toString()));
        printBasis(input.basis(), date);
        printCatalogue(input.catalogue());
        printFindings(t("三、权责清单自查", "3. Catalogue self-check"), input.catalogue().findings());
        printStaff(input.organization(), date);
        printFindings(t("五、职权分解检查", "5. Allocation audit"), report.findings());
    }

    private void printBasis(BasisCatalogue basis, LocalDate date) {
        line("");
        line(t("一、执法依据目录（", "1. Legal basis (") + basis.instruments().size()
                + t(" 件，检查日施行中 ", " instruments, in force on the audit date: ") + basis.inForceOn(date).size()
                + t(" 件）", ")"));
        for (LegalInstrument instrument : basis.instruments()) {
            String repeal = instrument.repealDate().map(r -> t("，", ", ") + r + t("失效", " repealed")).orElse("");
            line("  " + pad(in(instrument.level().label()), 26) + instrument.citation() + " "
                    + instrument.effectiveDate() + t("施行", " effective") + repeal);
        }
    }

    private void printCatalogue(PowerCatalogue catalogue) {
        line("");
        line(t("二、权责清单：", "2. Power catalogue: ") + catalogue.name() + t("，", ", ") + catalogue.size()
                + t(" 项", " powers"));
        line("  " + Arrays.stream(PowerKind.values())
                .filter(kind -> !catalogue.byKind(kind).isEmpty())
                .map(kind -> in(kind.label()) + " " + catalogue.byKind(kind).size() + t(" 项", ""))
                .collect(Collectors.joining(t("，", ", "))));
        Power sample = catalogue.power(input.sample());
        line(t("  清单条目示例：", "  Sample entry: ") + sample.label());
        line(t("    类型：", "    Kind: ") + in(sample.kind().label()) + t("；实施主体：", "; agency: ")
                + sample.implementingAgency() + t("；执法领域：", "; area: ") + sample.enforcementArea());
        line(t("    实施依据：", "    Basis: ") + in(sample.legalBasis().toText()));
        for (ResponsibilityItem item : sample.responsibilityItems()) {
            line("    " + item.stage() + t("：", ": ") + item.duty());
        }
        for (AccountabilityClause clause : sample.accountabilityClauses()) {
            line(t("    追责情形：", "    Accountable when: ") + clause.situation() + t("（", " (")
                    + in(clause.basis().toText()) + t("）", ")"));
        }
    }

    private void printStaff(Organization organization, LocalDate date) {
        line("");
        line(t("四、岗位与执法人员（", "4. Posts and officers (") + organization.posts().size() + t(" 个岗位，", " posts, ")
                + organization.officers().size() + t(" 名执法人员）", " officers)"));
        for (Post post : organization.posts()) {
            String officers = organization.officersAt(post.id()).stream()
                    .map(officer -> officer.name() + t("（", " (") + status(organization, officer, date) + t("）", ")"))
                    .collect(Collectors.joining(t("、", "; ")));
            String agency = organization.findAgency(organization.agencyOf(post.id())).orElseThrow().name();
            line("  " + post.label() + " " + agency + t("：", ": ") + (officers.isEmpty() ? t("空缺", "vacant") : officers));
        }
    }

    private String status(Organization organization, Officer officer, LocalDate date) {
        Certification certification = organization.certification(officer.id(), input.area(), date);
        return certification.credentialNumber().map(n -> n + " ").orElse("") + in(certification.outcome().label());
    }

    private void printFindings(String heading, List<? extends Finding> findings) {
        line("");
        long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
        line(heading + t("：", ": ") + findings.size() + t(" 项（违法 ", " findings (errors: ") + errors
                + t(" 项，风险 ", ", warnings: ") + (findings.size() - errors) + t(" 项）", ")"));
        int n = 1;
        for (Finding finding : findings) {
            line(String.format("  %d. [%s] %s", n++, in(finding.severity().label()), in(label(finding))));
            line("     " + in(finding.message()));
            line(t("     依据：", "     Basis: ") + in(finding.basis().citation()));
        }
    }

    private static BilingualText label(Finding finding) {
        if (finding instanceof AllocationFinding allocation) {
            return allocation.issue().label();
        }
        return ((CatalogueFinding) finding).issue().label();
    }

    /** Picks a heading in the report's language; the library's own texts come as {@link BilingualText}. */
    private String t(String zh, String en) {
        return Locale.CHINESE.getLanguage().equals(locale.getLanguage()) ? zh : en;
    }

    private String in(BilingualText text) {
        return text.in(locale);
    }

    private void line(String text) {
        out.println(text);
    }

    /** Pads to a width in terminal columns, counting each Chinese character as two. */
    private static String pad(String text, int width) {
        int columns = text.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
        return text + " ".repeat(Math.max(1, width - columns));
    }
}
