package io.github.quanze.assessment;

import io.github.quanze.review.Grade;
import io.github.quanze.review.ReviewDefect;
import io.github.quanze.fault.ReviewFaults;
import io.github.quanze.review.ReviewReport;

import com.google.common.collect.ImmutableList;
import io.github.quanze.fault.Circumstance;
import io.github.quanze.fault.Fault;
import io.github.quanze.fault.FaultSubject;
import io.github.quanze.fault.Gravity;
import io.github.quanze.fault.Responsibility;
import io.github.quanze.internal.Lists;
import io.github.quanze.organization.Officer;
import io.github.quanze.organization.OfficerId;
import io.github.quanze.procedure.Involvement;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of one officer's year that the annual rating rests on (执法人员年度考核事实): the case files reviewed in
 * the year that the officer answers for, the officer's faults of the year, and the rating of the year before.
 * <p>
 * A file counts if it was reviewed in the year and the officer is one of its handlers (承办人) or is named in one of
 * its defects ({@link ReviewReport#handlers()}, {@link ReviewDefect#people()}). A fault counts if it concerns the
 * officer and its act falls in the year, unless the officer bears no responsibility for it: responsibility NONE,
 * 尽职免责 ({@link Fault#dulyPerformed()}), or an order executed after objecting (公务员法 Art 60). Faults a caller
 * derived from a failed file with {@link ReviewFaults} count as faults besides the file itself. These choices are
 * interpretations of "根据年度考核情况" (国办发〔2005〕37号).
 * <p>
 * Files and faults are held in a fixed order (files by case and date, faults by act date, type and description),
 * so the facts, and the rating, do not depend on the order they were supplied in.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class OfficerYear {

    private final OfficerId officer;
    private final String name;
    private final Year year;
    private final List<ReviewReport> reports;
    private final List<Fault> faults;
    private final Optional<OfficerRating> previousRating;
    private final int[] faultsByGravity = new int[Gravity.values().length];
    private final int failedFiles;
    private final int filesBelowExcellent;

    private OfficerYear(OfficerId officer, String name, Year year, List<ReviewReport> reports, List<Fault> faults,
            Optional<OfficerRating> previousRating) {
        this.officer = officer;
        this.name = name;
        this.year = year;
        this.reports = reports;
        this.faults = faults;
        this.previousRating = previousRating;
        faults.forEach(f -> faultsByGravity[f.gravity().ordinal()]++);
        this.failedFiles = (int) reports.stream().filter(r -> r.grade() == Grade.FAIL).count();
        this.filesBelowExcellent = (int) reports.stream().filter(r -> r.grade() != Grade.EXCELLENT).count();
    }

    /**
     * Gathers the facts of an officer's year from files and faults of any officers and years: those that do not
     * count for this officer and year are left out.
     *
     * @param officer  the officer, not null
     * @param year  the year rated, not null
     * @param reports  case-file review results, not null
     * @param faults  enforcement faults, not null
     * @param previousRating  the officer's rating of the year before, empty if none, not null
     * @return the facts, not null
     */
    public static OfficerYear of(Officer officer, Year year, Collection<ReviewReport> reports,
            Collection<Fault> faults, Optional<OfficerRating> previousRating) {
        Objects.requireNonNull(officer, "officer");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(previousRating, "previousRating");
        List<ReviewReport> files = new ArrayList<>();
        for (ReviewReport report : Lists.copyOf("reports", reports)) {
            if (isIn(year, report.date()) && involves(report, officer.id())) {
                files.add(report);
            }
        }
        List<Fault> own = new ArrayList<>();
        for (Fault fault : Lists.copyOf("faults", faults)) {
            if (isIn(year, fault.actDate()) && concerns(fault, officer.id()) && counts(fault)) {
                own.add(fault);
            }
        }
        return sorted(officer, year, files, own, previousRating);
    }

    /** Builds the facts from files and faults already known to be the officer's, of the year. */
    static OfficerYear sorted(Officer officer, Year year, List<ReviewReport> files, List<Fault> own,
            Optional<OfficerRating> previousRating) {
        List<ReviewReport> reports = new ArrayList<>(files);
        reports.sort(Comparator.comparing(ReviewReport::caseId).thenComparing(ReviewReport::date)
                .thenComparing(ReviewReport::total));
        List<Fault> faults = new ArrayList<>(own);
        faults.sort(Comparator.comparing(Fault::actDate).thenComparing(Fault::type).thenComparing(f -> f.description().zh())
                .thenComparing(Fault::toString));
        return new OfficerYear(officer.id(), officer.name(), year, ImmutableList.copyOf(reports),
                ImmutableList.copyOf(faults), previousRating);
    }

    static boolean isIn(Year year, LocalDate date) {
        return date.getYear() == year.getValue();
    }

    /** Whether the officer is a handler of the file or is named in one of its defects. */
    static boolean involves(ReviewReport report, OfficerId officer) {
        return report.handlers().stream().anyMatch(p -> p.officer().equals(officer))
                || report.defects().stream().flatMap(d -> d.people().stream()).map(Involvement::officer)
                        .anyMatch(officer::equals);
    }

    static boolean concerns(Fault fault, OfficerId officer) {
        return fault.subject().kind() == FaultSubject.Kind.OFFICER && fault.subject().id().equals(officer.value());
    }

    /** Whether the officer answers for the fault at all (not NONE, not 尽职免责, not an order objected to). */
    static boolean counts(Fault fault) {
        return fault.responsibility() != Responsibility.NONE && !fault.dulyPerformed()
                && !fault.circumstances().contains(Circumstance.EXECUTED_ORDER_AFTER_OBJECTING);
    }

    /** @return the officer, not null */
    public OfficerId officer() {
        return officer;
    }

    /** @return the officer's name, not null */
    public String name() {
        return name;
    }

    /** @return the year rated, not null */
    public Year year() {
        return year;
    }

    /** @return the case files of the year the officer answers for, in case order, not null */
    public List<ReviewReport> reports() {
        return reports;
    }

    /** @return the faults of the year that count, in act-date order, not null */
    public List<Fault> faults() {
        return faults;
    }

    /** @return the officer's rating of the year before, empty if none, not null */
    public Optional<OfficerRating> previousRating() {
        return previousRating;
    }

    /**
     * Counts the faults of a gravity.
     *
     * @param gravity  the gravity, not null
     * @return the number of faults, not negative
     */
    public int faults(Gravity gravity) {
        return faultsByGravity[gravity.ordinal()];
    }

    /** @return the number of minor faults (一般过错) */
    public int minorFaults() {
        return faults(Gravity.MINOR);
    }

    /** @return the number of serious faults (严重过错) */
    public int seriousFaults() {
        return faults(Gravity.SERIOUS);
    }

    /** @return the number of grave faults (特别严重过错) */
    public int graveFaults() {
        return faults(Gravity.GRAVE);
    }

    /** @return the number of files reviewed */
    public int reviewedFiles() {
        return reports.size();
    }

    /** @return the number of files graded 不合格 */
    public int failedFiles() {
        return failedFiles;
    }

    /** @return the number of files graded below 优秀 (合格 or 不合格) */
    public int filesBelowExcellent() {
        return filesBelowExcellent;
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof OfficerYear o && officer.equals(o.officer) && name.equals(o.name) && year.equals(o.year)
                && reports.equals(o.reports) && faults.equals(o.faults) && previousRating.equals(o.previousRating);
    }

    @Override
    public int hashCode() {
        return Objects.hash(officer, name, year, reports, faults, previousRating);
    }

    @Override
    public String toString() {
        return "OfficerYear[" + officer + " " + year + ": " + reports.size() + " files (" + failedFiles + " failed), "
                + minorFaults() + "/" + seriousFaults() + "/" + graveFaults() + " minor/serious/grave faults]";
    }
}
