package io.github.quanze.jackson.rule;

import com.google.common.collect.Sets;
import io.github.quanze.assessment.AgencyMeasure;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.sanction.Sanction;
import io.github.quanze.sanction.SanctionKind;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * 处理结果的编解码器 The codecs of the outcomes of the shipped sanction and measure tables ({@link FactSchemas}): a sanction and a set of agency measures,
 * each written as the list of its measures' constant names, lightest first; the empty list is no sanction
 * (不予追究) or no measure.
 */
final class OutcomeCodecs {

    /**
     * 处理结果 A sanction, written as its measures, such as {@code [OFF_POST_TRAINING, PUBLIC_REPRIMAND, WARNING]};
     * {@code []} for no sanction. Of several governmental sanctions only the heaviest is kept, as
     * {@link Sanction#of} keeps it.
     */
    static final Codec<Sanction> SANCTION = Codecs.listOf(Codecs.enumOf(SanctionKind.class))
            .map(OutcomeCodecs::sanction, s -> List.copyOf(s.kinds()));

    /** 考核结果运用措施 A set of agency measures, written as their constant names; {@code []} for none. */
    static final Codec<Set<AgencyMeasure>> AGENCY_MEASURES = Codecs.listOf(Codecs.enumOf(AgencyMeasure.class))
            .map(OutcomeCodecs::measures, s -> s.stream().sorted().toList());

    private OutcomeCodecs() {
    }

    private static Sanction sanction(List<SanctionKind> kinds) {
        return kinds.isEmpty() ? Sanction.none()
                : Sanction.of(kinds.get(0), kinds.subList(1, kinds.size()).toArray(new SanctionKind[0]));
    }

    private static Set<AgencyMeasure> measures(List<AgencyMeasure> measures) {
        return measures.isEmpty() ? Sets.immutableEnumSet(EnumSet.noneOf(AgencyMeasure.class))
                : Sets.immutableEnumSet(measures);
    }
}
