package io.github.quanze.jackson.disparity;

import io.github.quanze.discretion.TierLevel;
import io.github.quanze.disparity.DisparityCounts;
import io.github.quanze.disparity.DisparityFinding;
import io.github.quanze.disparity.DisparityGroup;
import io.github.quanze.disparity.DisparityReport;
import io.github.quanze.disparity.DisparitySettings;
import io.github.quanze.disparity.FineMeasure;
import io.github.quanze.disparity.FineSpread;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.DocumentKind;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.discretion.DiscretionDocuments;
import io.github.quanze.jackson.rule.FindingDocuments;
import java.util.Map;

/**
 * 类案分析报告文档 The document of the analysis of like cases (类案同罚): the settings it was made with, the number of
 * cases, every group of like cases (item, circumstance profile, cases at each level, the spread of the fines by
 * amount and by rate), the findings, and the counts of each agency and officer. An output, written only.
 * <p>
 * A group's profile is written as an offence's circumstances are, an object from name to value; its levels as a
 * list of {@code {level, cases}} in the order of severity. Each finding has the fields of every finding (code,
 * severity, parameters, message, cites), then its kind, item, profile and the cases, agencies and officers it
 * concerns.
 */
public final class DisparityDocuments {

    private static final ObjectCodec<DisparitySettings> SETTINGS = ObjectCodec
            .<DisparitySettings>writer("disparitySettings")
            .description("类案分析设置 The settings of the analysis")
            .about("The ratio of the highest to the lowest fine (or rate) of a group beyond which its fines are too far "
                    + "apart; this library's interpretation, which no statute sets")
            .field("spreadRatio", Codecs.DECIMAL, DisparitySettings::spreadRatio)
            .about("The fewest cases a group needs for its cases to be compared")
            .field("minimumGroupSize", Codecs.INT, DisparitySettings::minimumGroupSize)
            .build();

    private static final ObjectCodec<Map.Entry<TierLevel, Long>> LEVEL = ObjectCodec
            .<Map.Entry<TierLevel, Long>>writer("levelCases")
            .description("裁量阶次 How many cases of a group were decided at a level")
            .field("level", Codecs.enumOf(TierLevel.class), Map.Entry::getKey)
            .field("cases", Codecs.LONG, Map.Entry::getValue)
            .build();

    private static final ObjectCodec<FineSpread> SPREAD = ObjectCodec.<FineSpread>writer("fineSpread")
            .description("罚款分布 The spread of the fines of a group's cases by one measure")
            .about("AMOUNT: fines in yuan, of the cases without a base; RATE: fine over base, of the cases with one")
            .field("measure", Codecs.enumOf(FineMeasure.class), FineSpread::measure)
            .about("The cases fined by this measure")
            .field("cases", Codecs.LONG, FineSpread::cases)
            .field("min", Codecs.DECIMAL, FineSpread::min)
            .about("The case with the lowest, the smallest case number among equals")
            .field("minCase", Codecs.STRING, FineSpread::minCase)
            .field("max", Codecs.DECIMAL, FineSpread::max)
            .about("The case with the highest, the smallest case number among equals")
            .field("maxCase", Codecs.STRING, FineSpread::maxCase)
            .field("mean", Codecs.DECIMAL, FineSpread::mean)
            .build();

    private static final ObjectCodec<DisparityGroup> GROUP = ObjectCodec.<DisparityGroup>writer("disparityGroup")
            .description("类案组 The decided cases of one violation item with one circumstance profile")
            .about("The code of the violation item")
            .field("item", Codecs.STRING, DisparityGroup::item)
            .about("The circumstance profile the cases share")
            .field("profile", DiscretionDocuments.CIRCUMSTANCES, DisparityGroup::profile)
            .field("cases", Codecs.LONG, DisparityGroup::cases)
            .about("The cases at each level, in the order of severity; the counts add up to the cases")
            .listField("levels", LEVEL, g -> g.levels().entrySet().stream().toList())
            .about("The spread of the fines of the cases without a base")
            .optionalField("amounts", SPREAD, DisparityGroup::amounts)
            .about("The spread of the rates of fine to base of the cases with a base")
            .optionalField("rates", SPREAD, DisparityGroup::rates)
            .build();

    private static final ObjectCodec<DisparityFinding> FINDING = FindingDocuments
            .findingFields(ObjectCodec.<DisparityFinding>writer("disparityFinding"))
            .description("类案分析发现 A group of like cases decided at different levels or fined far apart, or a case "
                    + "decided away from what the standard gives (畸轻畸重)")
            .field("kind", Codecs.enumOf(DisparityFinding.Kind.class), DisparityFinding::kind)
            .field("item", Codecs.STRING, DisparityFinding::item)
            .field("profile", DiscretionDocuments.CIRCUMSTANCES, DisparityFinding::profile)
            .about("The case numbers concerned, sorted")
            .listField("cases", Codecs.STRING, DisparityFinding::cases)
            .about("The agencies of these cases, sorted")
            .listField("agencies", Codecs.STRING, DisparityFinding::agencies)
            .about("The officers of these cases, sorted")
            .listField("officers", Codecs.STRING, DisparityFinding::officers)
            .build();

    private static final ObjectCodec<DisparityCounts> COUNTS = ObjectCodec.<DisparityCounts>writer("disparityCounts")
            .description("类案统计 The counts of one agency or officer")
            .about("The agency or officer, as the cases name it")
            .field("name", Codecs.STRING, DisparityCounts::name)
            .field("cases", Codecs.LONG, DisparityCounts::cases)
            .about("The cases with at least one outlier finding")
            .field("outlierCases", Codecs.LONG, DisparityCounts::outlierCases)
            .about("The cases in a group with a disparity of levels or fines")
            .field("disparateCases", Codecs.LONG, DisparityCounts::disparateCases)
            .build();

    private static final ObjectCodec<DisparityReport> REPORT = ObjectCodec.<DisparityReport>writer("disparityReport")
            .description("类案分析报告 The report of an analysis of like cases")
            .field("settings", SETTINGS, DisparityReport::settings)
            .about("How many cases were analysed")
            .field("cases", Codecs.LONG, DisparityReport::cases)
            .about("Every group of like cases, by item, then profile")
            .listField("groups", GROUP, DisparityReport::groups)
            .about("The findings of the groups in their order, then the outliers by case number")
            .listField("findings", FINDING, DisparityReport::findings)
            .about("The counts of each agency, by name")
            .listField("agencies", COUNTS, DisparityReport::agencies)
            .about("The counts of each officer, by name; a case with two officers counts for each")
            .listField("officers", COUNTS, DisparityReport::officers)
            .build();

    /** 类案分析报告 The document of the report of an analysis of like cases; written only. */
    public static final DocumentKind<DisparityReport> DISPARITY_REPORT = DocumentKind.of("disparity-report", 1,
            DisparityReport.class, "类案分析报告 disparity report", REPORT);

    private DisparityDocuments() {
    }
}
