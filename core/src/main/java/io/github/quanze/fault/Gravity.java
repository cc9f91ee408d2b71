package io.github.quanze.fault;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Labelled;

/**
 * How grave a fault is (过错等级), lightest first: the three tiers of the provincial and municipal measures
 * (一般过错、严重过错、特别严重过错).
 * <p>
 * Interpretation: the statutes grade governmental sanctions by 情节 in ladders of their own, and the national
 * sanction tables place the tiers on them as follows (a leader answers for supervision, not for the act, and gets
 * less than the tier says for the person directly responsible):
 * <table>
 * <caption>Tiers and ladders</caption>
 * <tr><th>Tier</th><th>行政机关公务员处分条例 Art 21 (2007 edition)</th><th>公职人员政务处分法 Art 39 (2020 edition)</th></tr>
 * <tr><td>{@link #MINOR}</td><td colspan="2">情节轻微: no governmental sanction; the measures of 国办发〔2005〕37号 and
 * of 公务员法 Art 57 (谈话提醒、批评教育、责令检查)</td></tr>
 * <tr><td>{@link #SERIOUS}</td><td>the first tier, 警告或者记过</td><td>the first tier, 造成不良后果或者影响的:
 * 警告、记过或者记大过</td></tr>
 * <tr><td>{@link #GRAVE}</td><td>情节较重, 记大过或者降级; for an intentional fault, or one of gross negligence
 * with 从重, 情节严重: 撤职</td><td>记大过, the top of the first tier, for ordinary negligence (降级 with 从重);
 * 情节较重, 降级或者撤职, for gross negligence and intent; 情节严重, 开除, only for intent with 从重</td></tr>
 * </table>
 * So {@link #SERIOUS} is the first tier of either ladder, and {@link #GRAVE} spans what the ladders call 情节较重 and
 * 情节严重, from 记大过 up. A tier is not a finding of harm: the 2020 edition gives a governmental sanction under
 * Art 39 only where the fault's {@link Consequence} shows it 造成不良后果或者影响, and 降级 or more only where the
 * consequence is serious (情节较重) or grave (情节严重), whatever the tier (an interpretation the decision's text
 * states). Which ladder the statutes give each kind of fault is listed on {@link FaultType}.
 */
public enum Gravity implements Labelled {
    /** 一般过错: 情节轻微, below the ladders of governmental sanctions. */
    MINOR("一般过错", "minor fault"),
    /** 严重过错: the first tier of the ladders (警告 upwards). */
    SERIOUS("严重过错", "serious fault"),
    /** 特别严重过错: 情节较重 and 情节严重 (记大过 upwards). */
    GRAVE("特别严重过错", "grave fault");

    private final BilingualText label;

    Gravity(String zh, String en) {
        this.label = BilingualText.of(zh, en);
    }

    /**
     * Returns the name of the tier in Chinese and English.
     *
     * @return the label, not null
     */
    @Override
    public BilingualText label() {
        return label;
    }
}
