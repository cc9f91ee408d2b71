package io.github.quanze.jackson.procedure;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.organization.Organization;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.procedure.Role;
import java.util.function.Function;

/**
 * 涉及人员 The people a finding involves: officers of an organization and the part each played. Findings write
 * them with the officer's name ({@link #INVOLVEMENT}); documents that name them, such as a reviewer's finding in a
 * case file, give only the officer's id and role, and the name is the organization's ({@link #person}).
 */
public final class InvolvementDocuments {

    private static final Codec<Role> ROLE = Codecs.enumOf(Role.class);

    /** 涉及人员 A person involved, as findings write it: {officer, name, role}. */
    public static final ObjectCodec<Involvement> INVOLVEMENT = ObjectCodec.<Involvement>writer("involvement")
            .description("涉及人员 An officer involved, with the part played")
            .about("The officer's id")
            .field("officer", OrganizationDocuments.OFFICER_ID, Involvement::officer)
            .field("name", Codecs.STRING, Involvement::name)
            .field("role", ROLE, Involvement::role)
            .build();

    private InvolvementDocuments() {
    }

    /**
     * 涉及人员 A person named in a document: {officer, role}, the officer resolved against, and named by, the
     * organization that a value of the reader's context gives.
     *
     * @param context  the type of the context value, not null
     * @param what  that value as the error names it when it is missing, not null
     * @param organization  the organization of the context value, not null
     * @param <C>  the type of the context value
     * @return the codec, not null
     */
    public static <C> ObjectCodec<Involvement> person(Class<C> context, String what,
            Function<C, Organization> organization) {
        return ObjectCodec.builderFrom("person", in -> new PersonDraft(organization.apply(in.require(context, what))),
                        PersonDraft::build)
                .description("涉及人员 An officer of the organization, with the part played")
                .about("The officer's id")
                .required("officer", OrganizationDocuments.officerIn(context, what, organization),
                        Involvement::officer, (d, v) -> d.officer = v)
                .required("role", ROLE, Involvement::role, (d, v) -> d.role = v)
                .build();
    }

    private static final class PersonDraft {
        private final Organization organization;
        OfficerId officer;
        Role role;

        PersonDraft(Organization organization) {
            this.organization = organization;
        }

        Involvement build() {
            return new Involvement(officer, organization.officer(officer).name(), role);
        }
    }
}
