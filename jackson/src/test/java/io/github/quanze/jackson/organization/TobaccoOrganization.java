package io.github.quanze.jackson.organization;

import io.github.quanze.organization.Agency;
import io.github.quanze.organization.CredentialStatus;
import io.github.quanze.organization.CredentialStatusChange;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import io.github.quanze.power.AgencyId;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;

/**
 * A smaller equivalent of the examples' city tobacco monopoly bureau and, for contrast, a county bureau: heads'
 * posts, the permit, market and inspection posts, officers with valid, expired and suspended certificates and one
 * with none.
 */
public final class TobaccoOrganization {

    /** The city bureau. */
    public static final AgencyId CITY = AgencyId.of("SYC");
    /** The county bureau. */
    public static final AgencyId COUNTY = AgencyId.of("SYX");

    /** 局长岗. */
    public static final PostId DIRECTOR = PostId.of("JZ");
    /** 副局长岗. */
    public static final PostId DEPUTY = PostId.of("FJZ");
    /** 专卖科科长岗. */
    public static final PostId CHIEF = PostId.of("ZM-KZ");
    /** 许可证管理岗. */
    public static final PostId PERMITS = PostId.of("ZM-XK");
    /** 市场检查岗. */
    public static final PostId MARKET = PostId.of("ZM-SC");
    /** 稽查支队长岗. */
    public static final PostId SQUAD_LEADER = PostId.of("JC-ZDZ");
    /** 专卖稽查岗. */
    public static final PostId INSPECTOR = PostId.of("JC-JC");
    /** 法制审核岗. */
    public static final PostId LEGAL = PostId.of("FG-SH");
    /** 县局稽查岗. */
    public static final PostId COUNTY_INSPECTOR = PostId.of("XJ-JC");

    private TobaccoOrganization() {
    }

    /**
     * Returns the city bureau and the county bureau.
     *
     * @return the organization
     */
    public static Organization organization() {
        Organization.Builder org = Organization.builder()
                .addAgency(new Agency(CITY, "示例市烟草专卖局"))
                .addAgency(new Agency(COUNTY, "示例县烟草专卖局"))
                .addUnit(new Unit(UnitId.of("LD"), CITY, "局领导"))
                .addUnit(new Unit(UnitId.of("ZMK"), CITY, "专卖监督管理科"))
                .addUnit(new Unit(UnitId.of("JCZD"), CITY, "专卖稽查支队"))
                .addUnit(new Unit(UnitId.of("FGK"), CITY, "法规科"))
                .addUnit(new Unit(UnitId.of("XJ"), COUNTY, "县局专卖股"))
                .addPost(post(DIRECTOR, "LD", "局长岗", "对本局行政执法工作负总责", "批准重大行政处罚决定，主持集体讨论")
                        .leadership(Leadership.PRINCIPAL).build())
                .addPost(post(DEPUTY, "LD", "副局长岗（分管专卖）", "审批一般行政处罚决定和行政强制措施")
                        .leadership(Leadership.DEPUTY).build())
                .addPost(post(CHIEF, "ZMK", "专卖科科长岗", "审核许可证办理意见和市场检查意见").build())
                .addPost(post(PERMITS, "ZMK", "许可证管理岗", "受理、审查烟草专卖许可证申请", "组织实地核查").build())
                .addPost(post(MARKET, "ZMK", "市场检查岗").build())
                .addPost(post(SQUAD_LEADER, "JCZD", "稽查支队长岗", "审核案件调查终结报告").build())
                .addPost(post(INSPECTOR, "JCZD", "专卖稽查岗", "查处违法案件，调查取证，制作笔录").build())
                .addPost(post(LEGAL, "FGK", "法制审核岗", "对重大执法决定进行法制审核").build())
                .addPost(post(COUNTY_INSPECTOR, "XJ", "县局稽查岗", "查处本县违法案件").build());
        org.addCredential(valid("ZF-370001", officer(org, CITY, "O-01", "王建国", DIRECTOR)));
        org.addCredential(valid("ZF-370002", officer(org, CITY, "O-02", "陈立新", DEPUTY)));
        org.addCredential(valid("ZF-370003", officer(org, CITY, "O-03", "李明", CHIEF)));
        org.addCredential(certificate("ZF-370004", officer(org, CITY, "O-04", "赵丽", PERMITS),
                LocalDate.of(2021, 4, 1), LocalDate.of(2026, 3, 31)));
        officer(org, CITY, "O-05", "孙悦", PERMITS);
        org.addCredential(valid("ZF-370006", officer(org, CITY, "O-06", "周强", MARKET)));
        org.addCredential(valid("ZF-370007", officer(org, CITY, "O-07", "吴敏", MARKET)));
        org.addCredential(valid("ZF-370008", officer(org, CITY, "O-08", "郑涛", SQUAD_LEADER)));
        org.addCredential(valid("ZF-370009", officer(org, CITY, "O-09", "冯刚", INSPECTOR)));
        org.addCredential(valid("ZF-370010", officer(org, CITY, "O-10", "褚红", INSPECTOR))
                .withStatusChange(new CredentialStatusChange(LocalDate.of(2026, 5, 1), CredentialStatus.SUSPENDED,
                        "执法过错，离岗培训三个月"))
                .withStatusChange(new CredentialStatusChange(LocalDate.of(2026, 8, 1), CredentialStatus.VALID,
                        BilingualText.of("培训期满，考核合格", "training completed and passed"))));
        org.addOfficer(Officer.builder().id(OfficerId.of("O-11")).name("卫东").agency(CITY).addPosts(LEGAL)
                .legalQualification(LocalDate.of(2019, 2, 22)).legalReviewerSince(LocalDate.of(2019, 6, 1))
                .build());
        org.addCredential(valid("ZF-370011", OfficerId.of("O-11")));
        org.addCredential(valid("ZF-360013", officer(org, COUNTY, "O-13", "沈平", COUNTY_INSPECTOR)));
        return org.build();
    }

    private static Post.Builder post(PostId id, String unit, String name, String... duties) {
        return Post.builder().id(id).unit(UnitId.of(unit)).name(name).addDuties(duties);
    }

    private static OfficerId officer(Organization.Builder org, AgencyId agency, String id, String name, PostId post) {
        OfficerId officer = OfficerId.of(id);
        org.addOfficer(Officer.builder().id(officer).name(name).agency(agency).addPosts(post).build());
        return officer;
    }

    private static EnforcementCredential valid(String number, OfficerId holder) {
        return certificate(number, holder, LocalDate.of(2023, 1, 1), LocalDate.of(2027, 12, 31));
    }

    private static EnforcementCredential certificate(String number, OfficerId holder, LocalDate from,
            LocalDate until) {
        return EnforcementCredential.builder().number(number).holder(holder).issuingAuthority("示例市人民政府")
                .addAreas("烟草专卖").validFrom(from).validUntil(until).build();
    }
}
