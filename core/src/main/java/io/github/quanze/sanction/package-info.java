/**
 * Accountability (责任追究): the sanctions that follow enforcement faults, and the policy that decides them.
 * <p>
 * {@link io.github.quanze.sanction.SanctionKind} lists the measures in their ladder order: the officer measures of
 * 国办发〔2005〕37号 and 公务员法 Art 57 (批评教育 … 取消执法资格), the governmental sanctions of 公职人员政务处分法
 * Art 7 with the periods of Art 8, referral, and the agency measures (限期整改, 通报批评, 取消评比先进资格).
 * A {@link io.github.quanze.sanction.Sanction} combines them. {@link io.github.quanze.sanction.SanctionPolicy}
 * decides the sanction for a {@link io.github.quanze.fault.Fault} with decision tables on the rule API, in rule
 * books that apply 从旧兼从轻, and explains every decision in Chinese and English, in the wording of a 处理决定书
 * ({@link io.github.quanze.sanction.LegalWording}, which {@code assessment} uses for its measures too). The tables
 * read a fault through {@link io.github.quanze.sanction.SanctionPolicy#faultSchema()}.
 * <p>
 * Layer: above {@code fault}; below {@code assessment}, which counts sanctions into an officer's year.
 */
package io.github.quanze.sanction;

