package io.github.quanze.organization;

import static io.github.quanze.testing.Rendering.assertRendered;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.testkit.text.TextArbitraries;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The wording of certification answers: the explanation and the short label, in both languages. */
class OrganizationMessagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 10, 8);

    @Example
    void certification_withACertificate() {
        Certification expired = new Certification(OfficerId.of("O-07"), "烟草专卖", DAY, CertificationOutcome.EXPIRED,
                Optional.of("ZF-0012"));
        assertThat(expired.explanation()).isEqualTo(BilingualText.of(
                "执法人员 O-07 在 2026-10-08 执法证 ZF-0012：执法证已过有效期（执法领域：烟草专卖）",
                "Officer O-07 on 2026-10-08: certificate ZF-0012: certificate expired (area: 烟草专卖)"));
        assertThat(expired.label()).isEqualTo(BilingualText.of("O-07 ZF-0012 执法证已过有效期",
                "O-07 ZF-0012 certificate expired"));
    }

    @Example
    void certification_withoutACertificate() {
        Certification none = new Certification(OfficerId.of("O-99"), "烟草专卖", DAY, CertificationOutcome.NO_CREDENTIAL,
                Optional.empty());
        assertThat(none.explanation()).isEqualTo(BilingualText.of("执法人员 O-99 在 2026-10-08 未取得执法证（执法领域：烟草专卖）",
                "Officer O-99 on 2026-10-08: holds no enforcement certificate (area: 烟草专卖)"));
        assertThat(none.label()).isEqualTo(BilingualText.of("O-99 未取得执法证", "O-99 holds no enforcement certificate"));
    }

    @Property
    void everyOutcome_rendersInBothLanguages(@ForAll("certifications") Certification certification) {
        assertRendered(certification.explanation());
        assertRendered(certification.label());
        assertThat(certification.label().zh()).startsWith(certification.officer().value())
                .endsWith(certification.outcome().label().zh());
    }

    @Provide
    Arbitrary<Certification> certifications() {
        return TextArbitraries.certifications();
    }
}
