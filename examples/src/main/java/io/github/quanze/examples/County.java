package io.github.quanze.examples;

import io.github.quanze.organization.Agency;
import io.github.quanze.power.AgencyId;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Leadership;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The county of seed 004 as a generated but realistic data set: 45 enforcement agencies (行政执法单位) holding 294
 * enforcement items (执法事项) between them, some 800 officers with their certificates, and each agency's own
 * diligence, which decides how often its cases slip. Generated from a seed, so the same seed gives the same county.
 */
final class County {

    /** The 45 agencies, each with the enforcement area its officers' certificates cover. */
    private static final String[][] AGENCIES = {
            {"县公安局", "公安"}, {"县市场监督管理局", "市场监管"}, {"县自然资源局", "自然资源"}, {"县生态环境分局", "生态环境"},
            {"县住房和城乡建设局", "住房城乡建设"}, {"县交通运输局", "交通运输"}, {"县水利局", "水利"},
            {"县农业农村局", "农业"}, {"县林业局", "林业"}, {"县卫生健康局", "卫生健康"}, {"县应急管理局", "应急管理"},
            {"县城市管理综合行政执法局", "城市管理"}, {"县文化和旅游局", "文化旅游"}, {"县教育局", "教育"},
            {"县人力资源和社会保障局", "人力资源社会保障"}, {"县民政局", "民政"}, {"县财政局", "财政"}, {"县审计局", "审计"},
            {"县统计局", "统计"}, {"县医疗保障局", "医疗保障"}, {"县商务局", "商务"}, {"县发展和改革局", "发展改革"},
            {"县工业和信息化局", "工业信息化"}, {"县司法局", "司法行政"}, {"县烟草专卖局", "烟草专卖"}, {"县气象局", "气象"},
            {"县消防救援大队", "消防"}, {"县粮食和物资储备局", "粮食"}, {"县退役军人事务局", "退役军人事务"},
            {"县档案馆", "档案"}, {"县人民防空办公室", "人民防空"}, {"县广播电视局", "广播电视"}, {"县体育局", "体育"},
            {"县民族宗教事务局", "民族宗教"}, {"县科学技术局", "科学技术"}, {"县水土保持工作站", "水土保持"},
            {"县公路管理段", "公路路政"}, {"县动物卫生监督所", "动物卫生"}, {"县卫生计生监督所", "卫生监督"},
            {"县劳动保障监察大队", "劳动保障监察"}, {"县农业综合行政执法大队", "农业综合执法"},
            {"县文化市场综合执法大队", "文化市场"}, {"县交通运输综合行政执法大队", "交通综合执法"},
            {"县自然资源执法监察大队", "自然资源执法"}, {"县生态环境保护综合行政执法大队", "生态环境执法"}};

    /** The enforcement items of seed 004's county. */
    static final int ITEMS = 294;

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private static final String GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红鹏辉斌波宇浩凯健俊帆帅旭宁琳雪晨";

    /**
     * An agency of the county and its people.
     *
     * @param id  the agency's id, such as {@code A07}
     * @param name  its name
     * @param area  the enforcement area its certificates cover
     * @param items  the enforcement items it holds
     * @param diligence  how carefully it works, 0.5 to 1: the share of its cases without a slip is about this
     * @param staff  who takes part in its cases
     * @param officers  all its officers
     */
    record Member(AgencyId id, String name, String area, int items, double diligence, CaseGenerator.Staff staff,
            List<OfficerId> officers) {}

    private final List<Member> members;
    private final Organization organization;

    private County(List<Member> members, Organization organization) {
        this.members = List.copyOf(members);
        this.organization = organization;
    }

    /** Generates the county from a seed. */
    static County generate(long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Organization.Builder org = Organization.builder();
        List<Member> members = new ArrayList<>();
        int[] items = splitItems(random);
        for (int a = 0; a < AGENCIES.length; a++) {
            AgencyId id = AgencyId.of(String.format("A%02d", a + 1));
            String name = AGENCIES[a][0];
            String area = AGENCIES[a][1];
            UnitId unit = UnitId.of(id.value() + "-U");
            PostId handlerPost = PostId.of(id.value() + "-CB");
            PostId headPost = PostId.of(id.value() + "-LD");
            PostId deputyPost = PostId.of(id.value() + "-FLD");
            PostId legalPost = PostId.of(id.value() + "-FZ");
            PostId clerkPost = PostId.of(id.value() + "-BG");
            org.addAgency(new Agency(id, name)).addUnit(new Unit(unit, id, name + "执法机构"))
                    .addPost(post(handlerPost, unit, "执法岗", "查处违法案件，调查取证"))
                    .addPost(head(post(headPost, unit, "负责人岗", "审批处罚决定，主持集体讨论"), Leadership.PRINCIPAL))
                    .addPost(head(post(deputyPost, unit, "副职负责人岗", "审批一般处罚决定"), Leadership.DEPUTY))
                    .addPost(post(legalPost, unit, "法制审核岗", "法制审核，主持听证"))
                    .addPost(post(clerkPost, unit, "综合岗", "文书、档案"));
            int handlerCount = 10 + random.nextInt(12);
            List<OfficerId> handlers = new ArrayList<>();
            List<OfficerId> all = new ArrayList<>();
            for (int i = 1; i <= handlerCount; i++) {
                handlers.add(officer(org, id, "H" + i, handlerPost, area, random, true));
            }
            OfficerId director = officer(org, id, "L1", headPost, area, random, true);
            OfficerId deputy = officer(org, id, "L2", deputyPost, area, random, true);
            // the legal reviewer holds the legal professional qualification (行政处罚法 Art 58 第二款)
            OfficerId legal = officer(org, id, "F1", legalPost, area, random, true, LocalDate.of(2020, 3, 1));
            OfficerId clerk = officer(org, id, "C1", clerkPost, area, random, false);
            all.addAll(handlers);
            all.addAll(List.of(director, deputy, legal, clerk));
            double diligence = 0.5 + random.nextDouble() * 0.5;
            members.add(new Member(id, name, area, items[a], diligence, new CaseGenerator.Staff(handlers, deputy,
                    director, List.of(legal, deputy), legal, clerk), all));
        }
        return new County(members, org.build());
    }

    /** The 294 items split between the 45 agencies, each holding at least one. */
    private static int[] splitItems(SplittableRandom random) {
        int[] items = new int[AGENCIES.length];
        java.util.Arrays.fill(items, 1);
        for (int left = ITEMS - AGENCIES.length; left > 0; left--) {
            items[random.nextInt(items.length)]++;
        }
        return items;
    }

    private static Post head(Post post, Leadership leadership) {
        return post.toBuilder().leadership(leadership).build();
    }

    private static Post post(PostId id, UnitId unit, String name, String duty) {
        return Post.builder().id(id).unit(unit).name(name).addDuties(duty).build();
    }

    private static OfficerId officer(Organization.Builder org, AgencyId agency, String suffix, PostId post, String area,
            SplittableRandom random, boolean certified) {
        return officer(org, agency, suffix, post, area, random, certified, null);
    }

    /** An officer, with the day of their legal professional qualification, or null if they hold none. */
    private static OfficerId officer(Organization.Builder org, AgencyId agency, String suffix, PostId post, String area,
            SplittableRandom random, boolean certified, LocalDate qualified) {
        OfficerId id = OfficerId.of(agency.value() + "-" + suffix);
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + ""
                + GIVEN.charAt(random.nextInt(GIVEN.length())) + (random.nextBoolean() ? ""
                : GIVEN.charAt(random.nextInt(GIVEN.length())));
        Officer.Builder officer = Officer.builder().id(id).name(name).agency(agency).addPosts(post);
        if (qualified != null) {
            officer.legalQualification(qualified);
        }
        org.addOfficer(officer.build());
        if (certified) {
            org.addCredential(EnforcementCredential.builder().number("ZF-" + id.value()).holder(id)
                    .issuingAuthority("县人民政府").addAreas(area).validFrom(LocalDate.of(2022, 1, 1))
                    .validUntil(LocalDate.of(2027, 12, 31)).build());
        }
        return id;
    }

    /** @return the agencies, in order */
    List<Member> members() {
        return members;
    }

    /** @return the county's organization: every agency, post, officer and certificate */
    Organization organization() {
        return organization;
    }
}
