package io.github.quanze.examples.reliability;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationAudit;
import io.github.quanze.allocation.AllocationIssue;
import io.github.quanze.allocation.AllocationRules;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.examples.Prepared;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.power.PowerCode;
import java.time.LocalDate;
import java.util.List;

/** Bad inputs to organizations (执法主体, 岗位, 人员, 执法证) and to the allocation of powers to posts (职权分解). */
final class OrganizationRows {

    private static final AgencyId CITY = AgencyId.of("SYC");
    private static final PostId INSPECTOR = PostId.of("JC-JC");
    private static final PowerCode PENALTY = PowerCode.of("CF-002");
    private static final LocalDate FROM = LocalDate.of(2023, 1, 1);

    private OrganizationRows() {}

    static List<BadInput> organization() {
        Rows rows = new Rows("organization");
        rows.call("post id with a space", () -> PostId.of("JC JC"), IllegalArgumentException.class, "Post id",
                "'JC JC'", "letters or digits");
        rows.call("empty officer id", () -> OfficerId.of(""), IllegalArgumentException.class, "Officer id", "''");
        rows.call("unit id starting with an underscore", () -> UnitId.of("_LD"), IllegalArgumentException.class,
                "Unit id", "'_LD'");
        rows.call("agency with a blank name", () -> new Agency(CITY, " "), IllegalArgumentException.class,
                "Agency SYC: name", "blank");
        rows.call("unit name with a NUL character", () -> new Unit(UnitId.of("LD"), CITY, "局\u0000领导"),
                IllegalArgumentException.class, "Unit LD: name", "U+0000");
        rows.builder("post name set twice", OrganizationRows::post, Post.Builder::build, b -> b.name("另一岗位"),
                IllegalStateException.class, "Post builder", "name", "already set");
        rows.building("post duty with a vertical tab", () -> post().addDuty("查处\u000B案件"), Post.Builder::build,
                IllegalArgumentException.class, "Post JC-JC: duty 2", "control character");
        rows.building("post without an id", () -> Post.builder().unit(UnitId.of("JCZD")).name("专卖稽查岗"),
                Post.Builder::build, IllegalStateException.class, "missing required fields", "id");
        rows.building("officer who holds no post", () -> Officer.builder().id(OfficerId.of("O-99")).name("王五")
                .agency(CITY), Officer.Builder::build, IllegalArgumentException.class, "Officer O-99",
                "at least one post");
        rows.builder("officer name with surrounding spaces", () -> Officer.builder().id(OfficerId.of("O-99"))
                .agency(CITY).addPosts(INSPECTOR), b -> b.name("王五").build(), b -> b.name(" 王五 "),
                IllegalArgumentException.class, "Officer O-99: name", "' 王五 '");
        rows.builder("certificate number with a space", OrganizationRows::unnumbered,
                b -> b.number("ZF-370099").build(), b -> b.number("ZF 370099"), IllegalArgumentException.class,
                "Credential number", "spaces", "'ZF 370099'");
        rows.building("certificate covering no area", () -> EnforcementCredential.builder().number("ZF-370099")
                .holder(OfficerId.of("O-09")).issuingAuthority("示例市人民政府").validFrom(FROM)
                .validUntil(LocalDate.of(2027, 12, 31)), EnforcementCredential.Builder::build,
                IllegalArgumentException.class, "'ZF-370099'", "at least one enforcement area");
        rows.building("certificate valid until before it is valid from", () -> credential()
                .validUntil(LocalDate.of(2022, 12, 31)), EnforcementCredential.Builder::build,
                IllegalArgumentException.class, "'ZF-370099'", "must not end (2022-12-31) before it starts");
        rows.building("status change before the validity starts", () -> credential().validUntil(FROM.plusYears(5))
                .addStatusChange(new CredentialStatusChange(FROM.minusDays(1), CredentialStatus.SUSPENDED, "过错")),
                EnforcementCredential.Builder::build, IllegalArgumentException.class, "2022-12-31",
                "before validity starts");
        rows.building("status changes out of date order", () -> credential().validUntil(FROM.plusYears(5))
                .addStatusChanges(new CredentialStatusChange(FROM.plusDays(9), CredentialStatus.SUSPENDED, "过错"),
                        new CredentialStatusChange(FROM.plusDays(3), CredentialStatus.VALID, "恢复")),
                EnforcementCredential.Builder::build, IllegalArgumentException.class, "date order", "2023-01-04");
        rows.building("status change after revocation", () -> credential().validUntil(FROM.plusYears(5))
                .addStatusChanges(new CredentialStatusChange(FROM.plusDays(3), CredentialStatus.REVOKED, "违法"),
                        new CredentialStatusChange(FROM.plusDays(9), CredentialStatus.VALID, "恢复")),
                EnforcementCredential.Builder::build, IllegalArgumentException.class, "no status change may follow",
                "REVOKED");
        rows.building("status change repeating the status", () -> credential().validUntil(FROM.plusYears(5))
                .addStatusChanges(new CredentialStatusChange(FROM.plusDays(3), CredentialStatus.SUSPENDED, "过错"),
                        new CredentialStatusChange(FROM.plusDays(9), CredentialStatus.SUSPENDED, "再次")),
                EnforcementCredential.Builder::build, IllegalArgumentException.class, "repeats status SUSPENDED");
        rows.call("status that follows from the validity period recorded by hand", () -> new CredentialStatusChange(
                FROM, CredentialStatus.EXPIRED, "到期"), IllegalArgumentException.class, "EXPIRED",
                "cannot be recorded");
        rows.call("status change with a blank reason", () -> new CredentialStatusChange(FROM,
                CredentialStatus.SUSPENDED, " "), IllegalArgumentException.class, "SUSPENDED", "reason", "blank");
        rows.on("status change recorded before the certificate's validity", () -> credential()
                .validUntil(FROM.plusYears(5)).build(), c -> c.withStatusChange(new CredentialStatusChange(
                FROM.minusYears(1), CredentialStatus.SUSPENDED, "过错")), IllegalArgumentException.class,
                "'ZF-370099'", "before validity starts");
        rows.building("unit of an unknown agency", () -> Prepared.organization().toBuilder()
                .addUnit(new Unit(UnitId.of("X1"), AgencyId.of("NOWHERE"), "虚设科")), Organization.Builder::build,
                IllegalArgumentException.class, "Unit X1", "unknown agency 'NOWHERE'");
        rows.building("post of an unknown unit", () -> Prepared.organization().toBuilder().addPost(Post.builder()
                .id(PostId.of("X-1")).unit(UnitId.of("NOUNIT")).name("虚设岗").build()),
                Organization.Builder::build, IllegalArgumentException.class, "Post X-1", "unknown unit 'NOUNIT'");
        rows.building("officer at an unknown post", () -> Prepared.organization().toBuilder().addOfficer(
                Officer.builder().id(OfficerId.of("O-99")).name("王五").agency(CITY).addPosts(PostId.of("NOPOST"))
                        .build()), Organization.Builder::build, IllegalArgumentException.class, "Officer O-99",
                "unknown post 'NOPOST'");
        rows.building("certificate of an unknown holder", () -> Prepared.organization().toBuilder()
                .addCredential(EnforcementCredential.builder().number("ZF-370099").holder(OfficerId.of("O-404"))
                        .issuingAuthority("示例市人民政府").addAreas("烟草专卖").validFrom(FROM).validUntil(FROM).build()),
                Organization.Builder::build, IllegalArgumentException.class, "'ZF-370099'", "unknown holder 'O-404'");
        rows.building("post added twice", () -> Prepared.organization().toBuilder().addPost(post().build()),
                Organization.Builder::build, IllegalArgumentException.class, "duplicate", "JC-JC");
        rows.builder("replacing a certificate the organization does not hold",
                () -> Prepared.organization().toBuilder(), Organization.Builder::build,
                b -> b.replaceCredential(credential().validUntil(FROM.plusYears(1)).build()),
                IllegalArgumentException.class, "no certificate numbered 'ZF-370099'");
        rows.on("post the organization does not hold", Prepared::organization, o -> o.post(PostId.of("NOPOST")),
                IllegalArgumentException.class, "Unknown post 'NOPOST'");
        rows.on("count of certified officers up to zero", Prepared::organization, o -> o.countCertifiedAt(INSPECTOR,
                "烟草专卖", FROM, 0), IllegalArgumentException.class, "Count limit", "at least 1", "0");
        rows.on("certification for a blank area", Prepared::organization, o -> o.certification(OfficerId.of("O-09"),
                "  ", FROM), IllegalArgumentException.class, "area", "blank");
        return rows.rows();
    }

    static List<BadInput> allocation() {
        Rows rows = new Rows("allocation");
        rows.call("approver marked as lead", () -> new Allocation(PENALTY, INSPECTOR, PostRole.APPROVER, true),
                IllegalArgumentException.class, "CF-002", "JC-JC", "only a HANDLER can lead", "APPROVER");
        rows.building("one post allocated twice in one role", () -> AllocationTable.builder(CITY)
                .add(Allocation.handler(PENALTY, INSPECTOR), Allocation.handler(PENALTY, INSPECTOR)),
                AllocationTable.Builder::build, IllegalArgumentException.class, "agency SYC", "CF-002", "JC-JC",
                "twice");
        rows.builder("allocations with a null among them", () -> AllocationTable.builder(CITY)
                .add(Allocation.handler(PENALTY, INSPECTOR)), AllocationTable.Builder::build,
                b -> b.add(Allocation.of(PENALTY, PostId.of("JC-ZD"), PostRole.REVIEWER), null),
                NullPointerException.class, "added element");
        rows.builder("iterable of allocations with a null at the end", () -> AllocationTable.builder(CITY)
                .add(Allocation.handler(PENALTY, INSPECTOR)), AllocationTable.Builder::build,
                b -> b.addAll(java.util.Arrays.asList(Allocation.of(PENALTY, PostId.of("JC-ZD"), PostRole.REVIEWER),
                        null)), NullPointerException.class, "added element");
        rows.on("audit of a table against another agency's catalogue", () -> AllocationTable.builder(
                AgencyId.of("XJ")).add(Allocation.handler(PENALTY, INSPECTOR)).build(),
                t -> AllocationAudit.run(Prepared.powers(), Prepared.organization(), t, FROM),
                IllegalArgumentException.class, "agency 'SYC'", "agency 'XJ'", "its own agency");
        rows.call("built-in check for the failed-check issue", () -> AllocationRules.check(
                AllocationIssue.CHECK_FAILED), IllegalArgumentException.class, "CHECK_FAILED", "no built-in check");
        return rows.rows();
    }

    private static Post.Builder post() {
        return Post.builder().id(INSPECTOR).unit(UnitId.of("JCZD")).name("专卖稽查岗").addDuty("查处违法案件");
    }

    private static EnforcementCredential.Builder unnumbered() {
        return EnforcementCredential.builder().holder(OfficerId.of("O-09")).issuingAuthority("示例市人民政府")
                .addAreas("烟草专卖").validFrom(FROM).validUntil(LocalDate.of(2027, 12, 31));
    }

    private static EnforcementCredential.Builder credential() {
        return EnforcementCredential.builder().number("ZF-370099").holder(OfficerId.of("O-09"))
                .issuingAuthority("示例市人民政府").addAreas("烟草专卖").validFrom(FROM);
    }
}
