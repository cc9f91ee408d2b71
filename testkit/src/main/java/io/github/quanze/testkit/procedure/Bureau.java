package io.github.quanze.testkit.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.Agency;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The bureau (执法机关) whose cases the generated histories record: handlers, legal reviewers (one qualified, one
 * reviewing since 2018, one new and unqualified whom no lawful history picks), a head and a section chief, all
 * certified for {@value #AREA} from 2020 to 2030; one handler whose certificate expired on 2026-06-30 and one clerk
 * with no certificate, whom only a planted violation puts on a case.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Bureau {

    /** The enforcement area of the bureau's cases (烟草专卖). */
    public static final String AREA = "烟草专卖";
    /** The bureau's agency id. */
    public static final AgencyId BUREAU = AgencyId.of("BUREAU");
    /** A certified handler. */
    public static final OfficerId WANG = OfficerId.of("H-01");
    /** A certified handler. */
    public static final OfficerId LI = OfficerId.of("H-02");
    /** A certified handler. */
    public static final OfficerId ZHAO = OfficerId.of("H-03");
    /** A handler whose certificate expired on 2026-06-30. */
    public static final OfficerId QIAN = OfficerId.of("H-04-EXPIRED");
    /** A clerk with no certificate. */
    public static final OfficerId SUN = OfficerId.of("C-05-NONE");
    /** A legal reviewer with the legal qualification (法律职业资格). */
    public static final OfficerId ZHOU = OfficerId.of("L-06");
    /** A legal reviewer reviewing since 2018, before the qualification was required. */
    public static final OfficerId WU = OfficerId.of("L-07");
    /** The head of the bureau (负责人). */
    public static final OfficerId CHEN = OfficerId.of("A-08");
    /** A section chief who reviews (审核). */
    public static final OfficerId XU = OfficerId.of("R-09");
    /** A legal reviewer with no qualification and no record of reviewing before 2021-07-15. */
    public static final OfficerId ZHENG = OfficerId.of("L-10");

    /** The certified officers who hold each role's post, as lawful histories pick them. */
    public static final Map<PostRole, List<OfficerId>> BY_ROLE = Map.of(PostRole.HANDLER, List.of(WANG, LI, ZHAO),
            PostRole.LEGAL_REVIEWER, List.of(ZHOU, WU), PostRole.APPROVER, List.of(CHEN), PostRole.REVIEWER,
            List.of(XU));

    /** The bureau's organization. */
    public static final Organization ORGANIZATION = organization();

    private Bureau() {}

    private static Organization organization() {
        UnitId unit = UnitId.of("MONOPOLY");
        PostId handler = PostId.of("HANDLER");
        PostId legal = PostId.of("LEGAL");
        PostId head = PostId.of("HEAD");
        PostId section = PostId.of("SECTION");
        PostId clerk = PostId.of("CLERK");
        Organization.Builder b = Organization.builder()
                .addAgency(new Agency(BUREAU, "某市烟草专卖局"))
                .addUnit(new Unit(unit, BUREAU, "专卖监督管理科"));
        for (PostId post : List.of(handler, legal, section, clerk)) {
            b.addPost(Post.builder().id(post).unit(unit).name(post.value() + "岗").addDuties("依法履行职责")
                    .build());
        }
        b.addPost(Post.builder().id(head).unit(unit).name("局长岗").addDuties("主持全面工作")
                .leadership(Leadership.PRINCIPAL).build());
        officer(b, WANG, "王承办", handler, true);
        officer(b, LI, "李承办", handler, true);
        officer(b, ZHAO, "赵承办", handler, true);
        officer(b, QIAN, "钱承办", handler, false);
        b.addCredential(credential(QIAN, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30)));
        officer(b, SUN, "孙文员", clerk, false);
        b.addOfficer(Officer.builder().id(ZHOU).name("周法制").agency(BUREAU).addPosts(legal)
                .legalQualification(LocalDate.of(2019, 2, 22)).build());
        b.addCredential(credential(ZHOU, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        b.addOfficer(Officer.builder().id(WU).name("吴法制").agency(BUREAU).addPosts(legal)
                .legalReviewerSince(LocalDate.of(2018, 3, 1)).build());
        b.addCredential(credential(WU, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        officer(b, ZHENG, "郑法制", legal, true);
        officer(b, CHEN, "陈局长", head, true);
        officer(b, XU, "徐科长", section, true);
        return b.build();
    }

    private static void officer(Organization.Builder b, OfficerId id, String name, PostId post, boolean certified) {
        b.addOfficer(Officer.builder().id(id).name(name).agency(BUREAU).addPosts(post).build());
        if (certified) {
            b.addCredential(credential(id, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        }
    }

    private static EnforcementCredential credential(OfficerId holder, LocalDate from, LocalDate until) {
        return EnforcementCredential.builder().number("ZF-" + holder.value()).holder(holder)
                .issuingAuthority("某市人民政府").addAreas(AREA).validFrom(from).validUntil(until).build();
    }
}
