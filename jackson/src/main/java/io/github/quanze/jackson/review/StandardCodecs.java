package io.github.quanze.jackson.review;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.procedure.ViolationKind;
import io.github.quanze.review.DefectKind;
import io.github.quanze.review.ReviewCriterion;
import io.github.quanze.review.ReviewItem;
import io.github.quanze.review.ReviewPart;
import io.github.quanze.review.ReviewStandard;
import io.github.quanze.review.ReviewStandards;
import io.github.quanze.text.BilingualText;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codecs of a review standard: its items, criteria and the criteria procedural violations count as. */
final class StandardCodecs {

    static final ObjectCodec<ReviewItem> ITEM = ObjectCodec
            .builder("reviewItem", ItemDraft::new, ItemDraft::build)
            .description("评查项目 An item of a review standard, with the points it carries")
            .about("The item's code within its standard, such as EVIDENCE")
            .required("code", Codecs.STRING, ReviewItem::code, (d, v) -> d.code = v)
            .required("name", TextDocuments.BILINGUAL, ReviewItem::name, (d, v) -> d.name = v)
            .about("卷面 FORM or 内容 CONTENT")
            .required("part", Codecs.enumOf(ReviewPart.class), ReviewItem::part, (d, v) -> d.part = v)
            .about("The points the item carries, at least 1")
            .required("points", Codecs.INT, ReviewItem::points, (d, v) -> d.points = v)
            .build();

    static final ObjectCodec<ReviewCriterion> CRITERION = ObjectCodec
            .builder("reviewCriterion", CriterionDraft::new, CriterionDraft::build)
            .description("评查标准条目 A criterion: a defect a reviewer looks for under an item, and what it costs")
            .about("The criterion's code within its standard, such as EVIDENCE.INSUFFICIENT")
            .required("code", Codecs.STRING, ReviewCriterion::code, (d, v) -> d.code = v)
            .about("The code of the item it belongs to")
            .required("item", Codecs.STRING, ReviewCriterion::item, (d, v) -> d.item = v)
            .required("name", TextDocuments.BILINGUAL, ReviewCriterion::name, (d, v) -> d.name = v)
            .about("The points deducted per occurrence: at least 1, or 0 (left out) for a veto item")
            .defaulted("deduction", Codecs.INT, ReviewCriterion::deduction, (d, v) -> d.deduction = v, 0)
            .about("否决项: whether finding it fails the file with 0 points")
            .defaulted("veto", Codecs.BOOLEAN, ReviewCriterion::veto, (d, v) -> d.veto = v, false)
            .about("The kind of substantive defect; left out for a defect of form alone")
            .optional("defectKind", Codecs.enumOf(DefectKind.class), ReviewCriterion::defectKind,
                    (d, v) -> d.defectKind = v)
            .about("The provisions the criterion rests on")
            .required("basis", BasisDocuments.LEGAL_BASIS, ReviewCriterion::basis, (d, v) -> d.basis = v)
            .build();

    static final ObjectCodec<Map.Entry<ViolationKind, String>> VIOLATION = ObjectCodec
            .builder("violationCriterion", ViolationDraft::new, ViolationDraft::build)
            .description("程序违法的计分 The criterion a kind of procedural violation found by replaying the case "
                    + "counts as")
            .required("violation", Codecs.enumOf(ViolationKind.class), Map.Entry::getKey, (d, v) -> d.kind = v)
            .about("The code of a criterion of the standard")
            .required("criterion", Codecs.STRING, Map.Entry::getValue, (d, v) -> d.criterion = v)
            .build();

    static final ObjectCodec<ReviewStandard> STANDARD = ObjectCodec
            .builder("reviewStandard", StandardDraft::new, StandardDraft::build)
            .description("评查标准 A review standard: items, criteria, thresholds and the criteria procedural "
                    + "violations count as")
            .required("name", Codecs.STRING, ReviewStandard::name, (d, v) -> d.name = v)
            .about("The body that issued the standard")
            .required("issuer", Codecs.STRING, ReviewStandard::issuer, (d, v) -> d.issuer = v)
            .required("effectiveFrom", Codecs.DATE, ReviewStandard::effectiveFrom, (d, v) -> d.effectiveFrom = v)
            .about("The first day it no longer applies")
            .optional("effectiveUntil", Codecs.DATE, ReviewStandard::effectiveUntil, (d, v) -> d.effectiveUntil = v)
            .about("The declared total the items add up to (default 100)")
            .defaulted("total", Codecs.INT, ReviewStandard::total, (d, v) -> d.total = v, 100)
            .about("The lowest score graded 优秀 (default 90)")
            .defaulted("excellentFrom", Codecs.INT, ReviewStandard::excellentFrom, (d, v) -> d.excellentFrom = v, 90)
            .about("The lowest score graded 合格 (default 60)")
            .defaulted("passFrom", Codecs.INT, ReviewStandard::passFrom, (d, v) -> d.passFrom = v, 60)
            .about("What the standard rests on and where it interprets")
            .defaulted("note", Codecs.STRING, ReviewStandard::note, (d, v) -> d.note = v, "")
            .list("items", ITEM, ReviewStandard::items, StandardDraft::addItem)
            .list("criteria", CRITERION, ReviewStandard::criteria, StandardDraft::addCriterion)
            .about("The criterion each kind of procedural violation counts as; a kind left out is not scored")
            .list("violations", VIOLATION, StandardCodecs::violations, StandardDraft::addViolation)
            .build();

    static final ObjectCodec<ReviewStandards> VERSIONS = ObjectCodec
            .builder("reviewStandards", VersionsDraft::new, VersionsDraft::build)
            .description("评查标准的各个版本 The versions of one review standard, each with its effective period")
            .about("The versions, of one name and with periods that do not overlap")
            .list("versions", STANDARD, ReviewStandards::versions, (d, v) -> d.versions.add(v))
            .build();

    private StandardCodecs() {
    }

    private static List<Map.Entry<ViolationKind, String>> violations(ReviewStandard standard) {
        List<Map.Entry<ViolationKind, String>> list = new ArrayList<>();
        for (ViolationKind kind : ViolationKind.values()) {
            standard.criterionFor(kind).ifPresent(c -> list.add(new SimpleImmutableEntry<>(kind, c.code())));
        }
        return list;
    }

    private static final class ItemDraft {
        String code;
        BilingualText name;
        ReviewPart part;
        int points;

        ReviewItem build() {
            return new ReviewItem(code, name, part, points);
        }
    }

    private static final class CriterionDraft {
        String code;
        String item;
        BilingualText name;
        int deduction;
        boolean veto;
        DefectKind defectKind;
        LegalBasis basis;

        ReviewCriterion build() {
            return new ReviewCriterion(code, item, name, deduction, veto, Optional.ofNullable(defectKind), basis);
        }
    }

    private static final class ViolationDraft {
        ViolationKind kind;
        String criterion;

        Map.Entry<ViolationKind, String> build() {
            return new SimpleImmutableEntry<>(kind, criterion);
        }
    }

    private static final class StandardDraft {
        String name;
        String issuer;
        LocalDate effectiveFrom;
        LocalDate effectiveUntil;
        int total = 100;
        int excellentFrom = 90;
        int passFrom = 60;
        String note = "";
        final Map<String, ReviewItem> items = new LinkedHashMap<>();
        final Map<String, ReviewCriterion> criteria = new LinkedHashMap<>();
        final Map<ViolationKind, String> violations = new EnumMap<>(ViolationKind.class);

        void addItem(ReviewItem item) {
            if (items.putIfAbsent(item.code(), item) != null) {
                throw new IllegalArgumentException("review standard has two items of code "
                        + Input.quote(item.code()) + "; codes must be unique");
            }
        }

        void addCriterion(ReviewCriterion criterion) {
            if (criteria.putIfAbsent(criterion.code(), criterion) != null) {
                throw new IllegalArgumentException("review standard has two criteria of code "
                        + Input.quote(criterion.code()) + "; codes must be unique");
            }
        }

        void addViolation(Map.Entry<ViolationKind, String> entry) {
            if (violations.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
                throw new IllegalArgumentException("review standard counts violation " + entry.getKey()
                        + " twice; each kind counts as one criterion");
            }
        }

        ReviewStandard build() {
            ReviewStandard.Builder b = ReviewStandard.builder(name, issuer, effectiveFrom).total(total)
                    .thresholds(excellentFrom, passFrom).note(note);
            if (effectiveUntil != null) {
                b.effectiveUntil(effectiveUntil);
            }
            items.values().forEach(b::item);
            criteria.values().forEach(b::criterion);
            violations.forEach(b::violation);
            return b.build();
        }
    }

    private static final class VersionsDraft {
        final List<ReviewStandard> versions = new ArrayList<>();

        ReviewStandards build() {
            if (versions.isEmpty()) {
                throw new IllegalArgumentException("review standards need at least one version");
            }
            return ReviewStandards.of(versions.get(0),
                    versions.subList(1, versions.size()).toArray(ReviewStandard[]::new));
        }
    }
}
