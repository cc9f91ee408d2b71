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
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Valid organizations made from a random source, for round-trip properties: several agencies, units and posts,
 * officers holding one or more posts of their own agency, and certificates with status histories.
 */
public final class GeneratedOrganizations {

    private static final String[] AREAS = {"烟草专卖", "市场监管", "交通运输", " 烟草专卖 "};
    private static final CredentialStatus[] RECORDABLE = {CredentialStatus.VALID, CredentialStatus.SUSPENDED,
        CredentialStatus.REVOKED, CredentialStatus.CANCELLED};

    private GeneratedOrganizations() {
    }

    /**
     * Returns a valid organization of about {@code size} officers.
     *
     * @param random  the source, not null
     * @param size  the number of officers
     * @return the organization
     */
    public static Organization organization(Random random, int size) {
        Organization.Builder b = Organization.builder();
        int agencies = 1 + random.nextInt(3);
        for (int a = 0; a < agencies; a++) {
            b.addAgency(new Agency(agency(a), "执法机关" + a));
        }
        int units = 1 + random.nextInt(4);
        List<AgencyId> unitAgency = new ArrayList<>();
        for (int u = 0; u < units; u++) {
            AgencyId agency = agency(random.nextInt(agencies));
            unitAgency.add(agency);
            b.addUnit(new Unit(UnitId.of("U" + u), agency, "科室" + u));
        }
        int posts = 1 + random.nextInt(2 + size / 2);
        List<AgencyId> postAgency = new ArrayList<>();
        for (int p = 0; p < posts; p++) {
            int unit = random.nextInt(units);
            postAgency.add(unitAgency.get(unit));
            Post.Builder post = Post.builder().id(post(p)).unit(UnitId.of("U" + unit)).name("岗位" + p);
            for (int d = random.nextInt(3); d > 0; d--) {
                post.addDuty("职责" + d);
            }
            if (random.nextInt(5) == 0) {
                post.leadership(random.nextBoolean() ? Leadership.PRINCIPAL : Leadership.DEPUTY);
            }
            b.addPost(post.build());
        }
        int credentials = 0;
        for (int o = 0; o < size; o++) {
            int first = random.nextInt(posts);
            AgencyId agency = postAgency.get(first);
            OfficerId id = OfficerId.of("O-" + o);
            Officer.Builder officer = Officer.builder().id(id).name("执法人员" + o).agency(agency).addPost(post(first));
            for (int k = random.nextInt(3); k > 0; k--) {
                int other = random.nextInt(posts);
                if (postAgency.get(other).equals(agency)) {
                    officer.addPost(post(other));
                }
            }
            if (random.nextInt(4) == 0) {
                officer.legalQualification(day(random));
            }
            if (random.nextInt(4) == 0) {
                officer.legalReviewerSince(day(random));
            }
            b.addOfficer(officer.build());
            for (int c = random.nextInt(3); c > 0; c--) {
                b.addCredential(credential(random, "ZF-" + credentials++, id));
            }
        }
        return b.build();
    }

    private static EnforcementCredential credential(Random random, String number, OfficerId holder) {
        LocalDate from = day(random);
        EnforcementCredential.Builder c = EnforcementCredential.builder().number(number).holder(holder)
                .issuingAuthority("示例市人民政府").validFrom(from).validUntil(from.plusDays(random.nextInt(2000)));
        for (int a = 1 + random.nextInt(2); a > 0; a--) {
            c.addArea(AREAS[random.nextInt(AREAS.length)]);
        }
        CredentialStatus current = CredentialStatus.VALID;
        LocalDate date = from;
        for (int n = random.nextInt(4); n > 0 && !current.isFinal(); n--) {
            CredentialStatus next = RECORDABLE[random.nextInt(RECORDABLE.length)];
            if (next == current) {
                continue;
            }
            date = date.plusDays(1 + random.nextInt(300));
            BilingualText reason = random.nextBoolean() ? BilingualText.of("理由" + n, "理由" + n)
                    : BilingualText.of("理由" + n, "reason " + n);
            c.addStatusChange(new CredentialStatusChange(date, next, reason));
            current = next;
        }
        return c.build();
    }

    private static LocalDate day(Random random) {
        return LocalDate.of(2015, 1, 1).plusDays(random.nextInt(4000));
    }

    private static AgencyId agency(int n) {
        return AgencyId.of("A-" + n);
    }

    /**
     * Returns the id of the generated post {@code n}.
     *
     * @param n  the post's number
     * @return the id
     */
    public static PostId post(int n) {
        return PostId.of("P" + n);
    }
}
