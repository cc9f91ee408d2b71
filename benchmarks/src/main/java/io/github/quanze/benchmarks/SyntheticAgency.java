package io.github.quanze.benchmarks;

import io.github.quanze.allocation.Allocation;
import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.allocation.PostRole;
import io.github.quanze.basis.Instruments;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import io.github.quanze.organization.Agency;
import io.github.quanze.power.AgencyId;
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
import io.github.quanze.power.Power;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.power.PowerCode;
import io.github.quanze.power.PowerKind;
import java.time.LocalDate;
import java.util.Random;

/**
 * A synthetic province-level agency (某省市场监督管理局) for benchmarks: a power catalogue, an organization and an
 * allocation table, generated deterministically from a seed.
 * <p>
 * Posts are spread over about {@code posts / 20} internal units: unit 0 is the agency leadership (局领导), whose
 * posts approve; every other unit has one enforcement area, a head post that reviews and handling posts. A second
 * agency (某省药品监督管理局) has a few posts of its own. Powers are of several kinds in three to five enforcement
 * areas; each is allocated to a lead handler, the head of the handler's unit and a leadership post. Officers hold
 * one or two posts and usually one certificate; some certificates have expired, some are suspended, some cover a
 * single area, some officers hold none, and the last 2% of posts are vacant. A few percent of powers carry each
 * kind of deliberate flaw: left out, two handlers without a lead, handler also approves, a post of the other
 * agency, an unknown post; and 1% more allocations name powers the catalogue does not hold.
 */
public final class SyntheticAgency {

    /** The day the catalogue is published and the audit runs. */
    public static final LocalDate AUDIT_DAY = LocalDate.of(2025, 7, 1);

    private static final AgencyId MAIN = AgencyId.of("SCJGJ");
    private static final AgencyId OTHER = AgencyId.of("YPJGJ");
    private static final String MAIN_NAME = "某省市场监督管理局";
    private static final String[] AREAS = {"市场监管", "食品安全", "特种设备安全", "知识产权", "价格监督检查"};
    private static final PowerKind[] KINDS = {PowerKind.ADMINISTRATIVE_PENALTY, PowerKind.ADMINISTRATIVE_PENALTY,
        PowerKind.ADMINISTRATIVE_PENALTY, PowerKind.ADMINISTRATIVE_PENALTY, PowerKind.ADMINISTRATIVE_LICENSING,
        PowerKind.ADMINISTRATIVE_COERCION, PowerKind.ADMINISTRATIVE_INSPECTION, PowerKind.ADMINISTRATIVE_INSPECTION,
        PowerKind.ADMINISTRATIVE_CONFIRMATION, PowerKind.OTHER};
    private static final int FOREIGN_POSTS = 5;

    private final Random random;
    private final int posts;
    private final int units;
    private final int areas;
    private final Organization organization;
    private final PowerCatalogue catalogue;
    private final AllocationTable table;

    private SyntheticAgency(int powerCount, int postCount, int officerCount, Random random) {
        this.random = random;
        this.posts = postCount;
        this.units = postCount / 20;
        this.areas = 3 + random.nextInt(3);
        this.organization = organization(officerCount);
        PowerCatalogue.Builder powers = PowerCatalogue.builder(MAIN_NAME + "权责清单（2025年版）", MAIN, AUDIT_DAY);
        AllocationTable.Builder allocations = AllocationTable.builder(MAIN);
        for (int i = 0; i < powerCount; i++) {
            int handler = handlingPost();
            String area = random.nextInt(10) == 0 ? AREAS[random.nextInt(areas)] : AREAS[areaOf(handler % units)];
            PowerCode code = PowerCode.of(String.format("P-%06d", i));
            powers.add(power(code, area));
            PostId lead = postId(handler);
            PostId reviewer = postId(handler % units);
            PostId approver = postId(units * random.nextInt(size(0)));
            int flaw = random.nextInt(100);
            if (flaw < 2) {
                continue;                                   // left out (遗漏)
            } else if (flaw < 4) {
                int other;                                  // two handlers, no lead
                do {
                    other = handlingPost();
                } while (other == handler);
                allocations.add(Allocation.handler(code, lead), Allocation.handler(code, postId(other)));
            } else if (flaw < 5) {
                allocations.add(Allocation.leadHandler(code, lead));
                approver = lead;                            // handler also approves
            } else if (flaw < 6) {
                allocations.add(Allocation.leadHandler(code, PostId.of("YP-G" + (1 + random.nextInt(FOREIGN_POSTS)))));
            } else if (flaw < 7) {
                allocations.add(Allocation.leadHandler(code, lead), Allocation.handler(code, PostId.of("G-GONE-" + i)));
            } else {
                allocations.add(Allocation.leadHandler(code, lead));
            }
            allocations.add(Allocation.of(code, reviewer, PostRole.REVIEWER), Allocation.of(code, approver,
                    PostRole.APPROVER));
        }
        for (int i = 0; i < powerCount / 100; i++) {        // powers the catalogue does not hold
            allocations.add(Allocation.leadHandler(PowerCode.of(String.format("X-%06d", i)), postId(handlingPost())));
        }
        this.catalogue = powers.build();
        this.table = allocations.build();
    }

    /**
     * Generates an agency.
     *
     * @param powers  the number of powers in the catalogue, at least 1
     * @param posts  the number of posts of the main agency, at least 40
     * @param officers  the number of officers of both agencies, at least 1
     * @param seed  the seed; the same arguments give the same agency
     * @return the agency, not null
     */
    public static SyntheticAgency generate(int powers, int posts, int officers, long seed) {
        if (powers < 1 || posts < 40 || officers < 1) {
            throw new IllegalArgumentException("Need at least 1 power, 40 posts and 1 officer, but got "
                    + powers + ", " + posts + ", " + officers);
        }
        return new SyntheticAgency(powers, posts, officers, new Random(seed));
    }

    /**
     * Returns the main agency's power catalogue.
     *
     * @return the catalogue, not null
     */
    public PowerCatalogue catalogue() {
        return catalogue;
    }

    /**
     * Returns the organization of both agencies.
     *
     * @return the organization, not null
     */
    public Organization organization() {
        return organization;
    }

    /**
     * Returns the main agency's allocation table.
     *
     * @return the table, not null
     */
    public AllocationTable table() {
        return table;
    }

    private Organization organization(int officerCount) {
        Organization.Builder org = Organization.builder().addAgency(new Agency(MAIN, MAIN_NAME))
                .addAgency(new Agency(OTHER, "某省药品监督管理局"))
                .addUnit(new Unit(UnitId.of("YP-U1"), OTHER, "药品稽查处"));
        for (int u = 0; u < units; u++) {
            org.addUnit(new Unit(UnitId.of("U-" + u), MAIN, u == 0 ? "局领导" : AREAS[areaOf(u)] + "执法" + u + "处"));
        }
        for (int p = 0; p < posts; p++) {
            String name = p % units == 0 ? (p == 0 ? "局长岗" : "副局长岗") : (p < units ? "处长岗" : "执法岗");
            org.addPost(Post.builder().id(postId(p)).unit(UnitId.of("U-" + p % units)).name(name).build());
        }
        for (int p = 1; p <= FOREIGN_POSTS; p++) {
            org.addPost(Post.builder().id(PostId.of("YP-G" + p)).unit(UnitId.of("YP-U1")).name("药品稽查岗").build());
        }
        int staffed = posts - posts / 50;                   // the last 2% of posts are vacant
        for (int i = 0; i < officerCount; i++) {
            OfficerId id = OfficerId.of(String.format("O-%06d", i));
            Officer.Builder officer = Officer.builder().id(id).name("执法人员" + i);
            int first = random.nextInt(staffed);
            if (i % 50 == 49) {
                officer.agency(OTHER).addPost(PostId.of("YP-G" + (1 + random.nextInt(FOREIGN_POSTS))));
            } else {
                officer.agency(MAIN).addPost(postId(first));
                if (random.nextBoolean()) {
                    officer.addPost(postId(random.nextInt(staffed)));
                }
            }
            org.addOfficer(officer.build());
            int kind = random.nextInt(100);
            if (kind < 4) {
                continue;                                   // no certificate
            }
            String home = first % units == 0 ? AREAS[random.nextInt(areas)] : AREAS[areaOf(first % units)];
            LocalDate from = AUDIT_DAY.minusDays(1 + random.nextInt(4 * 365)).minusYears(kind < 9 ? 5 : 0);
            EnforcementCredential.Builder credential = EnforcementCredential.builder().number("ZF-" + id)
                    .holder(id).issuingAuthority("某省人民政府").addArea(home)
                    .validFrom(from).validUntil(from.plusYears(5).minusDays(1));
            if (kind >= 20) {
                credential.addArea(AREAS[random.nextInt(areas)]); // 80% name a second area
            }
            if (kind >= 9 && kind < 12) {
                LocalDate day = AUDIT_DAY.minusDays(1 + random.nextInt(60));
                credential.addStatusChange(new CredentialStatusChange(day.isBefore(from) ? from : day,
                        CredentialStatus.SUSPENDED, "脱岗培训期间暂扣"));
            }
            org.addCredential(credential.build());
        }
        return org.build();
    }

    private Power power(PowerCode code, String area) {
        PowerKind kind = KINDS[random.nextInt(KINDS.length)];
        LegalInstrument law = kind == PowerKind.ADMINISTRATIVE_LICENSING ? Instruments.ADMINISTRATIVE_LICENSING_LAW
                : kind == PowerKind.ADMINISTRATIVE_COERCION ? Instruments.ADMINISTRATIVE_COERCION_LAW
                : Instruments.ADMINISTRATIVE_PENALTY_LAW;
        return Power.builder().code(code).name(area + kind.label().zh() + "事项" + code).kind(kind)
                .implementingAgency(MAIN_NAME).enforcementArea(area)
                .addProvision(Provision.of(law, 1 + random.nextInt(70))).build();
    }

    /** A handling post: a post of a unit other than the leadership, not its head. */
    private int handlingPost() {
        int unit = 1 + random.nextInt(units - 1);
        return unit + units * (1 + random.nextInt(size(unit) - 1));
    }

    private int size(int unit) {
        return (posts - unit + units - 1) / units;
    }

    private int areaOf(int unit) {
        return (unit - 1) % areas;
    }

    private static PostId postId(int post) {
        return PostId.of(String.format("G-%05d", post));
    }
}
