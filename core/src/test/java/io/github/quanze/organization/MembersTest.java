package io.github.quanze.organization;

import static io.github.quanze.testing.Fixtures.AGENCY_CITY;
import static io.github.quanze.testing.Fixtures.AREA_TOBACCO;
import static io.github.quanze.testing.Fixtures.DATE_2026_12_31;
import static io.github.quanze.testing.Fixtures.OFFICER_CHIEF;
import static io.github.quanze.testing.Fixtures.UNIT_MONOPOLY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import net.jqwik.api.Example;

/** Validation of the organization's members when built. */
class MembersTest {

    @Example
    void agencyAndUnit_rejectBlankNames() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Agency(AGENCY_CITY, " "))
                .withMessage("Agency CITY: name must not be blank, but was ' '");
        assertThatIllegalArgumentException().isThrownBy(() -> new Unit(UNIT_MONOPOLY, AGENCY_CITY, ""))
                .withMessage("Unit MONOPOLY: name must not be blank, but was ''");
    }

    @Example
    void post_rejectsBlankNameAndDuties() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Post.builder().id(PostId.of("P")).unit(UNIT_MONOPOLY).name(" ").build())
                .withMessage("Post P: name must not be blank, but was ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Post.builder().id(PostId.of("P")).unit(UNIT_MONOPOLY).name("稽查岗")
                        .addDuties("查处案件", " ").build())
                .withMessage("Post P: duty 2 must not be blank, but was ' '");
    }

    @Example
    void officer_rejectsBlankName() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Officer.builder().id(OfficerId.of("O")).name("").agency(AGENCY_CITY).build())
                .withMessage("Officer O: name must not be blank, but was ''");
    }

    @Example
    void officer_rejectsAnOfficerWithNoPost() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> Officer.builder().id(OfficerId.of("O")).name("冯刚").agency(AGENCY_CITY).build())
                .withMessage("Officer O must hold at least one post, but holds none");
    }

    @Example
    void names_rejectControlCharactersAndSurroundingSpaces() {
        assertThatIllegalArgumentException().isThrownBy(() -> new Agency(AGENCY_CITY, "某市\u0000烟草专卖局"))
                .withMessage("Agency CITY: name must not contain control character U+0000 (at index 2), but was "
                        + "'某市\\u0000烟草专卖局'");
        assertThatIllegalArgumentException().isThrownBy(() -> new Unit(UNIT_MONOPOLY, AGENCY_CITY, "专卖科 "))
                .withMessage("Unit MONOPOLY: name must not begin or end with a space, but was '专卖科 '");
        assertThatIllegalArgumentException().isThrownBy(() -> Post.builder().id(PostId.of("P")).unit(UNIT_MONOPOLY)
                        .name("稽查岗").addDuties("依法\n检查").build())
                .withMessageStartingWith("Post P: duty 1 must not contain control character U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> Officer.builder().id(OfficerId.of("O"))
                        .name("冯\u0007刚").agency(AGENCY_CITY).addPosts(PostId.of("P")).build())
                .withMessageStartingWith("Officer O: name must not contain control character U+0007");
        assertThatIllegalArgumentException().isThrownBy(() -> credential().issuingAuthority("某市\n人民政府")
                        .addAreas(AREA_TOBACCO).build())
                .withMessageStartingWith(
                        "Credential 'ZF-1': issuing authority must not contain control character U+000A");
        assertThatIllegalArgumentException().isThrownBy(() -> credential("ZF\u00001")
                        .issuingAuthority("某市人民政府").addAreas(AREA_TOBACCO).build())
                .withMessageStartingWith("Credential number must not contain control character U+0000");
    }

    @Example
    void officer_reportsAMissingRequiredField() {
        assertThat(catchThrowable(
                () -> Officer.builder().id(OfficerId.of("O")).agency(AGENCY_CITY).build()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Officer: missing required fields [name]");
    }

    @Example
    void credential_rejectsBlankAuthorityAndAreas() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> credential().issuingAuthority(" ").addAreas(AREA_TOBACCO).build())
                .withMessage("Credential 'ZF-1': issuing authority must not be blank, but was ' '");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> credential().issuingAuthority("某市人民政府").addAreas(AREA_TOBACCO, " ").build())
                .withMessageContaining("Credential 'ZF-1': enforcement area must not be blank, but was ' '");
    }

    @Example
    void statusChange_requiresAReason() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> new CredentialStatusChange(LocalDate.of(2024, 1, 1), CredentialStatus.SUSPENDED, " "))
                .withMessage(
                        "Credential status change to SUSPENDED on 2024-01-01: reason must not be blank, but was ' '");
    }

    private static EnforcementCredential.Builder credential() {
        return credential("ZF-1");
    }

    /** A certificate without issuing authority and areas. */
    private static EnforcementCredential.Builder credential(String number) {
        return EnforcementCredential.builder().number(number).holder(OFFICER_CHIEF).validFrom(LocalDate.of(2024, 1, 1))
                .validUntil(DATE_2026_12_31);
    }
}
