package io.github.quanze.jackson.assessment;

import io.github.quanze.assessment.AgencyPeriod;
import io.github.quanze.assessment.LitigationOutcome;
import io.github.quanze.assessment.ReconsiderationOutcome;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.power.AgencyId;
import java.time.LocalDate;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** The codecs of an agency's period: the counts behind its indicators, its outcomes and its bonus claims. */
final class PeriodCodecs {

    static final ObjectCodec<Map.Entry<ReconsiderationOutcome, Long>> RECONSIDERATION = count("reconsiderations",
            "复议结果 Reconsiderations of the agency's acts that ended so, and how many",
            Codecs.enumOf(ReconsiderationOutcome.class));

    static final ObjectCodec<Map.Entry<LitigationOutcome, Long>> LAWSUIT = count("lawsuits",
            "诉讼结果 Lawsuits against the agency's acts that ended so, and how many",
            Codecs.enumOf(LitigationOutcome.class));

    static final ObjectCodec<Map.Entry<String, Long>> BONUS_CLAIM = count("bonusClaims",
            "加分事项 A bonus item of the scheme, by its code, and how many times it applies", Codecs.STRING);

    static final ObjectCodec<AgencyPeriod> PERIOD = counts(ObjectCodec
            .builder("agencyPeriod", Draft::new, Draft::build)
            .description("考核期内的执法情况 What one agency did in an assessment period: the input of its assessment")
            .about("The agency's id")
            .required("agency", Codecs.STRING, p -> p.agency().value(), (d, v) -> d.agency = v)
            .required("agencyName", Codecs.STRING, AgencyPeriod::agencyName, (d, v) -> d.agencyName = v)
            .about("The first day of the period")
            .required("from", Codecs.DATE, AgencyPeriod::from, (d, v) -> d.from = v)
            .about("The last day of the period")
            .required("to", Codecs.DATE, AgencyPeriod::to, (d, v) -> d.to = v))
            .about("Reconsiderations by outcome, each outcome once")
            .list("reconsiderations", RECONSIDERATION, p -> p.reconsiderations().entrySet(),
                    (d, v) -> once(d.reconsiderations, v, "reconsiderations"))
            .about("Lawsuits by outcome, each outcome once")
            .list("lawsuits", LAWSUIT, p -> p.lawsuits().entrySet(), (d, v) -> once(d.lawsuits, v, "lawsuits"))
            .about("Bonus claims by bonus item, each item once")
            .list("bonusClaims", BONUS_CLAIM, p -> p.bonusClaims().entrySet(),
                    (d, v) -> once(d.bonusClaims, v, "bonusClaims"))
            .about("消极应付: the assessing body found the agency perfunctory")
            .defaulted("perfunctory", Codecs.BOOLEAN, AgencyPeriod::perfunctory, (d, v) -> d.perfunctory = v, false)
            .about("弄虚作假: the assessing body found the agency falsifying")
            .defaulted("falsified", Codecs.BOOLEAN, AgencyPeriod::falsified, (d, v) -> d.falsified = v, false)
            .about("情况严重: the assessing body found the case serious")
            .defaulted("severe", Codecs.BOOLEAN, AgencyPeriod::severe, (d, v) -> d.severe = v, false)
            .build();

    private PeriodCodecs() {
    }

    /** Adds the counts, each left out when 0. */
    private static ObjectCodec.Builder<AgencyPeriod, Draft> counts(ObjectCodec.Builder<AgencyPeriod, Draft> b) {
        count(b, "filesReviewed", "评查案卷数", AgencyPeriod::filesReviewed, (d, v) -> d.filesReviewed = v);
        count(b, "filesPassed", "评查合格（含优秀）案卷数", AgencyPeriod::filesPassed, (d, v) -> d.filesPassed = v);
        count(b, "filePoints", "评查案卷得分之和", AgencyPeriod::filePoints, (d, v) -> d.filePoints = v);
        count(b, "fileMaxPoints", "评查案卷所用标准总分之和", AgencyPeriod::fileMaxPoints,
                (d, v) -> d.fileMaxPoints = v);
        count(b, "cases", "办理案件数", AgencyPeriod::cases, (d, v) -> d.cases = v);
        count(b, "overdueCases", "超期案件数", AgencyPeriod::overdueCases, (d, v) -> d.overdueCases = v);
        count(b, "legalityReviewsRequired", "应当法制审核的决定数", AgencyPeriod::legalityReviewsRequired,
                (d, v) -> d.legalityReviewsRequired = v);
        count(b, "legalityReviewsDone", "已法制审核数", AgencyPeriod::legalityReviewsDone,
                (d, v) -> d.legalityReviewsDone = v);
        count(b, "complaints", "投诉举报件数", AgencyPeriod::complaints, (d, v) -> d.complaints = v);
        count(b, "surveyResponses", "评议卡、问卷回收数", AgencyPeriod::surveyResponses,
                (d, v) -> d.surveyResponses = v);
        count(b, "satisfiedResponses", "满意数", AgencyPeriod::satisfiedResponses,
                (d, v) -> d.satisfiedResponses = v);
        count(b, "decisionsToPublish", "应当公示并已到期或者已公示的执法决定数", AgencyPeriod::decisionsToPublish,
                (d, v) -> d.decisionsToPublish = v);
        count(b, "decisionsPublishedOnTime", "按期公示数", AgencyPeriod::decisionsPublishedOnTime,
                (d, v) -> d.decisionsPublishedOnTime = v);
        count(b, "recordedSteps", "应当记录并载明记录情况的执法环节数", AgencyPeriod::recordedSteps,
                (d, v) -> d.recordedSteps = v);
        count(b, "completelyRecordedSteps", "记录完整的执法环节数", AgencyPeriod::completelyRecordedSteps,
                (d, v) -> d.completelyRecordedSteps = v);
        return b;
    }

    private static void count(ObjectCodec.Builder<AgencyPeriod, Draft> b, String field, String term,
            Function<AgencyPeriod, Long> getter, BiConsumer<Draft, Long> setter) {
        b.about(term + " (default 0)").defaulted(field, Codecs.LONG, getter, setter, 0L);
    }

    private static <K> ObjectCodec<Map.Entry<K, Long>> count(String name, String description, Codec<K> key) {
        return ObjectCodec.<Map.Entry<K, Long>, EntryDraft<K>>builder(name.substring(0, name.length() - 1),
                        EntryDraft::new, EntryDraft::build)
                .description(description)
                .required(name.equals("bonusClaims") ? "item" : "outcome", key, Map.Entry::getKey,
                        (d, v) -> d.key = v)
                .about("How many, at least 1")
                .required("count", Codecs.LONG, Map.Entry::getValue, (d, v) -> d.count = v)
                .build();
    }

    private static <K> void once(Map<K, Long> map, Map.Entry<K, Long> entry, String field) {
        if (map.putIfAbsent(entry.getKey(), entry.getValue()) != null) {
            throw new IllegalArgumentException(field + " give " + entry.getKey() + " twice; each once, with its "
                    + "count");
        }
    }

    private static final class EntryDraft<K> {
        K key;
        long count;

        Map.Entry<K, Long> build() {
            return new SimpleImmutableEntry<>(key, count);
        }
    }

    private static final class Draft {
        String agency;
        String agencyName;
        LocalDate from;
        LocalDate to;
        long filesReviewed;
        long filesPassed;
        long filePoints;
        long fileMaxPoints;
        long cases;
        long overdueCases;
        long legalityReviewsRequired;
        long legalityReviewsDone;
        final Map<ReconsiderationOutcome, Long> reconsiderations = new EnumMap<>(ReconsiderationOutcome.class);
        final Map<LitigationOutcome, Long> lawsuits = new EnumMap<>(LitigationOutcome.class);
        long complaints;
        long surveyResponses;
        long satisfiedResponses;
        final Map<String, Long> bonusClaims = new LinkedHashMap<>();
        boolean perfunctory;
        boolean falsified;
        boolean severe;
        long decisionsToPublish;
        long decisionsPublishedOnTime;
        long recordedSteps;
        long completelyRecordedSteps;

        AgencyPeriod build() {
            return new AgencyPeriod(AgencyId.of(agency), agencyName, from, to, filesReviewed, filesPassed, filePoints,
                    fileMaxPoints, cases, overdueCases, legalityReviewsRequired, legalityReviewsDone, reconsiderations,
                    lawsuits, complaints, surveyResponses, satisfiedResponses, bonusClaims, perfunctory, falsified,
                    severe, decisionsToPublish, decisionsPublishedOnTime, recordedSteps, completelyRecordedSteps);
        }
    }
}
