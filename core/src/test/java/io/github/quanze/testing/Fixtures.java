package io.github.quanze.testing;

import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;

import io.github.quanze.basis.InstrumentLevel;
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

/**
 * Named test fixtures: instruments, powers and an organization of a small tobacco monopoly bureau.
 */
public final class Fixtures {

    public static final LocalDate DATE_2015_04_24 = LocalDate.of(2015, 4, 24);
    public static final LocalDate DATE_2021_11_10 = LocalDate.of(2021, 11, 10);
    public static final LocalDate DATE_2023_07_19 = LocalDate.of(2023, 7, 19);
    public static final LocalDate DATE_2023_07_20 = LocalDate.of(2023, 7, 20);
    public static final LocalDate DATE_2024_01_01 = LocalDate.of(2024, 1, 1);
    public static final LocalDate DATE_2024_06_01 = LocalDate.of(2024, 6, 1);
    public static final LocalDate DATE_2026_12_31 = LocalDate.of(2026, 12, 31);
    public static final LocalDate DATE_2027_01_01 = LocalDate.of(2027, 1, 1);

    public static final String AREA_TOBACCO = "烟草专卖";
    public static final String AREA_MARKET = "市场监管";

    /** 《中华人民共和国烟草专卖法》 as last amended on 2015-04-24. */
    public static final LegalInstrument TOBACCO_LAW = LegalInstrument.builder()
            .title("中华人民共和国烟草专卖法")
            .englishTitle("Tobacco Monopoly Law of the People's Republic of China")
            .level(InstrumentLevel.LAW)
            .adoptionDate(DATE_2015_04_24)
            .effectiveDate(DATE_2015_04_24)
            .build();

    /** The 2021 edition of the implementing regulation, replaced by the 2023 edition. */
    public static final LegalInstrument TOBACCO_REGULATION_2021 = LegalInstrument.builder()
            .title("中华人民共和国烟草专卖法实施条例")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
            .adoptionDate(DATE_2021_11_10)
            .effectiveDate(DATE_2021_11_10)
            .repealDate(DATE_2023_07_20)
            .build();

    /** The 2023 edition of the implementing regulation. */
    public static final LegalInstrument TOBACCO_REGULATION_2023 = LegalInstrument.builder()
            .title("中华人民共和国烟草专卖法实施条例")
            .level(InstrumentLevel.ADMINISTRATIVE_REGULATION)
            .documentNumber("国务院令第223号")
            .adoptionDate(DATE_2023_07_20)
            .effectiveDate(DATE_2023_07_20)
            .build();

    /** A local regulation, which may create sealing up and seizure only (行政强制法 Art 10 第三款). */
    public static final LegalInstrument PROVINCIAL_TOBACCO_REGULATION = LegalInstrument.builder()
            .title("某省烟草专卖管理条例")
            .level(InstrumentLevel.LOCAL_REGULATION)
            .adoptionDate(LocalDate.of(2019, 9, 27))
            .effectiveDate(LocalDate.of(2020, 1, 1))
            .build();

    /** A normative document, which cannot create a penalty (行政处罚法 Art 16). */
    public static final LegalInstrument LOCAL_NOTICE = LegalInstrument.builder()
            .title("某市烟草专卖局关于规范卷烟零售市场秩序的通知")
            .level(InstrumentLevel.NORMATIVE_DOCUMENT)
            .documentNumber("某烟专〔2022〕5号")
            .effectiveDate(LocalDate.of(2022, 3, 1))
            .build();

    public static final Provision PENALTY_LAW_64_1_2 = Provision.of(ADMINISTRATIVE_PENALTY_LAW, 64, 1, 2);

    public static final PowerCode CODE_RETAIL_LICENCE = PowerCode.of("XK-001");
    public static final PowerCode CODE_WHOLESALE_PENALTY = PowerCode.of("CF-001");
    public static final PowerCode CODE_TRANSPORT_PENALTY = PowerCode.of("CF-002");
    public static final PowerCode CODE_INSPECTION = PowerCode.of("JC-001");

    public static final Power POWER_RETAIL_LICENCE = power(CODE_RETAIL_LICENCE, "烟草专卖零售许可证核发",
            PowerKind.ADMINISTRATIVE_LICENSING, Provision.of(TOBACCO_LAW, 16));
    public static final Power POWER_WHOLESALE_PENALTY = power(CODE_WHOLESALE_PENALTY,
            "对无烟草专卖批发企业许可证经营烟草制品批发业务的处罚", PowerKind.ADMINISTRATIVE_PENALTY,
            Provision.of(TOBACCO_LAW, 31), Provision.of(TOBACCO_REGULATION_2023, 54));
    public static final Power POWER_TRANSPORT_PENALTY = power(CODE_TRANSPORT_PENALTY,
            "对无准运证运输烟草专卖品的处罚", PowerKind.ADMINISTRATIVE_PENALTY,
            Provision.of(TOBACCO_LAW, 29, 1), Provision.ofItem(TOBACCO_REGULATION_2023, 52, 1));
    public static final Power POWER_INSPECTION = power(CODE_INSPECTION, "对烟草专卖法实施情况的监督检查",
            PowerKind.ADMINISTRATIVE_INSPECTION, Provision.of(TOBACCO_LAW, 38), Provision.of(TOBACCO_REGULATION_2023, 44));

    public static final AgencyId AGENCY_CITY = AgencyId.of("CITY");
    public static final AgencyId AGENCY_COUNTY = AgencyId.of("COUNTY");

    public static final PowerCatalogue CATALOGUE = PowerCatalogue.builder("某市烟草专卖局权责清单", AGENCY_CITY,
                    DATE_2024_01_01)
            .add(POWER_RETAIL_LICENCE, POWER_WHOLESALE_PENALTY, POWER_TRANSPORT_PENALTY, POWER_INSPECTION)
            .build();
    public static final UnitId UNIT_OFFICE = UnitId.of("OFFICE");
    public static final UnitId UNIT_MONOPOLY = UnitId.of("MONOPOLY");
    public static final UnitId UNIT_COUNTY = UnitId.of("COUNTY-MONOPOLY");
    public static final PostId POST_DIRECTOR = PostId.of("DIRECTOR");
    public static final PostId POST_SECTION_CHIEF = PostId.of("CHIEF");
    public static final PostId POST_LICENCE = PostId.of("LICENCE");
    public static final PostId POST_INSPECTOR = PostId.of("INSPECTOR");
    public static final PostId POST_COUNTY = PostId.of("COUNTY-INSPECTOR");
    public static final OfficerId OFFICER_DIRECTOR = OfficerId.of("O-01");
    public static final OfficerId OFFICER_CHIEF = OfficerId.of("O-02");
    public static final OfficerId OFFICER_LICENCE = OfficerId.of("O-03");
    public static final OfficerId OFFICER_INSPECTOR_A = OfficerId.of("O-04");
    public static final OfficerId OFFICER_INSPECTOR_B = OfficerId.of("O-05");
    public static final OfficerId OFFICER_COUNTY = OfficerId.of("O-06");

    public static final EnforcementCredential CREDENTIAL_INSPECTOR_A = credential("ZF-0004", OFFICER_INSPECTOR_A,
            LocalDate.of(2022, 1, 1), DATE_2026_12_31);
    public static final EnforcementCredential CREDENTIAL_INSPECTOR_B_SUSPENDED = credential("ZF-0005",
            OFFICER_INSPECTOR_B, LocalDate.of(2022, 1, 1), DATE_2026_12_31)
            .withStatusChange(new CredentialStatusChange(LocalDate.of(2024, 3, 1), CredentialStatus.SUSPENDED,
                    "离岗培训"));

    public static final Organization ORGANIZATION = Organization.builder()
            .addAgency(new Agency(AGENCY_CITY, "某市烟草专卖局"))
            .addAgency(new Agency(AGENCY_COUNTY, "某县烟草专卖局"))
            .addUnit(new Unit(UNIT_OFFICE, AGENCY_CITY, "局办公室"))
            .addUnit(new Unit(UNIT_MONOPOLY, AGENCY_CITY, "专卖监督管理科"))
            .addUnit(new Unit(UNIT_COUNTY, AGENCY_COUNTY, "县局专卖股"))
            .addPost(post(POST_DIRECTOR, UNIT_OFFICE, "局长岗"))
            .addPost(post(POST_SECTION_CHIEF, UNIT_MONOPOLY, "科长岗"))
            .addPost(post(POST_LICENCE, UNIT_MONOPOLY, "许可证管理岗"))
            .addPost(post(POST_INSPECTOR, UNIT_MONOPOLY, "专卖稽查岗"))
            .addPost(post(POST_COUNTY, UNIT_COUNTY, "县局稽查岗"))
            .addOfficer(officer(OFFICER_DIRECTOR, "王局长", AGENCY_CITY, POST_DIRECTOR))
            .addOfficer(officer(OFFICER_CHIEF, "李科长", AGENCY_CITY, POST_SECTION_CHIEF))
            .addOfficer(officer(OFFICER_LICENCE, "赵许可", AGENCY_CITY, POST_LICENCE))
            .addOfficer(officer(OFFICER_INSPECTOR_A, "钱稽查", AGENCY_CITY, POST_INSPECTOR))
            .addOfficer(officer(OFFICER_INSPECTOR_B, "孙稽查", AGENCY_CITY, POST_INSPECTOR))
            .addOfficer(officer(OFFICER_COUNTY, "周县局", AGENCY_COUNTY, POST_COUNTY))
            .addCredential(credential("ZF-0001", OFFICER_DIRECTOR, LocalDate.of(2021, 1, 1), DATE_2026_12_31))
            .addCredential(credential("ZF-0002", OFFICER_CHIEF, LocalDate.of(2021, 1, 1), DATE_2026_12_31))
            .addCredential(credential("ZF-0003", OFFICER_LICENCE, LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)))
            .addCredential(CREDENTIAL_INSPECTOR_A)
            .addCredential(CREDENTIAL_INSPECTOR_B_SUSPENDED)
            .addCredential(credential("ZF-0006", OFFICER_COUNTY, LocalDate.of(2021, 1, 1), DATE_2026_12_31))
            .build();

    private Fixtures() {}

    public static Power power(PowerCode code, String name, PowerKind kind, Provision... provisions) {
        return Power.builder().code(code).name(name).kind(kind).implementingAgency("某市烟草专卖局")
                .enforcementArea(AREA_TOBACCO).addProvisions(provisions).build();
    }

    public static Post post(PostId id, UnitId unit, String name) {
        return Post.builder().id(id).unit(unit).name(name).addDuties("依法履行" + name + "职责").build();
    }

    public static Officer officer(OfficerId id, String name, AgencyId agency, PostId... posts) {
        return Officer.builder().id(id).name(name).agency(agency).addPosts(posts).build();
    }

    public static EnforcementCredential credential(String number, OfficerId holder, LocalDate from, LocalDate until) {
        return EnforcementCredential.builder().number(number).holder(holder).issuingAuthority("某市人民政府")
                .addAreas(AREA_TOBACCO).validFrom(from).validUntil(until).build();
    }
}
