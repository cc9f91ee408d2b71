package io.github.quanze.procedure;

import io.github.quanze.allocation.PostRole;
import io.github.quanze.organization.Agency;
import io.github.quanze.organization.AgencyId;
import io.github.quanze.organization.EnforcementCredential;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.organization.Post;
import io.github.quanze.organization.PostId;
import io.github.quanze.organization.Unit;
import io.github.quanze.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A small bureau for case tests: handlers, a legal reviewer and a head, all certified for 烟草专卖 from 2020 to
 * 2030, one handler whose certificate expired on 2026-06-30 and one clerk with no certificate.
 */
final class Cases {

    static final String AREA = "烟草专卖";
    static final AgencyId BUREAU = AgencyId.of("BUREAU");
    static final OfficerId WANG = OfficerId.of("H-01");
    static final OfficerId LI = OfficerId.of("H-02");
    static final OfficerId ZHAO = OfficerId.of("H-03");
    static final OfficerId QIAN = OfficerId.of("H-04-EXPIRED");
    static final OfficerId SUN = OfficerId.of("C-05-NONE");
    static final OfficerId ZHOU = OfficerId.of("L-06");
    static final OfficerId WU = OfficerId.of("L-07");
    static final OfficerId CHEN = OfficerId.of("A-08");
    static final OfficerId XU = OfficerId.of("R-09");

    /** The officers who hold each role's post, all certified. */
    static final Map<PostRole, List<OfficerId>> BY_ROLE = Map.of(PostRole.HANDLER, List.of(WANG, LI, ZHAO),
            PostRole.LEGAL_REVIEWER, List.of(ZHOU, WU), PostRole.APPROVER, List.of(CHEN), PostRole.REVIEWER,
            List.of(XU));

    static final Organization BUREAU_ORGANIZATION = organization();

    private Cases() {}

    static CaseRecord.Builder penaltyCase(String id, LocalDate opened) {
        return CaseRecord.builder().id(id).procedure(ProcedureTemplates.PENALTY_ORDINARY)
                .organization(BUREAU_ORGANIZATION).area(AREA).opened(opened);
    }

    static CaseEvent.StepPerformed step(StepKind step, String date, OfficerId... officers) {
        return CaseEvent.performed(step, LocalDate.parse(date), officers);
    }

    private static Organization organization() {
        UnitId unit = UnitId.of("MONOPOLY");
        PostId handler = PostId.of("HANDLER");
        PostId legal = PostId.of("LEGAL");
        PostId head = PostId.of("HEAD");
        PostId clerk = PostId.of("CLERK");
        Organization.Builder b = Organization.builder()
                .addAgency(new Agency(BUREAU, "某市烟草专卖局"))
                .addUnit(new Unit(unit, BUREAU, "专卖监督管理科"));
        for (PostId post : List.of(handler, legal, head, clerk)) {
            b.addPost(new Post.Builder().id(post).unit(unit).name(post.value() + "岗").addDuties("依法履行职责")
                    .build());
        }
        officer(b, WANG, "王承办", handler, true);
        officer(b, LI, "李承办", handler, true);
        officer(b, ZHAO, "赵承办", handler, true);
        officer(b, QIAN, "钱承办", handler, false);
        b.addCredential(credential(QIAN, LocalDate.of(2020, 1, 1), LocalDate.of(2026, 6, 30)));
        officer(b, SUN, "孙文员", clerk, false);
        officer(b, ZHOU, "周法制", legal, true);
        officer(b, WU, "吴法制", legal, true);
        officer(b, CHEN, "陈局长", head, true);
        officer(b, XU, "徐科长", head, true);
        return b.build();
    }

    private static void officer(Organization.Builder b, OfficerId id, String name, PostId post, boolean certified) {
        b.addOfficer(new Officer.Builder().id(id).name(name).agency(BUREAU).addPosts(post).build());
        if (certified) {
            b.addCredential(credential(id, LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31)));
        }
    }

    private static EnforcementCredential credential(OfficerId holder, LocalDate from, LocalDate until) {
        return new EnforcementCredential.Builder().number("ZF-" + holder.value()).holder(holder)
                .issuingAuthority("某市人民政府").addAreas(AREA).validFrom(from).validUntil(until).build();
    }
}
