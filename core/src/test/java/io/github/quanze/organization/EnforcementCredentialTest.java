package io.github.quanze.organization;

import static io.github.quanze.testing.Fixtures.AREA_MARKET;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.CREDENTIAL_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.CREDENTIAL_INSPECTOR_B_SUSPENDED;
import static io.github.quanze.testing.Fixtures.DATE_2026_12_31;
import static io.github.quanze.testing.Fixtures.DATE_2027_01_01;
import static io.github.quanze.testing.Fixtures.OFFICER_INSPECTOR_A;
import static io.github.quanze.testing.Fixtures.credential;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class EnforcementCredentialTest {

    @Example
    void statusOn_followsTheValidityPeriodWithBothEndsIncluded() {
        assertThat(CREDENTIAL_INSPECTOR_A.statusOn(LocalDate.of(2021, 12, 31))).isEqualTo(CredentialStatus.NOT_YET_VALID);
        assertThat(CREDENTIAL_INSPECTOR_A.statusOn(LocalDate.of(2022, 1, 1))).isEqualTo(CredentialStatus.VALID);
        assertThat(CREDENTIAL_INSPECTOR_A.statusOn(DATE_2026_12_31)).isEqualTo(CredentialStatus.VALID);
        assertThat(CREDENTIAL_INSPECTOR_A.statusOn(DATE_2027_01_01)).isEqualTo(CredentialStatus.EXPIRED);
    }

    @Example
    void statusOn_appliesRecordedChangesFromTheirDate() {
        assertThat(CREDENTIAL_INSPECTOR_B_SUSPENDED.statusOn(LocalDate.of(2024, 2, 29))).isEqualTo(CredentialStatus.VALID);
        assertThat(CREDENTIAL_INSPECTOR_B_SUSPENDED.statusOn(LocalDate.of(2024, 3, 1)))
                .isEqualTo(CredentialStatus.SUSPENDED);
        EnforcementCredential restored = CREDENTIAL_INSPECTOR_B_SUSPENDED.withStatusChange(
                new CredentialStatusChange(LocalDate.of(2024, 6, 1), CredentialStatus.VALID, "培训合格，恢复执法"));
        assertThat(restored.statusOn(LocalDate.of(2024, 6, 1))).isEqualTo(CredentialStatus.VALID);
        assertThat(CREDENTIAL_INSPECTOR_B_SUSPENDED.statusChanges()).hasSize(1);
    }

    @Example
    void covers_checksTheListedAreas() {
        assertThat(CREDENTIAL_INSPECTOR_A.covers(AREA_TOBACCO)).isTrue();
        assertThat(CREDENTIAL_INSPECTOR_A.covers(AREA_MARKET)).isFalse();
    }

    @Example
    void build_rejectsACertificateThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> credential("ZF-9", OFFICER_INSPECTOR_A, LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1)))
                .withMessageContaining(
                        "Credential 'ZF-9': validity must not end (2024-01-01) before it starts (2024-01-02)");
    }

    @Example
    void build_rejectsBadNumbersAndAreas() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> credential("ZF 9", OFFICER_INSPECTOR_A, LocalDate.of(2024, 1, 1), DATE_2026_12_31))
                .withMessageContaining("must not be blank or contain spaces, but was 'ZF 9'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> EnforcementCredential.builder().number("ZF-9").holder(OFFICER_INSPECTOR_A)
                        .issuingAuthority("某市人民政府").validFrom(LocalDate.of(2024, 1, 1)).validUntil(DATE_2026_12_31)
                        .build())
                .withMessageContaining("Credential 'ZF-9' must cover at least one enforcement area");
    }

    @Example
    void withStatusChange_rejectsChangesOutOfOrderRepeatedOrAfterRevocation() {
        LocalDate before = LocalDate.of(2024, 2, 1);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CREDENTIAL_INSPECTOR_B_SUSPENDED.withStatusChange(
                        new CredentialStatusChange(before, CredentialStatus.VALID, "恢复")))
                .withMessageContaining("status changes must be in date order, but 2024-02-01 follows 2024-03-01");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CREDENTIAL_INSPECTOR_B_SUSPENDED.withStatusChange(
                        new CredentialStatusChange(LocalDate.of(2024, 4, 1), CredentialStatus.SUSPENDED, "再次暂扣")))
                .withMessageContaining("repeats status SUSPENDED");
        EnforcementCredential revoked = CREDENTIAL_INSPECTOR_A.withStatusChange(
                new CredentialStatusChange(LocalDate.of(2024, 5, 1), CredentialStatus.REVOKED, "取消执法资格"));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> revoked.withStatusChange(
                        new CredentialStatusChange(LocalDate.of(2024, 6, 1), CredentialStatus.VALID, "恢复")))
                .withMessageContaining("no status change may follow REVOKED");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> CREDENTIAL_INSPECTOR_A.withStatusChange(
                        new CredentialStatusChange(LocalDate.of(2021, 6, 1), CredentialStatus.SUSPENDED, "暂扣")))
                .withMessageContaining("status change on 2021-06-01 is before validity starts (2022-01-01)");
    }

    @Example
    void statusChange_cannotRecordADerivedStatus() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CredentialStatusChange(LocalDate.of(2024, 1, 1), CredentialStatus.EXPIRED, "到期"))
                .withMessageContaining("status EXPIRED follows from the validity period and cannot be recorded");
    }

    @Example
    void build_normalisesTheAreasAndCoversAPaddedArea() {
        EnforcementCredential padded = EnforcementCredential.builder().number("ZF-9").holder(OFFICER_INSPECTOR_A)
                .issuingAuthority("某市人民政府").addAreas("烟草专卖 ", "\u3000市场监管").validFrom(LocalDate.of(2024, 1, 1))
                .validUntil(DATE_2026_12_31).build();
        assertThat(padded.areas()).containsExactly(AREA_TOBACCO, AREA_MARKET);
        assertThat(padded.covers(" 烟草专卖")).isTrue();
        assertThat(padded.covers(AREA_TOBACCO)).isTrue();
        assertThat(CREDENTIAL_INSPECTOR_A.covers("烟草专卖\u3000")).isTrue();
        assertThatIllegalArgumentException().isThrownBy(() -> CREDENTIAL_INSPECTOR_A.covers(" "))
                .withMessage("Enforcement area must not be blank, but was ' '");
    }

    @Property
    void aFinalStatusHoldsOnEveryLaterDay(@ForAll @IntRange(min = 0, max = 3000) int revokedAfter,
            @ForAll @IntRange(min = 0, max = 5000) int askedAfter) {
        LocalDate revokedOn = LocalDate.of(2022, 1, 1).plusDays(revokedAfter);
        EnforcementCredential revoked = CREDENTIAL_INSPECTOR_A.withStatusChange(
                new CredentialStatusChange(revokedOn, CredentialStatus.REVOKED, "取消执法资格"));
        assertThat(revoked.statusOn(revokedOn.plusDays(askedAfter))).isEqualTo(CredentialStatus.REVOKED);
        assertThat(revoked.statusOn(revokedOn.minusDays(1))).isNotEqualTo(CredentialStatus.REVOKED);
    }
}
