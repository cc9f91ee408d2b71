package io.github.quanze.publish.notice;

import com.google.common.collect.ImmutableSet;
import io.github.quanze.procedure.CaseEvent;
import io.github.quanze.text.BilingualText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How a decision notice's personal information is masked before publication (执法决定公示个人信息处理规则) — quanze's
 * interpretation, since no statute in force lists the fields (see {@link MaskingRule} for the grounds and the
 * conventions followed).
 * <p>
 * The {@link #standard()} policy publishes the party's name as the decision states it (行政处罚法 Art 59(一); 市场监督
 * 管理行政处罚信息公示规定 Art 4 第三款, Art 7), and for a legal person, another organization or an individual
 * business its name, 统一社会信用代码, representative and address (个人信息保护法 protects natural persons only). It
 * removes a natural person's 居民身份证号码, birth date, phone, email and home address (an address that is the business
 * premises stays), every party's bank account, and an organization's phone and email. It always reduces to the
 * surname and 某 the name of a child under fourteen on the decision day (个人信息保护法 Art 28) and of every third person
 * named in the facts. {@link #reducingNames()} also reduces every natural person's name, and an organization's
 * representative's, to the surname and 某 (following 法释〔2016〕19号 Art 9 as a convention), in the fields and in the
 * texts where the name appears.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MaskingPolicy {

    /** 复姓: the common two-character surnames, kept whole when a name is reduced. */
    private static final Set<String> COMPOUND_SURNAMES = ImmutableSet.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫",
            "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文", "司徒", "夏侯", "轩辕", "端木", "独孤", "南宫", "西门", "百里",
            "呼延", "澹台", "公冶", "太史", "申屠", "闻人", "赫连", "万俟", "濮阳", "单于", "钟离", "闾丘", "东郭", "左丘");
    private static final String MOU = "某";

    private static final MaskingPolicy STANDARD = new MaskingPolicy(false);
    private static final MaskingPolicy REDUCING = new MaskingPolicy(true);

    private final boolean reducesNames;

    private MaskingPolicy(boolean reducesNames) {
        this.reducesNames = reducesNames;
    }

    /**
     * Obtains the default policy: names published as the decision states them, but for children under fourteen and
     * third persons.
     *
     * @return the policy, not null
     */
    public static MaskingPolicy standard() {
        return STANDARD;
    }

    /**
     * Obtains the policy that also reduces every natural person's name, and every representative's, to the surname
     * and 某.
     *
     * @return the policy, not null
     */
    public static MaskingPolicy reducingNames() {
        return REDUCING;
    }

    /**
     * Checks whether the policy reduces every natural person's name.
     *
     * @return true for {@link #reducingNames()}
     */
    public boolean reducesNames() {
        return reducesNames;
    }

    /**
     * Returns the rules this policy may apply, in the order a page states them.
     *
     * @return the rules, not null
     */
    public List<MaskingRule> rules() {
        List<MaskingRule> rules = new ArrayList<>(List.of(MaskingRule.values()));
        if (!reducesNames) {
            rules.remove(MaskingRule.NAME_REDUCED);
        }
        return List.copyOf(rules);
    }

    /**
     * Returns how the policy treats names, in Chinese and English, for the page that states the rule.
     *
     * @return the sentence, not null
     */
    public BilingualText nameRule() {
        return reducesNames
                ? BilingualText.of("自然人当事人及单位法定代表人（经营者）的姓名保留姓氏，名字以“某”代替；单位名称和统一社会"
                        + "信用代码予以公开。",
                        "A natural person's name, and an organization's representative's, is reduced to the surname "
                                + "and 某; an organization's name and unified social credit code are published.")
                : BilingualText.of("当事人的姓名或者名称按决定书载明的公开（《中华人民共和国行政处罚法》第五十九条第（一）项）；"
                        + "单位名称和统一社会信用代码予以公开；不满十四周岁的未成年人和第三人的姓名保留姓氏，名字以“某”代替。",
                        "The party's name is published as the decision states it (Art 59(1), Administrative Penalty "
                                + "Law); an organization's name and unified social credit code are published; the name "
                                + "of a child under fourteen and of a third person is reduced to the surname and 某.");
    }

    /**
     * Reduces a name to its surname and 某 (保留姓氏，名字以“某”代替): 张三 → 张某, 欧阳明 → 欧阳某. A name that is one
     * character, or already ends in 某 after its surname, is kept as its surname and 某.
     *
     * @param name  the name, not blank
     * @return the reduced name, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public static String reduce(String name) {
        Objects.requireNonNull(name, "name");
        String n = name.strip();
        if (n.isEmpty()) {
            throw new IllegalArgumentException("a name to reduce must not be blank");
        }
        String surname = n.length() >= 3 && COMPOUND_SURNAMES.contains(n.substring(0, 2)) ? n.substring(0, 2)
                : n.substring(0, n.offsetByCodePoints(0, 1));
        return surname + MOU;
    }

    /**
     * Masks a notice: the notice as it may be published, with every masked field recorded.
     *
     * @param notice  the notice, not null
     * @return the masked notice, not null
     */
    public MaskedNotice mask(DecisionNotice notice) {
        Objects.requireNonNull(notice, "notice");
        Party p = notice.party();
        List<Masking> maskings = new ArrayList<>();
        List<String[]> replacements = new ArrayList<>();
        boolean natural = p.kind().isNaturalPerson();
        String name = p.name();
        if (natural && p.isUnderFourteenOn(notice.decided())) {
            name = reduce(p.name());
            maskings.add(Masking.of(MaskedField.NAME, MaskingRule.MINOR_NAME_REDUCED));
        } else if (natural && reducesNames) {
            name = reduce(p.name());
            maskings.add(Masking.of(MaskedField.NAME, MaskingRule.NAME_REDUCED));
        }
        if (!name.equals(p.name())) {
            replacements.add(new String[] {p.name(), name});
        }
        if (p.idNumber().isPresent()) {
            maskings.add(Masking.of(MaskedField.ID_NUMBER, MaskingRule.ID_NUMBER_REMOVED));
        }
        if (p.birthDate().isPresent()) {
            maskings.add(Masking.of(MaskedField.BIRTH_DATE, MaskingRule.BIRTH_DATE_REMOVED));
        }
        Optional<String> address = p.address();
        if (natural && !p.addressIsPremises() && address.isPresent()) {
            address = Optional.empty();
            maskings.add(Masking.of(MaskedField.ADDRESS, MaskingRule.HOME_ADDRESS_REMOVED));
        }
        MaskingRule contact = natural ? null : MaskingRule.CONTACT_NOT_STATED;
        if (p.phone().isPresent()) {
            maskings.add(Masking.of(MaskedField.PHONE, natural ? MaskingRule.PHONE_REMOVED : contact));
        }
        if (p.email().isPresent()) {
            maskings.add(Masking.of(MaskedField.EMAIL, natural ? MaskingRule.EMAIL_REMOVED : contact));
        }
        if (p.bankAccount().isPresent()) {
            maskings.add(Masking.of(MaskedField.BANK_ACCOUNT, MaskingRule.BANK_ACCOUNT_REMOVED));
        }
        Optional<String> representative = p.representative();
        if (reducesNames && representative.isPresent()) {
            String reduced = reduce(representative.get());
            replacements.add(new String[] {representative.get(), reduced});
            representative = Optional.of(reduced);
            maskings.add(Masking.of(MaskedField.REPRESENTATIVE, MaskingRule.NAME_REDUCED));
        }
        for (String third : notice.thirdPersons()) {
            replacements.add(new String[] {third, reduce(third)});
        }
        if (!notice.thirdPersons().isEmpty()) {
            maskings.add(Masking.of(MaskedField.THIRD_PERSON, MaskingRule.THIRD_PERSON_NAME_REDUCED));
        }
        // longer names first, so that a name containing another is replaced whole
        replacements.sort(Comparator.comparingInt((String[] r) -> -r[0].length()).thenComparing(r -> r[0]));
        String party = name;
        if (!natural && reducesNames && representative.isPresent() && p.kind() == PartyKind.INDIVIDUAL_BUSINESS) {
            party = replace(p.name(), replacements);
        }
        return new MaskedNotice(notice.number(), notice.kind(), notice.agency(), p.kind(), party, p.creditCode(),
                representative, address, replace(notice.facts(), replacements), notice.basis(), notice.penalties(),
                notice.fine(), notice.decision().map(d -> replace(d, replacements)), notice.decided(),
                notice.published(), notice.overturned(), notice.withdrawal().map(w -> new Withdrawal(w.date(),
                        w.reason().map(r -> replace(r, replacements)))), maskings);
    }

    private static String replace(String text, List<String[]> replacements) {
        String out = text;
        for (String[] r : replacements) {
            out = out.replace(r[0], r[1]);
        }
        return out;
    }

    @Override
    public String toString() {
        return reducesNames ? "MaskingPolicy[reducing names]" : "MaskingPolicy[standard]";
    }
}
