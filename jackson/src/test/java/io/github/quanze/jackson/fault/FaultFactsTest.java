package io.github.quanze.jackson.fault;

import static io.github.quanze.jackson.testing.DocumentAssertions.assertInvalid;
import static io.github.quanze.jackson.testing.DocumentAssertions.assertRoundTrip;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Fault;
import io.github.quanze.fault.Gravity;
import io.github.quanze.jackson.QuanzeDocuments;
import io.github.quanze.jackson.codec.DocumentContext;
import io.github.quanze.sanction.SanctionPolicy;
import io.github.quanze.testkit.QuanzeArbitraries;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The facts of a fault as a document: what {@code decide --facts} reads. */
class FaultFactsTest {

    private static final String FAULT = """
            kind: fault
            version: 1
            subject: {kind: OFFICER, id: O-04, name: 赵丽}
            type: NO_CREDENTIAL
            form: GROSS_NEGLIGENCE
            consequence: MINOR
            role: HANDLER
            responsibility: DIRECT
            actDate: 2026-05-12
            description: 执法证过期仍参与检查
            """;

    @Property(tries = 200)
    void aFaultsFactsSurviveJsonAndYaml(@ForAll("faults") Fault fault) {
        assertRoundTrip(FaultDocuments.FAULT, fault, DocumentContext.empty());
    }

    @Provide
    net.jqwik.api.Arbitrary<Fault> faults() {
        return QuanzeArbitraries.faults();
    }

    @Example
    void aHandWrittenFaultIsGradedAndDecidedAsInJava() {
        Fault read = QuanzeDocuments.yaml().reader(FaultDocuments.FAULT).readString("fault.yaml", FAULT);

        assertThat(read.description().zh()).isEqualTo("执法证过期仍参与检查");
        assertThat(read.description().en()).isEqualTo("执法证过期仍参与检查");
        assertThat(read.faultsThisYear()).isEqualTo(1);
        assertThat(read.gravity()).isIn(Gravity.values());
        assertThat(SanctionPolicy.national().decide(read, LocalDate.of(2026, 7, 15)).outcome())
                .isEqualTo(SanctionPolicy.national().decide(Fault.builder().subject(read.subject())
                        .type(read.type()).form(read.form()).consequence(read.consequence()).role(read.role())
                        .responsibility(read.responsibility()).actDate(read.actDate())
                        .description("执法证过期仍参与检查").build(), LocalDate.of(2026, 7, 15)).outcome());
    }

    @Example
    void aFaultTheLibraryRefusesIsOneError() {
        assertInvalid(FaultDocuments.FAULT, DocumentContext.empty(), FAULT.replace("role: HANDLER", "role: AGENCY"))
                .hasMessageStartingWith("doc.yaml:1:1 /: ");
        assertInvalid(FaultDocuments.FAULT, DocumentContext.empty(), FAULT + "faultsThisYear: 0\n")
                .hasMessageContaining("/faultsThisYear: field \"faultsThisYear\" value 0: must be a whole number "
                        + "from 1 to 50");
        assertInvalid(FaultDocuments.FAULT, DocumentContext.empty(), FAULT.replace("description: 执法证过期仍参与检查\n",
                "")).hasMessageContaining("field \"description\": required field of faultFacts is missing");
    }
}
