package io.github.quanze.examples;

import io.github.quanze.allocation.AllocationTable;
import io.github.quanze.basis.BasisCatalogue;
import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.PenaltyDiscretion;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.fault.Fault;
import io.github.quanze.organization.Organization;
import io.github.quanze.power.PowerCatalogue;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.ReviewReport;
import java.time.LocalDate;

/** The examples' prepared values, for the test packages below this one: each call builds them afresh. */
public final class Prepared {

    /** The day the example case was reviewed. */
    public static final LocalDate REVIEWED = CaseExample.REVIEWED;

    private Prepared() {}

    /** The tobacco bureau's catalogue of legal basis. */
    public static BasisCatalogue basis() {
        return TobaccoLaw.basisCatalogue();
    }

    /** The tobacco bureau's power catalogue. */
    public static PowerCatalogue powers() {
        return TobaccoCatalogue.catalogue();
    }

    /** The city and county bureaus with their posts, officers and certificates. */
    public static Organization organization() {
        return TobaccoBureau.organization();
    }

    /** The city bureau's allocation table. */
    public static AllocationTable allocations() {
        return TobaccoBureau.allocationTable();
    }

    /** The penalty case that crosses National Day. */
    public static CaseRecord caseRecord() {
        return CaseExample.record();
    }

    /** The case file of that case. */
    public static CaseFile caseFile() {
        return CaseExample.file();
    }

    /** The review of that case file. */
    public static ReviewReport review() {
        return CaseExample.review();
    }

    /** The first fault the review of that case establishes. */
    public static Fault fault() {
        return CaseExample.faults(CaseExample.review()).get(0);
    }

    /** The statutory frame of the tobacco violations. */
    public static StatutoryFrame frame() {
        return TobaccoFrame.frame();
    }

    /** The provincial discretion standard. */
    public static DiscretionStandard provincial() {
        return TobaccoStandards.provincial();
    }

    /** The county bureau's standard, which implements the provincial one. */
    public static DiscretionStandard county() {
        return TobaccoStandards.countyStandard();
    }

    /** The city bureau's penalty discretion. */
    public static PenaltyDiscretion city() {
        return TobaccoStandards.city();
    }
}
