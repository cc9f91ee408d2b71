package io.github.quanze.jackson.assessment;

import io.github.quanze.assessment.AssessmentScheme;
import io.github.quanze.assessment.AssessmentScheme.BonusItem;
import io.github.quanze.assessment.AssessmentScheme.Item;
import io.github.quanze.assessment.AssessmentScheme.Section;
import io.github.quanze.assessment.Indicator;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.text.BilingualText;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The codecs of an assessment scheme: sections, items with their indicators and values, bonus items, thresholds. */
final class SchemeCodecs {

    /** A number read and written as a decimal, such as 92.5; written in its shortest form. */
    static final Codec<Double> NUMBER = Codecs.DECIMAL.map(BigDecimal::doubleValue,
            d -> BigDecimal.valueOf(d).stripTrailingZeros());

    static final ObjectCodec<Section> SECTION = ObjectCodec
            .builder("assessmentSection", SectionDraft::new, SectionDraft::build)
            .description("考核部分 A section of the scheme, such as 通用指标, with its weight in points of 100")
            .required("code", Codecs.STRING, Section::code, (d, v) -> d.code = v)
            .required("name", TextDocuments.BILINGUAL, Section::name, (d, v) -> d.name = v)
            .about("Its weight, 0 to 100; the items of the section add up to it, the sections to 100")
            .required("weight", Codecs.INT, Section::weight, (d, v) -> d.weight = v)
            .build();

    static final ObjectCodec<Item> ITEM = ObjectCodec
            .builder("assessmentItem", ItemDraft::new, ItemDraft::build)
            .description("考核项目 An item: the indicator it scores, its points, and the values at which it earns "
                    + "full marks and none, linear in between")
            .required("code", Codecs.STRING, Item::code, (d, v) -> d.code = v)
            .about("The code of its section")
            .required("section", Codecs.STRING, Item::section, (d, v) -> d.section = v)
            .required("indicator", Codecs.enumOf(Indicator.class), Item::indicator, (d, v) -> d.indicator = v)
            .about("Its points, 0 to 100")
            .required("points", Codecs.INT, Item::points, (d, v) -> d.points = v)
            .about("The value at or beyond which it earns full points; better than zeroAt")
            .required("fullAt", NUMBER, Item::fullAt, (d, v) -> d.fullAt = v)
            .about("The value at or beyond which it earns none")
            .required("zeroAt", NUMBER, Item::zeroAt, (d, v) -> d.zeroAt = v)
            .build();

    static final ObjectCodec<BonusItem> BONUS = ObjectCodec
            .builder("bonusItem", BonusDraft::new, BonusDraft::build)
            .description("加分项目 A bonus item: points each time it applies, up to its own cap")
            .required("code", Codecs.STRING, BonusItem::code, (d, v) -> d.code = v)
            .required("name", TextDocuments.BILINGUAL, BonusItem::name, (d, v) -> d.name = v)
            .about("The points each time, positive")
            .required("pointsEach", NUMBER, BonusItem::pointsEach, (d, v) -> d.pointsEach = v)
            .about("The most it can earn, positive and at most 100")
            .required("cap", NUMBER, BonusItem::cap, (d, v) -> d.cap = v)
            .build();

    static final ObjectCodec<AssessmentScheme> SCHEME = ObjectCodec
            .builder("assessmentScheme", SchemeDraft::new, SchemeDraft::build)
            .description("评议考核方案 An agency assessment scheme: sections of items on 100 points, bonus items with "
                    + "a cap, the grade thresholds and the minimum coverage")
            .required("name", Codecs.STRING, AssessmentScheme::name, (d, v) -> d.name = v)
            .about("What the scheme rests on and where it interprets")
            .defaulted("note", Codecs.STRING, AssessmentScheme::note, (d, v) -> d.note = v, "")
            .list("sections", SECTION, AssessmentScheme::sections, SchemeDraft::addSection)
            .list("items", ITEM, AssessmentScheme::items, SchemeDraft::addItem)
            .list("bonusItems", BONUS, AssessmentScheme::bonusItems, SchemeDraft::addBonus)
            .about("The most bonus points an agency can earn in all, 0 to 100 (default 0)")
            .defaulted("bonusCap", NUMBER, AssessmentScheme::bonusCap, (d, v) -> d.bonusCap = v, 0.0)
            .about("The lowest total graded 优秀 (default 90)")
            .defaulted("excellentFrom", NUMBER, AssessmentScheme::excellentFrom, (d, v) -> d.excellentFrom = v,
                    90.0)
            .about("The lowest total graded 合格 (default 60)")
            .defaulted("passFrom", NUMBER, AssessmentScheme::passFrom, (d, v) -> d.passFrom = v, 60.0)
            .about("The points of 100 the items with data must carry for the agency to be scored (default 50)")
            .defaulted("minimumCoverage", Codecs.INT, AssessmentScheme::minimumCoverage,
                    (d, v) -> d.minimumCoverage = v, 50)
            .build();

    private SchemeCodecs() {
    }

    private static <V> void unique(Map<String, V> map, String code, V value, String what) {
        if (map.putIfAbsent(code, value) != null) {
            throw new IllegalArgumentException("assessment scheme has two " + what + " of code " + Input.quote(code)
                    + "; codes must be unique");
        }
    }

    private static final class SectionDraft {
        String code;
        BilingualText name;
        int weight;

        Section build() {
            return new Section(code, name, weight);
        }
    }

    private static final class ItemDraft {
        String code;
        String section;
        Indicator indicator;
        int points;
        double fullAt;
        double zeroAt;

        Item build() {
            return new Item(code, section, indicator, points, fullAt, zeroAt);
        }
    }

    private static final class BonusDraft {
        String code;
        BilingualText name;
        double pointsEach;
        double cap;

        BonusItem build() {
            return new BonusItem(code, name, pointsEach, cap);
        }
    }

    private static final class SchemeDraft {
        String name;
        String note = "";
        final Map<String, Section> sections = new LinkedHashMap<>();
        final Map<String, Item> items = new LinkedHashMap<>();
        final Map<String, BonusItem> bonuses = new LinkedHashMap<>();
        double bonusCap;
        double excellentFrom = 90;
        double passFrom = 60;
        int minimumCoverage = 50;

        void addSection(Section section) {
            unique(sections, section.code(), section, "sections");
        }

        void addItem(Item item) {
            unique(items, item.code(), item, "items");
        }

        void addBonus(BonusItem bonus) {
            unique(bonuses, bonus.code(), bonus, "bonus items");
        }

        AssessmentScheme build() {
            AssessmentScheme.Builder b = AssessmentScheme.builder(name).note(note).bonusCap(bonusCap)
                    .thresholds(excellentFrom, passFrom).minimumCoverage(minimumCoverage);
            sections.values().forEach(b::section);
            items.values().forEach(b::item);
            bonuses.values().forEach(b::bonus);
            return b.build();
        }
    }
}
