package io.github.quanze.jackson.organization;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.References;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.function.Function;

/**
 * 组织机构 The document of an organization: its agencies (执法主体), units (内设机构), posts (岗位), officers
 * (执法人员) and their enforcement certificates (执法证) with the certificates' status history.
 * <p>
 * Each list is flat and entities refer to each other by id: a unit names its agency, a post its unit, an officer
 * an agency and posts, a certificate its holder. The organization's own rules apply when it is read: ids are
 * unique, every id named exists, an officer holds posts of their own agency only, and a certificate's status
 * changes are in date order from the start of its validity. Other documents refer to posts and officers by id:
 * {@link #POST_REFERENCE} and {@link #OFFICER_REFERENCE} resolve them against the organization given to the reader.
 */
public final class OrganizationDocuments {

    /** 内设机构 A unit's id, written as its text. */
    public static final Codec<UnitId> UNIT_ID = References.id(UnitId::of, UnitId::value);

    /** 岗位 A post's id, written as its text. */
    public static final Codec<PostId> POST_ID = References.id(PostId::of, PostId::value);

    /** 执法人员 An officer's id, written as its text. */
    public static final Codec<OfficerId> OFFICER_ID = References.id(OfficerId::of, OfficerId::value);

    /** 岗位引用 A post's id that must name a post of the organization given to the reader. */
    public static final Codec<PostId> POST_REFERENCE = References.to(POST_ID, Organization.class,
            "an organization", Organization::post);

    /** 人员引用 An officer's id that must name an officer of the organization given to the reader. */
    public static final Codec<OfficerId> OFFICER_REFERENCE = officerIn(Organization.class, "an organization",
            o -> o);

    /** 执法主体 An agency: id and name. */
    static final ObjectCodec<Agency> AGENCY = ObjectCodec
            .builder("agency", AgencyDraft::new, AgencyDraft::build)
            .description("执法主体 An agency with enforcement powers")
            .required("id", PowerDocuments.AGENCY_ID, Agency::id, (d, v) -> d.id = v)
            .required("name", Codecs.STRING, Agency::name, (d, v) -> d.name = v)
            .build();

    /** 内设机构 A unit of an agency. */
    static final ObjectCodec<Unit> UNIT = ObjectCodec
            .builder("unit", UnitDraft::new, UnitDraft::build)
            .description("内设机构 A unit of an agency")
            .required("id", UNIT_ID, Unit::id, (d, v) -> d.id = v)
            .about("The id of the agency the unit belongs to")
            .required("agency", PowerDocuments.AGENCY_ID, Unit::agency, (d, v) -> d.agency = v)
            .required("name", Codecs.STRING, Unit::name, (d, v) -> d.name = v)
            .build();

    /** 岗位 A post of a unit, with its duties and, for a head's post, its leadership. */
    static final ObjectCodec<Post> POST = ObjectCodec
            .builder("post", Post::builder, Post.Builder::build)
            .description("岗位 A post of a unit")
            .required("id", POST_ID, Post::id, Post.Builder::id)
            .about("The id of the unit the post belongs to")
            .required("unit", UNIT_ID, Post::unit, Post.Builder::unit)
            .required("name", Codecs.STRING, Post::name, Post.Builder::name)
            .about("岗位职责 The duties of the post, one line each")
            .list("duties", Codecs.STRING, Post::duties, Post.Builder::addDuty)
            .about("负责人 For a post of the agency's head or deputy head")
            .optional("leadership", Codecs.enumOf(Leadership.class), Post::leadership, Post.Builder::leadership)
            .build();

    /** 执法人员 An officer, the posts held and the legal qualifications. */
    static final ObjectCodec<Officer> OFFICER = ObjectCodec
            .builder("officer", Officer::builder, Officer.Builder::build)
            .description("执法人员 An officer of an agency")
            .required("id", OFFICER_ID, Officer::id, Officer.Builder::id)
            .required("name", Codecs.STRING, Officer::name, Officer.Builder::name)
            .about("The id of the officer's agency")
            .required("agency", PowerDocuments.AGENCY_ID, Officer::agency, Officer.Builder::agency)
            .about("The ids of the posts held, of the officer's own agency")
            .list("posts", POST_ID, Officer::posts, Officer.Builder::addPost)
            .about("法律职业资格 The day the officer obtained the national legal professional qualification")
            .optional("legalQualification", Codecs.DATE, Officer::legalQualification,
                    Officer.Builder::legalQualification)
            .about("The day the officer began legality review (法制审核) work")
            .optional("legalReviewerSince", Codecs.DATE, Officer::legalReviewerSince,
                    Officer.Builder::legalReviewerSince)
            .build();

    /** 执法证状态变更 A recorded change of a certificate's status: day, status and reason. */
    static final ObjectCodec<CredentialStatusChange> STATUS_CHANGE = ObjectCodec
            .builder("credentialStatusChange", ChangeDraft::new, ChangeDraft::build)
            .description("执法证状态变更 A recorded change of a certificate's status; NOT_YET_VALID and EXPIRED "
                    + "follow from the validity period and are not recorded")
            .required("date", Codecs.DATE, CredentialStatusChange::date, (d, v) -> d.date = v)
            .required("status", Codecs.enumOf(CredentialStatus.class, recordable()), CredentialStatusChange::status,
                    (d, v) -> d.status = v)
            .required("reason", TextDocuments.USER_TEXT, CredentialStatusChange::reason, (d, v) -> d.reason = v)
            .build();

    /** 执法证 An enforcement certificate: number, holder, areas, validity and status history. */
    static final ObjectCodec<EnforcementCredential> CREDENTIAL = ObjectCodec
            .builder("credential", EnforcementCredential::builder, EnforcementCredential.Builder::build)
            .description("执法证 An enforcement certificate")
            .about("The certificate's number, unique in the organization")
            .required("number", Codecs.STRING, EnforcementCredential::number, EnforcementCredential.Builder::number)
            .about("The id of the officer who holds it")
            .required("holder", OFFICER_ID, EnforcementCredential::holder, EnforcementCredential.Builder::holder)
            .required("issuingAuthority", Codecs.STRING, EnforcementCredential::issuingAuthority,
                    EnforcementCredential.Builder::issuingAuthority)
            .about("执法领域 The enforcement areas the certificate covers, at least one")
            .list("areas", Codecs.STRING, EnforcementCredential::areas, EnforcementCredential.Builder::addArea)
            .required("validFrom", Codecs.DATE, EnforcementCredential::validFrom,
                    EnforcementCredential.Builder::validFrom)
            .required("validUntil", Codecs.DATE, EnforcementCredential::validUntil,
                    EnforcementCredential.Builder::validUntil)
            .about("The recorded status changes, in date order")
            .list("statusChanges", STATUS_CHANGE, EnforcementCredential::statusChanges,
                    EnforcementCredential.Builder::addStatusChange)
            .build();

    private static final ObjectCodec<Organization> BODY = ObjectCodec
            .builder("organization", Organization::builder, Organization.Builder::build)
            .list("agencies", AGENCY, Organization::agencies, Organization.Builder::addAgency)
            .list("units", UNIT, Organization::units, Organization.Builder::addUnit)
            .list("posts", POST, Organization::posts, Organization.Builder::addPost)
            .list("officers", OFFICER, Organization::officers, Organization.Builder::addOfficer)
            .list("credentials", CREDENTIAL, Organization::credentials, Organization.Builder::addCredential)
            .build();

    /** 组织机构 The document of an organization. */
    public static final DocumentKind<Organization> ORGANIZATION = DocumentKind.of("organization", 1,
            Organization.class, "组织机构 organization", BODY);

    private OrganizationDocuments() {
    }

    /**
     * 人员引用 An officer's id that must name an officer of the organization that a value of the reader's context
     * gives, such as the organization of the case record a case file is read against.
     *
     * @param context  the type of the context value, not null
     * @param what  that value as the error names it when it is missing, not null
     * @param organization  the organization of the context value, not null
     * @param <C>  the type of the context value
     * @return the codec, not null
     */
    public static <C> Codec<OfficerId> officerIn(Class<C> context, String what,
            Function<C, Organization> organization) {
        return References.to(OFFICER_ID, context, what, (c, id) -> organization.apply(c).officer(id));
    }

    private static EnumSet<CredentialStatus> recordable() {
        EnumSet<CredentialStatus> recordable = EnumSet.noneOf(CredentialStatus.class);
        Arrays.stream(CredentialStatus.values()).filter(CredentialStatus::isRecordable).forEach(recordable::add);
        return recordable;
    }

    private static final class AgencyDraft {
        AgencyId id;
        String name;

        Agency build() {
            return new Agency(id, name);
        }
    }

    private static final class UnitDraft {
        UnitId id;
        AgencyId agency;
        String name;

        Unit build() {
            return new Unit(id, agency, name);
        }
    }

    private static final class ChangeDraft {
        LocalDate date;
        CredentialStatus status;
        BilingualText reason;

        CredentialStatusChange build() {
            return new CredentialStatusChange(date, status, reason);
        }
    }
}
