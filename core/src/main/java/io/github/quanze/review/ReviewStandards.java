package io.github.quanze.review;

import static com.google.common.base.Preconditions.checkArgument;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_COERCION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LICENSING_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_LITIGATION_LAW;
import static io.github.quanze.basis.Instruments.ADMINISTRATIVE_PENALTY_LAW;
import static io.github.quanze.basis.Instruments.THREE_SYSTEMS_OPINIONS;

import com.google.common.collect.ImmutableList;
import io.github.quanze.text.BilingualText;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;

import io.github.quanze.internal.Texts;
import io.github.quanze.procedure.ViolationKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The versions of one review standard (评查标准的各个版本), each with its effective period, so that a province's
 * standard for 2025 and its revision for 2026 are both held and the one in force on the review date is used; and
 * the library's default standard.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReviewStandards {

    /**
     * The default standard (默认评查标准), built from seed 000's seven items, 执法主体、执法权限、事实证据、适用法律、
     * 执法程序、执法文书、案卷归档 ("逐项考评打分"), in force from 2021-07-15 with the revised 行政处罚法.
     * <p>
     * Content 80 points: 执法主体 10, 执法权限 10, 事实证据 25, 适用法律 15, 执法程序 20; form 20 points: 执法文书
     * 10, 案卷归档 10. The veto items are those of the published 行政处罚案卷评查标准 of the surveying authority
     * (主体不合法, 执法人员无资格, 应移送未移送, 证据不充分或事实不清, 适用法律不正确或定性不准, 程序不合法, 执法人员
     * 少于2人), plus 超越职权 (行政诉讼法 Art 70(4)), which that standard does not list and this one adds; the form
     * criteria and their deductions follow its 卷面标准. Thresholds 优秀 from 90 and 合格 from 60.
     * <p>
     * Interpretation, not a national standard: the weights, the deductions, the thresholds, the added veto, and which
     * procedural violation counts as which criterion. Some bases are read beyond their text: 行政处罚法 Art 62 (no
     * decision without 告知 and 陈述申辩) is cited for every missing or out-of-order step under 程序不合法; Art 64(四)
     * (the hearing not presided over by an investigator) for an investigator who also decides or reviews; and
     * 行政诉讼法 Art 74(1)(二) (程序轻微违法) for a missed time limit. A penalty the law excludes, a kind or a fine
     * outside the provisions, or a second fine for one act counts as 适用法律不正确 (a veto); a fine outside the tier
     * of the agency's own discretion standard, or a penalty only that standard excludes (its 不予处罚 tier or list of
     * first offences: a breach of the agency's own rule under 行政处罚法 Art 34, not of the statute), as 自由裁量不当，
     * 过罚不相当 (a deduction, not a veto).
     * <p>
     * The three systems of 国办发〔2018〕118号 (interpretation, as above): a stage without the written or audio-video
     * record its step requires (行政处罚法 Art 47; 行政强制法 Art 18(7)) deducts 5 points under 执法程序; an on-site act
     * such as 查封扣押 without its full audio-video record deducts 10: 118号 asks agencies to 推行 全程音像记录 and no
     * statute requires it (行政强制法 Art 18(7) asks a written on-site record), so the default keeps its veto items
     * those of the published standard, and an agency whose own standard makes the record a veto maps
     * {@link ViolationKind#AUDIO_VIDEO_MISSING} to a veto criterion of its own; a decision not published or
     * withdrawn in time, or withdrawn without reasons (行政处罚法 Art 48; 118号 for the times to publish), deducts 3
     * points; a decision made although the legality review did not pass it (行政处罚法 Art 58 第一款; for a licence or
     * a coercive measure listed under 118号, our reading) counts as 程序不合法 (a veto).
     */
    public static final ReviewStandard DEFAULT = defaultStandard();

    private final String name;
    private final List<ReviewStandard> versions;

    private ReviewStandards(String name, List<ReviewStandard> versions) {
        this.name = name;
        this.versions = ImmutableList.copyOf(versions);
    }

    /**
     * Obtains the versions of a standard.
     *
     * @param first  a version, not null
     * @param more  further versions of the same name, not null
     * @return the versions, ordered by effective date, not null
     * @throws IllegalArgumentException if the versions have different names or their periods overlap; the
     *         message names the standard and both periods
     */
    public static ReviewStandards of(ReviewStandard first, ReviewStandard... more) {
        List<ReviewStandard> all = new ArrayList<>();
        all.add(Objects.requireNonNull(first, "first"));
        for (ReviewStandard s : Objects.requireNonNull(more, "more")) {
            all.add(Objects.requireNonNull(s, "more"));
        }
        all.sort(Comparator.comparing(ReviewStandard::effectiveFrom));
        for (int i = 0; i < all.size(); i++) {
            ReviewStandard s = all.get(i);
            checkArgument(s.name().equals(first.name()), "Review standard versions must share one name, but %s is not %s",
                    Texts.quoted(s.name()), Texts.quoted(first.name()));
            if (i > 0) {
                ReviewStandard before = all.get(i - 1);
                checkArgument(before.effectiveUntil().map(u -> !u.isAfter(s.effectiveFrom())).orElse(false),
                        "Review standard %s: version %s overlaps version %s", Texts.quoted(first.name()),
                        Texts.quoted(s.citation()), Texts.quoted(before.citation()));
            }
        }
        return new ReviewStandards(first.name(), all);
    }

    /** @return the standard's name, not null */
    public String name() {
        return name;
    }

    /** @return the versions, ordered by effective date, not null */
    public List<ReviewStandard> versions() {
        return versions;
    }

    /**
     * Returns the version in force on a day.
     *
     * @param date  the review date, not null
     * @return the version, or empty if none applies on that day
     */
    public Optional<ReviewStandard> inForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return versions.stream().filter(s -> s.isInForceOn(date)).findFirst();
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof ReviewStandards s && name.equals(s.name) && versions.equals(s.versions);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, versions);
    }

    @Override
    public String toString() {
        return "ReviewStandards[" + name + ", " + versions.size() + " versions]";
    }

    private static ReviewStandard defaultStandard() {
        ReviewStandard.Builder b = ReviewStandard.builder("行政执法案卷评查标准（quanze默认）",
                        "quanze（依据国办发〔2005〕37号及种子文件000解释）", LocalDate.of(2021, 7, 15))
                .note("七个评查项目来自种子文件000；否决项与卷面扣分项参照测绘地理信息行政处罚案卷评查标准，另增“超越职权”否决项；"
                        + "分值、扣分、等次线及程序违法与评查条目的对应关系为解释，并非法定标准；《行政处罚法》第六十二条、第六十四条"
                        + "第（四）项和《行政诉讼法》第七十四条第一款第（二）项的引用超出其文义，亦属解释。")
                .item(item("SUBJECT", "执法主体", "enforcement subject", ReviewPart.CONTENT, 10))
                .item(item("AUTHORITY", "执法权限", "enforcement authority", ReviewPart.CONTENT, 10))
                .item(item("EVIDENCE", "事实证据", "facts and evidence", ReviewPart.CONTENT, 25))
                .item(item("LAW", "适用法律", "law applied", ReviewPart.CONTENT, 15))
                .item(item("PROCEDURE", "执法程序", "procedure", ReviewPart.CONTENT, 20))
                .item(item("DOCUMENTS", "执法文书", "documents", ReviewPart.FORM, 10))
                .item(item("FILING", "案卷归档", "filing", ReviewPart.FORM, 10));
        b.criterion(ReviewCriterion.veto("SUBJECT.UNLAWFUL", "SUBJECT", text("执法主体不合法", "the agency was not a lawful "
                        + "enforcement subject"), DefectKind.ULTRA_VIRES, cite(ADMINISTRATIVE_PENALTY_LAW, 38, 0)))
                .criterion(ReviewCriterion.veto("SUBJECT.UNCERTIFIED", "SUBJECT", text("执法人员不具备执法资格",
                        "an officer was not certified"), DefectKind.NO_CREDENTIAL, cite(ADMINISTRATIVE_PENALTY_LAW, 42, 1)))
                .criterion(ReviewCriterion.veto("AUTHORITY.EXCEEDED", "AUTHORITY", text("超越职权",
                        "the act exceeded the agency's powers"), DefectKind.ULTRA_VIRES,
                        citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 4)))
                .criterion(ReviewCriterion.veto("AUTHORITY.NOT_REFERRED", "AUTHORITY", text("应当移送司法机关而未移送",
                        "a suspected crime was not referred"), DefectKind.FAILURE_TO_REFER,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 27, 1)))
                .criterion(ReviewCriterion.veto("EVIDENCE.INSUFFICIENT", "EVIDENCE", text("事实不清、主要证据不足",
                        "facts unclear or main evidence insufficient"), DefectKind.FACTS_UNCLEAR,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 40, 0).and(citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 1))))
                .criterion(ReviewCriterion.veto("LAW.WRONG", "LAW", text("适用法律错误或者定性不准",
                        "wrong law applied or the act wrongly characterised"), DefectKind.WRONG_LAW,
                        citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 2)))
                .criterion(ReviewCriterion.veto("PROCEDURE.UNLAWFUL", "PROCEDURE", text("违反法定程序（缺少必经环节或者顺序颠倒）",
                        "statutory procedure breached (a required step missing or out of order)"),
                        DefectKind.PROCEDURE_VIOLATION, citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 3)
                                .and(cite(ADMINISTRATIVE_PENALTY_LAW, 62, 0))))
                .criterion(ReviewCriterion.veto("PROCEDURE.FEWER_THAN_TWO", "PROCEDURE", text("执法人员少于两人",
                        "fewer than two officers"), DefectKind.PROCEDURE_VIOLATION,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 42, 1)))
                .criterion(ReviewCriterion.deduction("EVIDENCE.DEFECT", "EVIDENCE", text("证据的来源、形式或者收集程序不规范",
                        "evidence irregular in source, form or collection"), 5, DefectKind.FACTS_UNCLEAR,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 46, 0)))
                .criterion(ReviewCriterion.deduction("LAW.IMPRECISE", "LAW", text("引用法律条款不具体、不完整",
                        "provisions cited vaguely or incompletely"), 5, DefectKind.WRONG_LAW,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 59, 1)))
                .criterion(ReviewCriterion.deduction("LAW.DISPROPORTIONATE", "LAW", text("自由裁量不当，过罚不相当",
                        "discretion misused, the penalty out of proportion"), 5, DefectKind.ABUSE_OF_DISCRETION,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 5, 2).and(citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 6))))
                .criterion(ReviewCriterion.deduction("PROCEDURE.NOT_SEPARATED", "PROCEDURE", text("应当分离的人员未分离"
                        + "（如本案调查人员主持听证）", "officers who must be kept apart were not (such as an investigator "
                        + "presiding at the hearing)"), 10, DefectKind.PROCEDURE_VIOLATION,
                        citeItem(ADMINISTRATIVE_PENALTY_LAW, 64, 4)))
                .criterion(ReviewCriterion.deduction("PROCEDURE.IRREGULAR", "PROCEDURE", text("程序环节不规范（未当场进行、"
                        + "未由负责人批准或者决定、法制审核人员不具备资格、当场收缴罚款无法定情形、扣除期间未告知）",
                        "a step done irregularly (not on the spot, not by a head, an unqualified legal reviewer, a fine "
                                + "collected without a lawful ground, excluded time not told)"), 5,
                        DefectKind.PROCEDURE_VIOLATION, citeItem(ADMINISTRATIVE_LITIGATION_LAW, 70, 3)))
                .criterion(ReviewCriterion.deduction("PROCEDURE.OVERDUE", "PROCEDURE", text("超过法定期限",
                        "a statutory time limit missed"), 5, DefectKind.OVERDUE, cite(ADMINISTRATIVE_PENALTY_LAW, 60, 0)
                                .and(LegalBasis.of(Provision.of(ADMINISTRATIVE_LITIGATION_LAW, 74, 1, 2)))))
                .criterion(ReviewCriterion.deduction("PROCEDURE.EXTENSION", "PROCEDURE", text("延长期限不符合规定",
                        "a time limit extended against the rules"), 5, DefectKind.PROCEDURE_VIOLATION,
                        cite(ADMINISTRATIVE_LICENSING_LAW, 42, 1).and(cite(ADMINISTRATIVE_COERCION_LAW, 25, 1))))
                .criterion(ReviewCriterion.deduction("DOCUMENTS.MISSING", "DOCUMENTS", text("应当制作的执法文书缺失",
                        "a required document missing"), 2, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("DOCUMENTS.IRREGULAR", "DOCUMENTS", text("文书填写不规范（漏项、错字、未签名）",
                        "a document filled in irregularly (blank fields, errors, no signature)"), 1, null,
                        cite(ADMINISTRATIVE_PENALTY_LAW, 59, 0)))
                .criterion(ReviewCriterion.deduction("DOCUMENTS.REASONING", "DOCUMENTS", text("决定书说理不充分",
                        "the decision gives too little reasoning"), 3, null, cite(ADMINISTRATIVE_PENALTY_LAW, 59, 1)))
                .criterion(ReviewCriterion.deduction("FILING.NOT_ONE_FILE", "FILING", text("未一案一卷",
                        "the case not filed as one file"), 2, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("FILING.INDEX", "FILING", text("封面、目录不规范",
                        "cover or index irregular"), 1, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("FILING.ORDER", "FILING", text("组卷顺序不规范",
                        "documents filed out of order"), 1, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("FILING.PAGES", "FILING", text("页码缺失或者错误",
                        "page numbers missing or wrong"), 2, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("FILING.LATE", "FILING", text("未及时归档",
                        "filed late"), 2, null, cite(ADMINISTRATIVE_PENALTY_LAW, 47, 0)))
                .criterion(ReviewCriterion.deduction("PROCEDURE.NOT_RECORDED", "PROCEDURE", text("执法环节未按要求以文字、"
                        + "音像等形式记录", "a stage not recorded in text or audio-video as required"), 5,
                        DefectKind.PROCEDURE_VIOLATION, LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 47),
                                Provision.ofItem(ADMINISTRATIVE_COERCION_LAW, 18, 7),
                                Provision.wholeOf(THREE_SYSTEMS_OPINIONS))))
                .criterion(ReviewCriterion.deduction("PROCEDURE.NO_AUDIO_VIDEO", "PROCEDURE", text("查封扣押等直接涉及人身"
                        + "自由、生命健康、重大财产权益的现场执法活动未全程音像记录（解释：国办发〔2018〕118号要求推行全程音像"
                        + "记录，法律未作规定，本标准扣分而不否决）", "an on-site act touching personal liberty, life, health "
                        + "or major property, such as a seizure, without its full audio-video record (interpretation: Guo "
                        + "Ban Fa [2018] No. 118 asks for it and no statute does; this standard deducts rather than "
                        + "vetoes)"), 10, DefectKind.PROCEDURE_VIOLATION,
                        LegalBasis.of(Provision.wholeOf(THREE_SYSTEMS_OPINIONS))))
                .criterion(ReviewCriterion.deduction("PROCEDURE.PUBLICITY", "PROCEDURE", text("执法决定信息未按期公开、"
                        + "未按期撤回或者撤回未说明理由", "decision information not published or withdrawn in time, or "
                        + "withdrawn without reasons"), 3, DefectKind.PROCEDURE_VIOLATION,
                        LegalBasis.of(Provision.of(ADMINISTRATIVE_PENALTY_LAW, 48),
                                Provision.wholeOf(THREE_SYSTEMS_OPINIONS))));
        b.violation(ViolationKind.MISSING_STEP, "PROCEDURE.UNLAWFUL")
                .violation(ViolationKind.WRONG_ORDER, "PROCEDURE.UNLAWFUL")
                .violation(ViolationKind.TOO_FEW_OFFICERS, "PROCEDURE.FEWER_THAN_TWO")
                .violation(ViolationKind.UNCERTIFIED_OFFICER, "SUBJECT.UNCERTIFIED")
                .violation(ViolationKind.NOT_SEPARATED, "PROCEDURE.NOT_SEPARATED")
                .violation(ViolationKind.UNQUALIFIED_LEGAL_REVIEWER, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.NOT_BY_HEAD, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.NOT_ON_THE_SPOT, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.BEYOND_PROCEDURE, "PROCEDURE.UNLAWFUL")
                .violation(ViolationKind.COLLECTION_NOT_ALLOWED, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.RECORD_NOT_ATTESTED, "DOCUMENTS.IRREGULAR")
                .violation(ViolationKind.REFUSAL_WITHOUT_REASONS, "DOCUMENTS.REASONING")
                .violation(ViolationKind.MISSED_DEADLINE, "PROCEDURE.OVERDUE")
                .violation(ViolationKind.EXTENSION_WITHOUT_APPROVAL, "PROCEDURE.EXTENSION")
                .violation(ViolationKind.EXTENSION_NOT_BY_HEAD, "PROCEDURE.EXTENSION")
                .violation(ViolationKind.EXTENSION_OVER_CAP, "PROCEDURE.EXTENSION")
                .violation(ViolationKind.EXTENSION_NOT_ALLOWED, "PROCEDURE.EXTENSION")
                .violation(ViolationKind.EXTENSION_NOT_NOTIFIED, "PROCEDURE.EXTENSION")
                .violation(ViolationKind.EXCLUSION_NOT_NOTIFIED, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.PENALTY_AFTER_LIMITATION, "LAW.WRONG")
                .violation(ViolationKind.PENALTY_NOT_ALLOWED, "LAW.WRONG")
                .violation(ViolationKind.PENALTY_AGAINST_STANDARD, "LAW.DISPROPORTIONATE")
                .violation(ViolationKind.KIND_NOT_ALLOWED, "LAW.WRONG")
                .violation(ViolationKind.FINE_OUTSIDE_STATUTORY_RANGE, "LAW.WRONG")
                .violation(ViolationKind.FINE_OUTSIDE_TIER, "LAW.DISPROPORTIONATE")
                .violation(ViolationKind.SECOND_FINE, "LAW.WRONG")
                .violation(ViolationKind.RECORD_MISSING, "PROCEDURE.NOT_RECORDED")
                .violation(ViolationKind.AUDIO_VIDEO_MISSING, "PROCEDURE.NO_AUDIO_VIDEO")
                .violation(ViolationKind.PUBLICATION_OVERDUE, "PROCEDURE.PUBLICITY")
                .violation(ViolationKind.LATE_WITHDRAWAL, "PROCEDURE.PUBLICITY")
                .violation(ViolationKind.WITHDRAWN_WITHOUT_REASONS, "PROCEDURE.PUBLICITY")
                .violation(ViolationKind.DECIDED_AGAINST_REVIEW, "PROCEDURE.UNLAWFUL")
                .violation(ViolationKind.NOT_REFERRED, "AUTHORITY.NOT_REFERRED")
                .violation(ViolationKind.PENALTY_INSTEAD_OF_REFERRAL, "AUTHORITY.NOT_REFERRED")
                .violation(ViolationKind.LATE_REFERRAL, "PROCEDURE.OVERDUE")
                .violation(ViolationKind.LATE_HANDOVER, "PROCEDURE.OVERDUE")
                .violation(ViolationKind.REFERRAL_REFUSED_WITHOUT_REASONS, "DOCUMENTS.REASONING")
                .violation(ViolationKind.REFERRAL_MATERIALS_MISSING, "DOCUMENTS.MISSING")
                .violation(ViolationKind.SEIZED_ITEMS_NOT_TRANSFERRED, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.REFERRAL_NOT_BY_PRINCIPAL, "PROCEDURE.IRREGULAR")
                .violation(ViolationKind.LEAD_NOT_REFERRED, "AUTHORITY.NOT_REFERRED");
        return b.build();
    }

    private static ReviewItem item(String code, String zh, String en, ReviewPart part, int points) {
        return new ReviewItem(code, text(zh, en), part, points);
    }

    private static BilingualText text(String zh, String en) {
        return BilingualText.of(zh, en);
    }

    private static LegalBasis cite(LegalInstrument instrument, int article, int paragraph) {
        return LegalBasis.of(paragraph == 0 ? Provision.of(instrument, article)
                : Provision.of(instrument, article, paragraph));
    }

    private static LegalBasis citeItem(LegalInstrument instrument, int article, int item) {
        return LegalBasis.of(Provision.ofItem(instrument, article, item));
    }
}
