package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.DiscretionStandard;
import io.github.quanze.discretion.FineRange;
import io.github.quanze.discretion.ItemStandard;
import io.github.quanze.discretion.PenaltyKind;
import io.github.quanze.discretion.StandardLevel;
import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.Tier;
import io.github.quanze.discretion.TierLevel;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.rule.EmbeddedTables;
import io.github.quanze.jackson.rule.TableDocuments;
import io.github.quanze.rule.Column;
import io.github.quanze.rule.HitPolicy;
import io.github.quanze.rule.TableSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The codecs of a discretion standard: its circumstances, and per violation item its tiers, a decision table whose
 * outcomes are {@link Tier}s.
 */
final class StandardCodecs {

    /** A tier: {@code {level: ORDINARY, kinds: [FINE, CONFISCATION_OF_GAINS], fine: {type: multiple, ...}}}. */
    static final ObjectCodec<Tier> TIER = ObjectCodec
            .builder("tier", TierDraft::new, TierDraft::build)
            .description("裁量格次 A tier: its level, the kinds of penalty it imposes and the range of its fine")
            .required("level", Codecs.enumOf(TierLevel.class), Tier::level, (d, v) -> d.level = v)
            .about("The kinds imposed, none for NO_PENALTY; FINE exactly when a fine range is given")
            .defaulted("kinds", EnumSets.of(PenaltyKind.class), Tier::kinds, (d, v) -> d.kinds = v, Set.of())
            .about("The range of the fine, in the statute's form")
            .optional("fine", FrameCodecs.FINE_RANGE, Tier::fine, (d, v) -> d.fine = v)
            .build();

    private static final ObjectCodec<TableSpec<Tier>> TIERS = EmbeddedTables.codec("tierTable", TIER,
            new TiersHost());

    private static final ObjectCodec<ItemDoc> ITEM = ObjectCodec
            .builderFrom("itemStandard", ItemDoc.Draft::new, ItemDoc.Draft::build)
            .description("违法行为裁量标准 The standard of one violation item of the frame: its tiers and whether it is "
                    + "on the list of first offences not punished")
            .about("The code of a violation item of the statutory frame given to the reader; before the tiers")
            .required("code", ItemCodes.CODE, ItemDoc::code, ItemDoc.Draft::code)
            .about("首违不罚清单: whether a first offence with slight harm, corrected in time, is not punished "
                    + "(行政处罚法 Art 33 para 1)")
            .defaulted("firstOffenceExempt", Codecs.BOOLEAN, ItemDoc::firstOffenceExempt,
                    (d, v) -> d.firstOffenceExempt = v, false)
            .about("The tiers: a decision table named by the item's code, whose rows test the standard's "
                    + "circumstances and mitigation")
            .required("tiers", TIERS, ItemDoc::tiers, (d, v) -> d.tiers = v)
            .build();

    /** A discretion standard, whose items are those of the statutory frame given to the reader. */
    static final ObjectCodec<DiscretionStandard> STANDARD = ObjectCodec
            .builderFrom("discretionStandard", StandardDraft::new, StandardDraft::build)
            .description("行政处罚裁量基准 A discretion standard (行政处罚法 Art 34): its issuer, 文号, level and period, "
                    + "the circumstances its tiers test, and the tiers of the violation items it grades")
            .required("title", Codecs.STRING, DiscretionStandard::title, (d, v) -> d.b.title(v))
            .about("制定机关")
            .required("issuer", Codecs.STRING, DiscretionStandard::issuer, (d, v) -> d.b.issuer(v))
            .about("文号, which identifies the standard, such as 冀烟法〔2021〕36号")
            .required("number", Codecs.STRING, DiscretionStandard::number, (d, v) -> d.b.number(v))
            .required("level", Codecs.enumOf(StandardLevel.class), DiscretionStandard::level,
                    (d, v) -> d.b.level(v))
            .about("The first day in force")
            .required("effective", Codecs.DATE, DiscretionStandard::effective, (d, v) -> d.b.effective(v))
            .about("The last day in force; left out while in force indefinitely")
            .optional("until", Codecs.DATE, DiscretionStandard::until, (d, v) -> d.b.until(v))
            .about("The 文号 of the higher standard this one implements (细化)")
            .optional("implementing", Codecs.STRING, DiscretionStandard::implementing, (d, v) -> d.b.implementing(v))
            .about("Whether the middle of a tier's range is the default fine (中间值)")
            .defaulted("midpointDefault", Codecs.BOOLEAN, DiscretionStandard::isMidpointDefault,
                    (d, v) -> d.b.midpointDefault(v), false)
            .about("The circumstance facts the tiers may test, besides mitigation: BOOLEAN, INT, LONG or STRING "
                    + "columns; before the items")
            .list("circumstances", TableDocuments.COLUMN, DiscretionStandard::circumstances,
                    StandardDraft::circumstance)
            .about("The violation items graded, each a code of the frame")
            .list("items", ITEM, StandardCodecs::items, StandardDraft::item)
            .build();

    private StandardCodecs() {
    }

    /** The items of a standard as written: each item's code, listing and tiers, checked to read back equal. */
    private static java.util.List<ItemDoc> items(DiscretionStandard standard) {
        return standard.items().stream().map(i -> {
            String code = i.item().code();
            TableSpec<Tier> tiers = i.tiers();
            if (!tiers.name().equals(code) || !tiers.order().equals(Optional.of(Tier.SEVERITY))
                    || tiers.aggregation().isPresent()) {
                throw new IllegalArgumentException("the tiers of item \"" + code + "\" of standard \""
                        + standard.number() + "\" are named \"" + tiers.name() + "\" or order their outcomes "
                        + "otherwise than DiscretionStandard.tiers does, which a document's tiers take");
            }
            return new ItemDoc(code, i.isFirstOffenceExempt(), tiers);
        }).toList();
    }

    /** The standard being read, which the tiers of its items find in the input's state. */
    private static final class Scope {
        StandardDraft standard;
        ItemDoc.Draft item;

        static Scope of(Input in) {
            return in.state(Scope.class, Scope::new);
        }
    }

    /** Reads a standard through its builder, with the frame of the reader's context. */
    private static final class StandardDraft {
        final DiscretionStandard.Builder b = DiscretionStandard.builder();
        final Map<String, Column> circumstances = new LinkedHashMap<>();

        StandardDraft(Input in) {
            b.frame(in.require(StatutoryFrame.class, "a statutory frame"));
            Scope.of(in).standard = this;
        }

        void circumstance(Column column) {
            b.circumstances(column);
            circumstances.put(column.name(), column);
        }

        void item(ItemDoc item) {
            b.item(item.code(), item.tiers());
            if (item.firstOffenceExempt()) {
                b.firstOffenceExempt(item.code());
            }
        }

        DiscretionStandard build() {
            return b.build();
        }
    }

    /**
     * An item of a standard as a document holds it.
     *
     * @param code  the item's code in the frame
     * @param firstOffenceExempt  whether on the list of first offences not punished
     * @param tiers  the tiers
     */
    private record ItemDoc(String code, boolean firstOffenceExempt, TableSpec<Tier> tiers) {

        /** An item being read; its code names its tiers, so it comes first. */
        static final class Draft {
            String code;
            boolean firstOffenceExempt;
            TableSpec<Tier> tiers;

            Draft(Input in) {
                Scope.of(in).item = this;
            }

            void code(String value) {
                this.code = value;
            }

            ItemDoc build() {
                return new ItemDoc(code, firstOffenceExempt, tiers);
            }
        }
    }

    /** Gives the tiers of an item their name, settings and the standard's declared columns. */
    private static final class TiersHost implements EmbeddedTables.Host<Tier> {

        @Override
        public String name(Input in) {
            ItemDoc.Draft item = Scope.of(in).item;
            if (item == null || item.code == null) {
                throw new IllegalArgumentException("the field code must come before tiers");
            }
            return item.code;
        }

        @Override
        public TableSpec.Builder<Tier> start(String name, HitPolicy policy) {
            return DiscretionStandard.tiers(name, policy);
        }

        @Override
        public Column column(Input in, String name) {
            if (name.equals(DiscretionStandard.MITIGATION)) {
                return DiscretionStandard.MITIGATION_COLUMN;
            }
            StandardDraft standard = Scope.of(in).standard;
            Column declared = standard == null ? null : standard.circumstances.get(name);
            if (declared == null) {
                throw new IllegalArgumentException("the standard declares no circumstance \"" + name + "\"; the "
                        + "tiers test " + DiscretionStandard.MITIGATION + " and the circumstances declared before "
                        + "the items: " + (standard == null ? "[]" : standard.circumstances.keySet()));
            }
            return declared;
        }
    }

    private static final class TierDraft {
        TierLevel level;
        Set<PenaltyKind> kinds = Set.of();
        FineRange fine;

        Tier build() {
            return new Tier(level, kinds, Optional.ofNullable(fine));
        }
    }
}
