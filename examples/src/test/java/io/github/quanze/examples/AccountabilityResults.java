package io.github.quanze.examples;

import static io.github.quanze.examples.Digest.list;
import static io.github.quanze.examples.Digest.opt;

import io.github.quanze.fault.Apportionment.Share;
import io.github.quanze.organization.Certification;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * The legal results (法律结果) of {@code accountability} ({@link AccountabilityExample}): for each of its six cases,
 * the certification looked up, the apportionment of responsibility, and each fault with the decision on it (sanction,
 * rules fired and overridden, version applied and why).
 */
final class AccountabilityResults {

    private AccountabilityResults() {}

    /** The digest of what the cases decided: the example's {@link #outcomes()}, or others to compare with. */
    static Digest digest(List<AccountabilityExample.Outcome> outcomes) {
        Digest d = new Digest();
        for (int i = 0; i < outcomes.size(); i++) {
            AccountabilityExample.Outcome outcome = outcomes.get(i);
            d.section("accountability.case-" + (i + 1));
            outcome.certifications().forEach(c -> d.line(certificationLine(c)));
            outcome.shares().forEach(s -> d.line(shareLine(s)));
            for (AccountabilityExample.Decided decided : outcome.decisions()) {
                d.line(LegalLines.faultLine(decided.fault()));
                d.line("decided on=" + decided.on());
                LegalLines.sanctionDecision(d, decided.decision());
            }
        }
        return d;
    }

    /** Runs the example, its printed report thrown away, for what it decided. */
    static List<AccountabilityExample.Outcome> outcomes() {
        return new AccountabilityExample(new PrintWriter(Writer.nullWriter()), Locale.ENGLISH).run();
    }

    static String certificationLine(Certification certification) {
        return "certification officer=" + certification.officer().value() + " date=" + certification.date()
                + " outcome=" + certification.outcome() + " credential=" + opt(certification.credentialNumber());
    }

    static String shareLine(Share share) {
        return "share person=" + share.participant().person() + " role=" + share.participant().role() + " dissented="
                + share.participant().dissented() + " responsibility=" + share.responsibility() + " fired="
                + list(LegalLines.ruleIds(share.decision().fired()));
    }
}
