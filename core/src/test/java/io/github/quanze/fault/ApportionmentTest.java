package io.github.quanze.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.quanze.fault.Apportionment.Participant;
import io.github.quanze.fault.Apportionment.Share;
import io.github.quanze.procedure.Role;
import java.util.List;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class ApportionmentTest {

    private static final Apportionment NATIONAL = Apportionment.national();

    private static List<Responsibility> apportion(Situation situation, Participant... participants) {
        return NATIONAL.apportion(situation, List.of(participants)).stream().map(Share::responsibility).toList();
    }

    @Example
    void wrongDraftApproved_splitsDirectPrincipalAndImportant() {
        assertThat(apportion(Situation.WRONG_DRAFT_APPROVED, Participant.of("承办", Role.HANDLER),
                Participant.of("审核", Role.REVIEWER), Participant.of("批准", Role.APPROVER)))
                .containsExactly(Responsibility.DIRECT, Responsibility.PRINCIPAL_LEADERSHIP,
                        Responsibility.IMPORTANT_LEADERSHIP);
    }

    @Example
    void concealedFacts_fallOnTheHandlerAlone() {
        assertThat(apportion(Situation.HANDLER_MISLED_SUPERIORS, Participant.of("承办", Role.HANDLER),
                Participant.of("审核", Role.REVIEWER), Participant.of("批准", Role.APPROVER)))
                .containsExactly(Responsibility.DIRECT, Responsibility.NONE, Responsibility.NONE);
    }

    @Example
    void collectiveDecision_fallsOnThePresidingHeadThenOnThoseWhoAgreed() {
        List<Share> shares = NATIONAL.apportion(Situation.COLLECTIVE_DECISION, List.of(
                Participant.of("局长", Role.PRESIDING_HEAD), Participant.of("副局长", Role.COLLECTIVE_MEMBER),
                new Participant("法规科长", Role.COLLECTIVE_MEMBER, true)));
        assertThat(shares).extracting(Share::responsibility).containsExactly(Responsibility.PRINCIPAL_LEADERSHIP,
                Responsibility.IMPORTANT_LEADERSHIP, Responsibility.NONE);
        assertThat(shares.get(0).decision().citations().toString()).contains("第五十七条第二款")
                .contains("《中华人民共和国公职人员政务处分法》第十条");
        assertThat(shares.get(2).decision().fired()).extracting(r -> r.id().value())
                .containsExactly("APPORTION.R9.DISSENTER");
        assertThat(shares.get(2).decision().citations().toString()).contains("《中华人民共和国公职人员政务处分法》第十条");
    }

    @Example
    void collectiveDecision_sparesAPresidingHeadWhoDissented() {
        assertThat(apportion(Situation.COLLECTIVE_DECISION, new Participant("局长", Role.PRESIDING_HEAD, true),
                Participant.of("副局长", Role.COLLECTIVE_MEMBER)))
                .containsExactly(Responsibility.NONE, Responsibility.IMPORTANT_LEADERSHIP);
    }

    @Property
    void aDissenterIsNeverHeldResponsible(@ForAll Situation situation, @ForAll Role role) {
        assertThat(apportion(situation, new Participant("某人", role, true))).containsExactly(Responsibility.NONE);
    }

    @Example
    void otherSituations_nameWhoeverDepartedFromTheChain() {
        assertThat(apportion(Situation.REVIEWER_CHANGED_CORRECT_OPINION, Participant.of("承办", Role.HANDLER),
                Participant.of("审核", Role.REVIEWER), Participant.of("批准", Role.APPROVER)))
                .containsExactly(Responsibility.NONE, Responsibility.DIRECT, Responsibility.PRINCIPAL_LEADERSHIP);
        assertThat(apportion(Situation.APPROVER_OVERRODE, Participant.of("承办", Role.HANDLER),
                Participant.of("批准", Role.APPROVER))).containsExactly(Responsibility.NONE, Responsibility.DIRECT);
        assertThat(apportion(Situation.LEADER_INTERFERED, Participant.of("领导", Role.INSTRUCTING_LEADER),
                Participant.of("承办", Role.HANDLER))).containsExactly(Responsibility.DIRECT, Responsibility.NONE);
        assertThat(apportion(Situation.HANDLER_ACTED_WITHOUT_APPROVAL, Participant.of("承办", Role.HANDLER)))
                .containsExactly(Responsibility.DIRECT);
        assertThat(apportion(Situation.HIGHER_BODY_CHANGED_DECISION, Participant.of("上级", Role.HIGHER_BODY_HEAD)))
                .containsExactly(Responsibility.IMPORTANT_LEADERSHIP);
    }

    @Example
    void nationalTable_hasNoGapAndNoShadowedRow() {
        assertThat(NATIONAL.table().verify().gaps()).isEmpty();
        assertThat(NATIONAL.table().verify().shadowed()).isEmpty();
    }
}
