package io.github.quanze.jackson.assessment;

import io.github.quanze.assessment.AgencyAssessment;
import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.AgencyRanking;
import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;

/**
 * 评议考核 The documents of agency assessment: the scheme, an agency's period, and the results, an agency's
 * assessment with the measures that follow it and the ranking of agencies.
 * <p>
 * Numbers of points and indicator values are JSON numbers in their shortest decimal form. An agency's assessment is
 * written with the measures of the {@link io.github.quanze.assessment.AgencyMeasurePolicy} given to the writer
 * ({@code with(AgencyMeasurePolicy.class, policy)}), else the national policy.
 */
public final class AssessmentDocuments {

    /** 评议考核方案 The document of an assessment scheme. */
    public static final DocumentKind<AssessmentScheme> ASSESSMENT_SCHEME = DocumentKind.of("assessment-scheme", 1,
            AssessmentScheme.class, "评议考核方案 assessment scheme", SchemeCodecs.SCHEME);

    /** 考核期内的执法情况 The document of what one agency did in an assessment period. */
    public static final DocumentKind<AgencyPeriod> AGENCY_PERIOD = DocumentKind.of("agency-period", 1,
            AgencyPeriod.class, "考核期内的执法情况 agency period", PeriodCodecs.PERIOD);

    /** 评议考核结果 The document of an agency's assessment, with its measures; written only. */
    public static final DocumentKind<AgencyAssessment> AGENCY_ASSESSMENT = DocumentKind.of("agency-assessment", 1,
            AgencyAssessment.class, "评议考核结果 agency assessment", ResultCodecs.assessmentFields(
                    ObjectCodec.<AgencyAssessment>writer("agencyAssessment"))
                    .about("The measures that follow the assessment (考核结果运用)")
                    .field("measures", ResultCodecs.DECIDED_MEASURES, a -> a)
                    .build());

    /** 评议考核排名 The document of a ranking of agencies; written only. */
    public static final DocumentKind<AgencyRanking> AGENCY_RANKING = DocumentKind.of("agency-ranking", 1,
            AgencyRanking.class, "评议考核排名 agency ranking", ResultCodecs.RANKING);

    private AssessmentDocuments() {
    }
}
