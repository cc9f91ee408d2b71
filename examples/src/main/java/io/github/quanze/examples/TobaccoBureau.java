package io.github.quanze.examples;

import static io.github.quanze.allocation.Allocation.handler;
import static io.github.quanze.allocation.Allocation.leadHandler;
import static io.github.quanze.allocation.PostRole.APPROVER;
import static io.github.quanze.allocation.PostRole.LEGAL_REVIEWER;
import static io.github.quanze.allocation.PostRole.REVIEWER;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.Agency;
import io.github.quanze.power.AgencyId;
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
import io.github.quanze.power.PowerCode;
import java.time.LocalDate;

/**
 * The city tobacco monopoly bureau of seed 000: its units and posts (局长岗, 科长岗, 基层业务岗 …), officers and
 * their certificates, and how its powers are decomposed to posts ("以事定岗，依法定职").
 * <p>
 * The allocation has the gaps an audit should find: two powers left out, a reward with no handling post, a penalty
 * split between two posts with no lead, a front-line post that both handles and decides small cases, a seizure
 * with no approving post, the permit post staffed by an officer whose certificate expired and a newcomer with none,
 * the inspection post down to one certified officer while the other is in off-post training, the transport permit
 * given to a county bureau's post, a power that belongs to market regulation, and a post abolished in a
 * reorganisation.
 */
final class TobaccoBureau {

    /** The day of the mid-year audit. */
    static final LocalDate AUDIT_DATE = LocalDate.of(2026, 6, 30);

    static final AgencyId CITY = AgencyId.of("SYC");
    static final AgencyId COUNTY = AgencyId.of("SYX");

    static final PostId DIRECTOR = PostId.of("JZ");
    static final PostId DEPUTY = PostId.of("FJZ");
    static final PostId CHIEF = PostId.of("ZM-KZ");
    static final PostId PERMITS = PostId.of("ZM-XK");
    static final PostId MARKET = PostId.of("ZM-SC");
    static final PostId SQUAD_LEADER = PostId.of("JC-ZDZ");
    static final PostId INSPECTOR = PostId.of("JC-JC");
    static final PostId LEGAL = PostId.of("FG-SH");
    static final PostId INTERNAL = PostId.of("NG-JD");
    static final PostId COUNTY_INSPECTOR = PostId.of("XJ-JC");

    private TobaccoBureau() {}

    /** Returns the city bureau and, for contrast, a county bureau of the same system. */
    static Organization organization() {
        Organization.Builder org = Organization.builder()
                .addAgency(new Agency(CITY, "示例市烟草专卖局"))
                .addAgency(new Agency(COUNTY, "示例县烟草专卖局"))
                .addUnit(new Unit(UnitId.of("LD"), CITY, "局领导"))
                .addUnit(new Unit(UnitId.of("ZMK"), CITY, "专卖监督管理科"))
                .addUnit(new Unit(UnitId.of("JCZD"), CITY, "专卖稽查支队"))
                .addUnit(new Unit(UnitId.of("FGK"), CITY, "法规科"))
                .addUnit(new Unit(UnitId.of("NGB"), CITY, "内管派驻办"))
                .addUnit(new Unit(UnitId.of("XJ"), COUNTY, "县局专卖股"))
                .addPost(head(post(DIRECTOR, "LD", "局长岗", "对本局行政执法工作负总责", "批准重大行政处罚决定，主持集体讨论"),
                        Leadership.PRINCIPAL))
                .addPost(head(post(DEPUTY, "LD", "副局长岗（分管专卖）", "审批一般行政处罚决定和行政强制措施"),
                        Leadership.DEPUTY))
                .addPost(post(CHIEF, "ZMK", "专卖科科长岗", "审核许可证办理意见和市场检查意见"))
                .addPost(post(PERMITS, "ZMK", "许可证管理岗", "受理、审查烟草专卖许可证申请", "组织实地核查"))
                .addPost(post(MARKET, "ZMK", "市场检查岗", "对持证户开展日常监督检查", "发现违法线索及时移交稽查"))
                .addPost(post(SQUAD_LEADER, "JCZD", "稽查支队长岗", "审核案件调查终结报告"))
                .addPost(post(INSPECTOR, "JCZD", "专卖稽查岗", "查处违法案件，调查取证，制作笔录"))
                .addPost(post(LEGAL, "FGK", "法制审核岗", "对重大执法决定进行法制审核"))
                .addPost(post(INTERNAL, "NGB", "内管监督岗", "监督烟草企业内部专卖管理"))
                .addPost(post(COUNTY_INSPECTOR, "XJ", "县局稽查岗", "查处本县违法案件"));
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
                        "执法过错，离岗培训三个月")));
        org.addOfficer(Officer.builder().id(OfficerId.of("O-11")).name("卫东").agency(CITY).addPosts(LEGAL)
                .legalQualification(LocalDate.of(2019, 2, 22)).build());
        org.addCredential(valid("ZF-370011", OfficerId.of("O-11")));
        org.addCredential(valid("ZF-370012", officer(org, CITY, "O-12", "蒋云", INTERNAL)));
        org.addCredential(valid("ZF-360013", officer(org, COUNTY, "O-13", "沈平", COUNTY_INSPECTOR)));
        return org.build();
    }

    /** Returns the city bureau's allocation table, gaps included. */
    static AllocationTable allocationTable() {
        AllocationTable.Builder table = AllocationTable.builder(CITY);
        for (String code : new String[] {"XK-001", "XK-002", "XK-003"}) {
            table.add(leadHandler(code(code), PERMITS), role(code, CHIEF, REVIEWER), role(code, DEPUTY, APPROVER));
        }
        // the transport permit handed to the county bureau's post
        table.add(leadHandler(code("XK-004"), COUNTY_INSPECTOR), role("XK-004", DEPUTY, APPROVER));
        for (String code : new String[] {"CF-001", "CF-002", "CF-003", "CF-004", "CF-005", "CF-006", "CF-009",
                "CF-011", "CF-012"}) {
            table.add(leadHandler(code(code), INSPECTOR), role(code, SQUAD_LEADER, REVIEWER),
                    role(code, LEGAL, LEGAL_REVIEWER), role(code, DEPUTY, APPROVER));
        }
        // retail purchasing cases: the market post investigates and decides by itself
        table.add(leadHandler(code("CF-007"), MARKET), role("CF-007", MARKET, APPROVER));
        // illegal products: split between inspection and market posts, nobody leads
        table.add(handler(code("CF-008"), INSPECTOR), handler(code("CF-008"), MARKET),
                role("CF-008", SQUAD_LEADER, REVIEWER), role("CF-008", DEPUTY, APPROVER));
        // seizure without the head's approval (行政强制法 Art 18(1))
        table.add(leadHandler(code("QZ-001"), INSPECTOR), role("QZ-001", SQUAD_LEADER, REVIEWER));
        table.add(leadHandler(code("JC-001"), MARKET), role("JC-001", CHIEF, REVIEWER));
        table.add(leadHandler(code("JC-002"), INSPECTOR), role("JC-002", SQUAD_LEADER, REVIEWER));
        // licence-holder inspections: the market post reviews its own reports
        table.add(leadHandler(code("JC-003"), MARKET), role("JC-003", MARKET, REVIEWER));
        table.add(leadHandler(code("QT-001"), INSPECTOR), role("QT-001", DEPUTY, APPROVER));
        // the reward has an approver but no handling post
        table.add(role("JL-001", DIRECTOR, APPROVER));
        // 非法印制烟草制品商标标识 belongs to market regulation (烟草专卖法 Art 34), not to this bureau
        table.add(leadHandler(code("CF-099"), INSPECTOR));
        // the old 稽查大队 post was abolished when the squad was reorganised
        table.add(leadHandler(code("JC-002"), PostId.of("JCDD-JC")));
        return table.build();
    }

    /** A post of a head of the bureau (行政机关负责人). */
    private static Post head(Post post, Leadership leadership) {
        return post.toBuilder().leadership(leadership).build();
    }

    private static Post post(PostId id, String unit, String name, String... duties) {
        return Post.builder().id(id).unit(UnitId.of(unit)).name(name).addDuties(duties).build();
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
                .addAreas(TobaccoCatalogue.AREA).validFrom(from).validUntil(until).build();
    }

    private static Allocation role(String code, PostId post, PostRole role) {
        return Allocation.of(code(code), post, role);
    }

    private static PowerCode code(String code) {
        return PowerCode.of(code);
    }
}
