package io.github.quanze.jackson.review;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.jackson.procedure.InvolvementDocuments;
import io.github.quanze.procedure.CaseRecord;
import io.github.quanze.procedure.Involvement;
import io.github.quanze.review.CaseFile;
import io.github.quanze.review.ReviewerFinding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The codecs of a case file under review: the case it is the file of, by its number, resolved against the case
 * record given to the reader, and the reviewers' findings, whose people are officers of that case's organization.
 */
final class CaseFileCodecs {

    private static final String RECORD = "the case record of the file (a case-record document)";

    /** The case, by its number; the reader must be given its record. */
    static final Codec<CaseRecord> CASE = new CaseReference();

    /** A person who answers for a reviewer's finding: an officer of the case, and the part played. */
    static final Codec<Involvement> PERSON = InvolvementDocuments.person(CaseRecord.class, RECORD,
            CaseRecord::organization);

    static final ObjectCodec<ReviewerFinding> FINDING = ObjectCodec
            .builder("reviewerFinding", FindingDraft::new, FindingDraft::build)
            .description("评查人员发现的问题 A defect a reviewer found in the file that replaying its history "
                    + "cannot see")
            .about("The code of the criterion of the review standard, such as FILING.PAGES")
            .required("criterion", Codecs.STRING, ReviewerFinding::criterion, (d, v) -> d.criterion = v)
            .about("How many times the defect occurs in the file (default 1)")
            .defaulted("occurrences", Codecs.INT, ReviewerFinding::occurrences, (d, v) -> d.occurrences = v, 1)
            .about("What the reviewer saw, such as 询问笔录第3页未签名")
            .required("note", Codecs.STRING, ReviewerFinding::note, (d, v) -> d.note = v)
            .required("reviewer", Codecs.STRING, ReviewerFinding::reviewer, (d, v) -> d.reviewer = v)
            .required("date", Codecs.DATE, ReviewerFinding::date, (d, v) -> d.date = v)
            .about("Who answers for the defect; left out for the case handlers (承办人)")
            .list("people", PERSON, ReviewerFinding::people, (d, v) -> d.people.add(v))
            .build();

    static final ObjectCodec<CaseFile> FILE = ObjectCodec
            .builder("caseFile", FileDraft::new, FileDraft::build)
            .description("案卷 A case file under review: the case, whose replay gives the procedural violations, and "
                    + "what reviewers found in it")
            .about("The case number (案号), resolved against the case record given to the reader")
            .required("caseId", CASE, CaseFile::record, (d, v) -> d.record = v)
            .list("findings", FINDING, CaseFile::findings, (d, v) -> d.findings.add(v))
            .build();

    private CaseFileCodecs() {
    }

    private static final class FindingDraft {
        String criterion;
        int occurrences = 1;
        String note;
        String reviewer;
        LocalDate date;
        final List<Involvement> people = new ArrayList<>();

        ReviewerFinding build() {
            return new ReviewerFinding(criterion, occurrences, note, reviewer, date, people);
        }
    }

    private static final class FileDraft {
        CaseRecord record;
        final List<ReviewerFinding> findings = new ArrayList<>();

        CaseFile build() {
            return new CaseFile(record, findings);
        }
    }

    private static final class CaseReference implements Codec<CaseRecord> {

        @Override
        public CaseRecord read(Input in) {
            String id = Codecs.STRING.read(in);
            CaseRecord record = in.require(CaseRecord.class, RECORD);
            if (!record.id().equals(id)) {
                throw in.error("unknown case: the case record given to the reader is of case "
                        + Input.quote(record.id()));
            }
            return record;
        }

        @Override
        public void write(CaseRecord value, Output out) {
            out.generator().writeString(value.id());
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Codecs.STRING.schema(schemas);
        }
    }
}
