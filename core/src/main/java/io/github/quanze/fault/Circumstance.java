package io.github.quanze.fault;

import static io.github.quanze.basis.Instruments.CIVIL_SERVANTS_LAW;
import static io.github.quanze.basis.Instruments.CIVIL_SERVANT_SANCTIONS_REGULATION;
import static io.github.quanze.basis.Instruments.CRIMINAL_REFERRAL_PROVISIONS;
import static io.github.quanze.basis.Instruments.GOVERNMENTAL_SANCTIONS_LAW;
import static io.github.quanze.basis.Instruments.HENAN_ENFORCEMENT_REGULATION;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;
import io.github.quanze.basis.LegalBasis;
import io.github.quanze.basis.LegalInstrument;
import io.github.quanze.basis.Provision;
import java.util.Arrays;

/**
 * A circumstance that changes how a fault is dealt with (情节), with its effect and legal basis.
 * <p>
 * The circumstances are those of 公职人员政务处分法 Art 11–13, 行政机关公务员处分条例 Art 12–15 and 公务员法 Art 60–61.
 * 尽职免责 is not a circumstance to assert but a conclusion from facts: see {@link DutyPerformance}.
 * <p>
 * The exempting circumstances do different things, and the sanction tables keep them apart:
 * {@link #EXECUTED_ORDER_AFTER_OBJECTING} relieves the officer of responsibility for executing the order (公务员法
 * Art 60: 执行的后果由上级负责，公务员不承担责任), unless the order was 明显违法 ({@link Fault#orderManifestlyUnlawful()}); {@link #MINOR_AND_CORRECTED}
 * only waives the 处分 (公务员法 Art 61, 处分条例 Art 14(2): 可以免予处分). Neither waives the referral of a suspected
 * crime. 公职人员政务处分法 Art 12(1) asks for more than this circumstance: a 情节轻微 act <em>and</em> one of the
 * circumstances of Art 11 (the {@link Effect#MITIGATE} and {@link Effect#REDUCE} ones here).
 */
public enum Circumstance implements Labelled {
    /** 在政务处分期内再次故意违法. */
    REOFFENDED_DURING_SANCTION("在政务处分期内再次故意违法", "intentional offence during a sanction period",
            Effect.AGGRAVATE, item(GOVERNMENTAL_SANCTIONS_LAW, 13, 1)),
    /** 阻止检举、串供或者伪造、隐匿、毁灭证据. */
    OBSTRUCTED_EVIDENCE("阻止他人检举、提供证据，串供或者伪造、隐匿、毁灭证据", "obstructing evidence",
            Effect.AGGRAVATE, item(GOVERNMENTAL_SANCTIONS_LAW, 13, 2), item(GOVERNMENTAL_SANCTIONS_LAW, 13, 3),
            item(CIVIL_SERVANT_SANCTIONS_REGULATION, 12, 2), item(CIVIL_SERVANT_SANCTIONS_REGULATION, 12, 3)),
    /** 包庇同案人员. */
    SHIELDED_OTHERS("包庇同案人员", "shielding others involved", Effect.AGGRAVATE,
            item(GOVERNMENTAL_SANCTIONS_LAW, 13, 4), item(CIVIL_SERVANT_SANCTIONS_REGULATION, 12, 4)),
    /** 在共同违法行为中起主要作用. */
    PRINCIPAL_ROLE("在共同违法行为中起主要作用", "leading part in a joint offence", Effect.AGGRAVATE,
            item(CIVIL_SERVANT_SANCTIONS_REGULATION, 12, 1)),
    /** 责令限期改正而逾期不改正 (agencies). */
    NOT_CORRECTED_IN_TIME("责令限期改正，逾期不改正", "not corrected within the time set", Effect.AGGRAVATE,
            Provision.of(HENAN_ENFORCEMENT_REGULATION, 44)),
    /**
     * 责令改正，拒不改正: the agency did not correct a failure to refer when ordered to (行政执法机关移送涉嫌犯罪案件的规定
     * Art 16 第二款), which brings 记过 or more on its heads and those directly responsible.
     */
    REFUSED_TO_CORRECT("责令改正，拒不改正", "refused to correct when ordered to", Effect.AGGRAVATE,
            Provision.of(CRIMINAL_REFERRAL_PROVISIONS, 16, 2)),
    /** 主动交代. */
    CONFESSED("主动交代本人违法行为", "confessed of own accord", Effect.MITIGATE,
            item(GOVERNMENTAL_SANCTIONS_LAW, 11, 1), item(CIVIL_SERVANT_SANCTIONS_REGULATION, 13, 1)),
    /** 配合调查. */
    COOPERATED("配合调查，如实说明违法事实", "cooperated with the inquiry", Effect.MITIGATE,
            item(GOVERNMENTAL_SANCTIONS_LAW, 11, 2)),
    /** 检举他人违法行为属实. */
    REPORTED_OTHERS("检举他人违纪违法行为，经查证属实", "reported others' offences truthfully", Effect.MITIGATE,
            item(GOVERNMENTAL_SANCTIONS_LAW, 11, 3), item(CIVIL_SERVANT_SANCTIONS_REGULATION, 13, 3)),
    /** 主动挽回损失、消除影响. */
    RECOVERED_LOSS("主动采取措施，有效避免、挽回损失或者消除不良影响", "averted or recovered the loss",
            Effect.MITIGATE, item(GOVERNMENTAL_SANCTIONS_LAW, 11, 4), item(CIVIL_SERVANT_SANCTIONS_REGULATION, 13, 2)),
    /** 起次要或者辅助作用. */
    SECONDARY_ROLE("在共同违法行为中起次要或者辅助作用", "secondary part in a joint offence", Effect.MITIGATE,
            item(GOVERNMENTAL_SANCTIONS_LAW, 11, 5)),
    /** 主动交代并挽回损失: one grade below the range. */
    CONFESSED_AND_RECOVERED("主动交代违法行为，并主动采取措施有效避免或者挽回损失", "confessed and recovered the loss",
            Effect.REDUCE, Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 1),
            Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 15, 2)),
    /**
     * 情节轻微，经批评教育后改正: 可以免予处分 (公务员法 Art 61(1); 行政机关公务员处分条例 Art 14(2)). With a circumstance
     * of 公职人员政务处分法 Art 11 it also meets Art 12(1) of that law.
     */
    MINOR_AND_CORRECTED("情节轻微，经批评教育后改正", "minor and corrected after criticism", Effect.EXEMPT,
            Provision.of(CIVIL_SERVANTS_LAW, 61, 1), Provision.of(CIVIL_SERVANT_SANCTIONS_REGULATION, 14, 2)),
    /** 对上级错误决定提出改正意见后执行: the superior answers for the consequences (公务员法 Art 60). */
    EXECUTED_ORDER_AFTER_OBJECTING("认为上级决定有错误并提出改正意见，上级不改变而执行", "objected to and then executed a "
            + "superior's order", Effect.EXEMPT, Provision.of(CIVIL_SERVANTS_LAW, 60));

    /** What a circumstance does to the sanction (情节的作用), within or outside the range the act calls for. */
    public enum Effect implements Labelled {
        /** 从重: the heavier end of the range. */
        AGGRAVATE("从重", "aggravating"),
        /** 从轻: the lighter end of the range, never below it. */
        MITIGATE("从轻", "mitigating"),
        /** 减轻: one grade below the range. */
        REDUCE("减轻", "reducing"),
        /**
         * 免予追究 or 免予处分: the officer is not held to account, or no 处分 is imposed; what each circumstance waives
         * is said on the circumstance. A suspected crime is referred all the same.
         */
        EXEMPT("免予追究", "exempting");

        private final BilingualText label;

        Effect(String zh, String en) {
            this.label = BilingualText.of(zh, en);
        }

        /**
         * Returns the name of the effect in Chinese and English.
         *
         * @return the label, not null
         */
        @Override
        public BilingualText label() {
            return label;
        }
    }

    private final BilingualText label;
    private final Effect effect;
    private final LegalBasis basis;

    Circumstance(String zh, String en, Effect effect, Provision... provisions) {
        this.label = BilingualText.of(zh, en);
        this.effect = effect;
        this.basis = LegalBasis.of(provisions[0], Arrays.copyOfRange(provisions, 1, provisions.length));
    }

    private static Provision item(LegalInstrument instrument, int article, int item) {
        return Provision.of(instrument, article).withItem(item);
    }

    /**
     * Returns the circumstance in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }

    /**
     * Returns what the circumstance does.
     *
     * @return the effect, not null
     */
    public Effect effect() {
        return effect;
    }

    /**
     * Returns the provisions the circumstance rests on.
     *
     * @return the legal basis, not null
     */
    public LegalBasis basis() {
        return basis;
    }
}
