package io.github.quanze.review;

import com.google.common.collect.ImmutableList;
import io.github.quanze.internal.Lists;
import io.github.quanze.procedure.CaseRecord;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A case file under review (案卷): the case record, whose replay gives the procedural violations, and the defects
 * reviewers found in it. Immutable and thread-safe; {@link #with} returns a new file.
 *
 * @param record  the case record, not null
 * @param findings  the reviewer findings, in the order they were added, not null
 */
public record CaseFile(CaseRecord record, List<ReviewerFinding> findings) {

    /**
     * Creates a file of a case with reviewer findings.
     *
     * @param record  the case record, not null
     * @param findings  the reviewer findings, in the order they were added, not null
     * @throws NullPointerException if the record, the findings or one of them is null
     */
    public CaseFile {
        Objects.requireNonNull(record, "record");
        findings = Lists.copyOf("findings", findings);
    }

    /**
     * Obtains the file of a case, with no reviewer finding yet.
     *
     * @param record  the case record, not null
     * @return the file, not null
     */
    public static CaseFile of(CaseRecord record) {
        return new CaseFile(record, List.of());
    }

    /**
     * Returns a copy with further reviewer findings.
     *
     * @param added  the findings, not null
     * @return the file, not null
     */
    public CaseFile with(ReviewerFinding... added) {
        Objects.requireNonNull(added, "added");
        return new CaseFile(record, ImmutableList.<ReviewerFinding>builder().addAll(findings)
                .addAll(Lists.copyOf("added", Arrays.asList(added))).build());
    }

    @Override
    public String toString() {
        return "CaseFile[" + record.id() + ", " + findings.size() + " reviewer findings]";
    }
}
