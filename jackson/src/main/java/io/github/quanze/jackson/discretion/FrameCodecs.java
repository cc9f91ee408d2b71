package io.github.quanze.jackson.discretion;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.discretion.FineBase;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.Limitation;
import io.github.quanze.discretion.PenaltyClause;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.UnionCodec;
import java.math.BigDecimal;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The codecs of a statutory frame: its violation items, their penalty clauses and fine ranges. */
final class FrameCodecs {

    /** A fixed range in yuan: {@code {min: 2000, max: 20000}}, or without {@code min} for "…元以下". */
    private static final ObjectCodec<FineRange.Fixed> FIXED = fixed("fixedFine");

    private static final ObjectCodec<FineRange.WithoutBase> WITHOUT_BASE = ObjectCodec
            .builder("fineWithoutBase", WithoutBaseDraft::new, WithoutBaseDraft::build)
            .description("无基数时的罚款幅度 The range a statute sets where there is no base amount, or it is below a "
                    + "threshold: 没有违法所得或者违法所得不足一万元的，处…")
            .about("The base amount in yuan from which the multiple applies; left out where it applies to any base")
            .optional("threshold", Codecs.DECIMAL, FineRange.WithoutBase::threshold, (d, v) -> d.threshold = v)
            .about("The fixed range that applies instead of the multiple")
            .required("range", fixed("fixedRange"), FineRange.WithoutBase::range, (d, v) -> d.range = v)
            .build();

    private static final ObjectCodec<FineRange.Multiple> MULTIPLE = ObjectCodec
            .builder("multipleFine", MultipleDraft::new, MultipleDraft::build)
            .description("倍数罚款 A fine as a multiple of a base amount found in the case, such as 违法所得一倍以上五倍以下")
            .required("base", Codecs.enumOf(FineBase.class), FineRange.Multiple::base, (d, v) -> d.base = v)
            .about("The least factor, such as 0.2 for 20%; left out for a multiple without minimum (…倍以下)")
            .optional("minFactor", Codecs.DECIMAL, FineRange.Multiple::minFactor, (d, v) -> d.minFactor = v)
            .about("The most factor, more than 0 and at most 1000, with at most 4 decimal places")
            .required("maxFactor", Codecs.DECIMAL, FineRange.Multiple::maxFactor, (d, v) -> d.maxFactor = v)
            .optional("withoutBase", WITHOUT_BASE, FineRange.Multiple::withoutBase, (d, v) -> d.withoutBase = v)
            .build();

    /** A fine range: {@code type: fixed} or {@code type: multiple}. */
    static final UnionCodec<FineRange> FINE_RANGE = UnionCodec.<FineRange>builder("fineRange")
            .variant("fixed", FineRange.Fixed.class, FIXED)
            .variant("multiple", FineRange.Multiple.class, MULTIPLE)
            .build();

    private static final ObjectCodec<PenaltyClause> CLAUSE = ObjectCodec
            .builder("penaltyClause", ClauseDraft::new, ClauseDraft::build)
            .description("处罚种类条款 One kind of penalty a statute allows for an item, and for a fine its range")
            .required("kind", Codecs.enumOf(PenaltyKind.class), PenaltyClause::kind, (d, v) -> d.kind = v)
            .about("true for 处/并处 (the default), false for 可以处/可以并处")
            .defaulted("mandatory", Codecs.BOOLEAN, PenaltyClause::mandatory, (d, v) -> d.mandatory = v, true)
            .about("The range of a fine: given exactly for the kind FINE")
            .optional("fine", FINE_RANGE, PenaltyClause::fine, (d, v) -> d.fine = v)
            .build();

    /** The limitation another law sets for an item (法律另有规定的追责时效), as a period and the provisions. */
    private static final ObjectCodec<Limitation> LIMITATION = ObjectCodec
            .builder("limitation", LimitationDraft::new, LimitationDraft::build)
            .description("追责时效 The limitation another law sets for the item (行政处罚法 Art 36: 法律另有规定的除外)")
            .about("The period, ISO 8601, such as P6M or P5Y")
            .required("period", Codecs.STRING.map(Period::parse, Period::toString), l -> l.period(false),
                    (d, v) -> d.period = v)
            .about("The provisions of the law that set it")
            .required("basis", BasisDocuments.LEGAL_BASIS, Limitation::basis, (d, v) -> d.basis = v)
            .build();

    private static final ObjectCodec<ViolationItem> ITEM = ObjectCodec
            .builder("violationItem", ViolationItem::builder, ViolationItem.Builder::build)
            .description("违法行为 A violation item: its code and name, the provisions it breaches and those that "
                    + "punish it, and the penalties they allow")
            .about("The item's code, unique within its frame, such as YC-057")
            .required("code", Codecs.STRING, ViolationItem::code, ViolationItem.Builder::code)
            .about("违法行为名称")
            .required("name", Codecs.STRING, ViolationItem::name, ViolationItem.Builder::name)
            .about("违法依据: the provisions the act breaches")
            .required("breached", BasisDocuments.LEGAL_BASIS, ViolationItem::breached,
                    ViolationItem.Builder::breached)
            .about("处罚依据: the provisions that set the penalty")
            .required("applied", BasisDocuments.LEGAL_BASIS, ViolationItem::applied, ViolationItem.Builder::applied)
            .about("The penalties the statute allows, in its order, each kind once")
            .list("clauses", CLAUSE, ViolationItem::clauses, ViolationItem.Builder::addClause)
            .about("The limitation another law sets; left out for the two (five) years of 行政处罚法 Art 36")
            .defaulted("limitation", LIMITATION, ViolationItem::limitation, ViolationItem.Builder::limitation,
                    Limitation.ofPenaltyLaw())
            .build();

    /** A statutory frame: its items, codes unique. */
    static final ObjectCodec<StatutoryFrame> FRAME = ObjectCodec
            .builder("statutoryFrame", FrameDraft::new, FrameDraft::build)
            .description("法定处罚幅度表 The violation items of one or more statutes, with the penalties and ranges "
                    + "the statutes allow")
            .list("items", ITEM, StatutoryFrame::items, FrameDraft::add)
            .build();

    private FrameCodecs() {
    }

    /** The codec of a fixed range, under a name: a variant of a fine range has a type, the range without base none. */
    private static ObjectCodec<FineRange.Fixed> fixed(String name) {
        return ObjectCodec.builder(name, FixedDraft::new, FixedDraft::build)
                .description("定额罚款幅度 A fixed range of a fine in yuan, whole fen")
                .about("The least fine in yuan; left out for a range without minimum (…元以下)")
                .optional("min", Codecs.DECIMAL, FineRange.Fixed::min, (d, v) -> d.min = v)
                .about("The most fine in yuan, more than 0")
                .required("max", Codecs.DECIMAL, FineRange.Fixed::max, (d, v) -> d.max = v)
                .build();
    }

    private static final class LimitationDraft {
        Period period;
        LegalBasis basis;

        Limitation build() {
            return Limitation.underOtherLaw(period, basis);
        }
    }

    private static final class FixedDraft {
        BigDecimal min;
        BigDecimal max;

        FineRange.Fixed build() {
            return new FineRange.Fixed(Optional.ofNullable(min), max);
        }
    }

    private static final class WithoutBaseDraft {
        BigDecimal threshold;
        FineRange.Fixed range;

        FineRange.WithoutBase build() {
            return new FineRange.WithoutBase(Optional.ofNullable(threshold), range);
        }
    }

    private static final class MultipleDraft {
        FineBase base;
        BigDecimal minFactor;
        BigDecimal maxFactor;
        FineRange.WithoutBase withoutBase;

        FineRange.Multiple build() {
            return new FineRange.Multiple(base, Optional.ofNullable(minFactor), maxFactor,
                    Optional.ofNullable(withoutBase));
        }
    }

    private static final class ClauseDraft {
        PenaltyKind kind;
        boolean mandatory = true;
        FineRange fine;

        PenaltyClause build() {
            return new PenaltyClause(kind, mandatory, Optional.ofNullable(fine));
        }
    }

    /** The items of a frame; a code given twice is refused at the second item, with the frame's own message. */
    private static final class FrameDraft {
        final Map<String, ViolationItem> items = new LinkedHashMap<>();

        void add(ViolationItem item) {
            ViolationItem before = items.get(item.code());
            if (before != null) {
                StatutoryFrame.of(List.of(before, item)); // refuses the code given twice, with the frame's message
            }
            items.put(item.code(), item);
        }

        StatutoryFrame build() {
            return StatutoryFrame.of(new ArrayList<>(items.values()));
        }
    }
}
