package io.github.quanze.organization;

import io.github.quanze.text.BilingualText;
import io.github.quanze.text.Parameters;
import io.github.quanze.text.Template;

/**
 * The wording of the organization package (机构与人员消息): the templates a {@link Certification} is explained with,
 * rendered in Chinese and English from the answer's data.
 */
final class OrganizationMessages {

    static final Template EXPLANATION = Template.of("执法人员 {officer} 在 {date} {credential}{outcome}（执法领域：{area}）",
            "Officer {officer} on {date}: {credential}{outcome} (area: {area})");
    static final Template CREDENTIAL = Template.of("执法证 {number}：", "certificate {number}: ");
    static final Template LABEL = Template.of("{officer} {credential}{outcome}", "{officer} {credential}{outcome}");
    static final Template LABEL_CREDENTIAL = Template.of("{number} ", "{number} ");

    private OrganizationMessages() {}

    /** 执法人员 O-07 在 2026-10-08 执法证 ZF-0012：执法证已过有效期（执法领域：烟草专卖）. */
    static BilingualText explanation(Certification c) {
        return EXPLANATION.render(values(c, CREDENTIAL));
    }

    /** O-07 ZF-0012 执法证已过有效期. */
    static BilingualText label(Certification c) {
        return LABEL.render(values(c, LABEL_CREDENTIAL));
    }

    private static Parameters values(Certification c, Template credential) {
        BilingualText number = c.credentialNumber()
                .map(n -> credential.render(Parameters.builder().put("number", n).build())).orElse(null);
        Parameters.Builder values = Parameters.builder().put("officer", c.officer().value()).put("date", c.date())
                .put("outcome", c.outcome().label()).put("area", c.area());
        return (number == null ? values.put("credential", "") : values.put("credential", number)).build();
    }
}
