/**
 * Assessment (评议考核): an agency's period scored, ranked and answered with measures, and officers' ratings and
 * cards.
 * <p>
 * Agencies: an {@link io.github.quanze.assessment.AgencyTally} counts an agency's period and merges with the tallies
 * of its other parts; the {@link io.github.quanze.assessment.AgencyPeriod} it gives holds the counts and their
 * {@link io.github.quanze.assessment.Indicator}s; an {@link io.github.quanze.assessment.AssessmentScheme} scores it
 * into an {@link io.github.quanze.assessment.AgencyAssessment}; {@link io.github.quanze.assessment.AgencyRanking}
 * ranks the agencies with named tie-breaks and the 流动奖杯, and
 * {@link io.github.quanze.assessment.AgencyMeasurePolicy} decides the measures of 国办发〔2005〕37号. The tally counts
 * the publication and the records of replayed cases besides (按期公示率, 全过程记录完整率, 国办发〔2018〕118号); an agency
 * whose cases carry neither a publication rule nor a statement of their records has no data for them, never 0 %.
 * <p>
 * Officers (执法人员考核): {@link io.github.quanze.assessment.OfficerAppraisals} rates an officer's year
 * ({@link io.github.quanze.assessment.OfficerRating}) from their reviewed files and faults and decides their
 * {@link io.github.quanze.assessment.OfficerCard} (红黄绿卡); a {@link io.github.quanze.assessment.CardHistory}
 * records cards given and lifted and applies them to the organization's certificates.
 * <p>
 * Every result is data (item, section and bonus scores, places with their tie-breaks and trophies, measures,
 * ratings, consequences and cards); the explanations in Chinese and English are rendered from it by the package's
 * message templates.
 * <p>
 * Layer: the top of the pipeline in core; it reads reviews, faults and sanctions, and nothing reads it.
 */
package io.github.quanze.assessment;

