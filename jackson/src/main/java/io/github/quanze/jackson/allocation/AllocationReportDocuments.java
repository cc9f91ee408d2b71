package io.github.quanze.jackson.allocation;

import io.github.quanze.allocation.AllocationFinding;
import io.github.quanze.allocation.AllocationReport;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.organization.OrganizationDocuments;
import io.github.quanze.jackson.power.PowerDocuments;
import io.github.quanze.jackson.rule.FindingDocuments;

/**
 * 职权分解检查报告 The output document of an allocation audit: the day audited and each finding with its code,
 * severity, typed parameters, both texts, the provisions it cites, and the powers, posts and officers concerned by
 * code and id.
 */
public final class AllocationReportDocuments {

    /** 职权分解检查结论 A finding of an allocation audit; written only. */
    static final ObjectCodec<AllocationFinding> ALLOCATION_FINDING = FindingDocuments
            .findingFields(ObjectCodec.<AllocationFinding>writer("allocationFinding"))
            .about("The codes of the powers concerned")
            .listField("powers", PowerDocuments.POWER_CODE, AllocationFinding::powers)
            .about("The ids of the posts concerned")
            .listField("posts", OrganizationDocuments.POST_ID, AllocationFinding::posts)
            .about("The ids of the officers concerned")
            .listField("officers", OrganizationDocuments.OFFICER_ID, AllocationFinding::officers)
            .build();

    private static final ObjectCodec<AllocationReport> REPORT = ObjectCodec
            .<AllocationReport>writer("allocationReport")
            .about("The day the allocation was audited on")
            .field("date", Codecs.DATE, AllocationReport::date)
            .listField("findings", ALLOCATION_FINDING, AllocationReport::findings)
            .build();

    /** 职权分解检查报告 The output document of an allocation audit; written only. */
    public static final DocumentKind<AllocationReport> ALLOCATION_REPORT = DocumentKind.of("allocation-report", 1,
            AllocationReport.class, "职权分解检查报告 allocation report", REPORT);

    private AllocationReportDocuments() {
    }
}
