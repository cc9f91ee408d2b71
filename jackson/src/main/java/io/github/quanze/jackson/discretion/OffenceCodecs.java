package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.Circumstances;
import io.github.quanze.discretion.Harm;
import io.github.quanze.discretion.MentalCapacity;
import io.github.quanze.discretion.MitigatingGround;
import io.github.quanze.discretion.Offence;
import io.github.quanze.discretion.PartyFacts;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The codecs of an offence: its days, base amount, circumstance facts and the party's side. */
final class OffenceCodecs {

    /** The circumstances: an object from name to a whole number, true or false, or a string. */
    static final Codec<Circumstances> CIRCUMSTANCES = new CircumstancesCodec();

    private static final ObjectCodec<PartyFacts> PARTY = ObjectCodec
            .builder("partyFacts", PartyDraft::new, PartyDraft::build)
            .description("当事人情节 The party's side of the penalty, as 行政处罚法 Arts 30-33 decide on it; every "
                    + "field left out is the default: an adult of full capacity with no ground, whose act has harmful "
                    + "consequences")
            .about("The age in whole years at the act of a natural person (Art 30); left out for an organisation")
            .optional("age", Codecs.INT, p -> p.age().isPresent() ? Optional.of(p.age().getAsInt()) : Optional.empty(),
                    (d, v) -> d.b.age(v))
            .about("辨认控制能力 (Art 31)")
            .defaulted("capacity", Codecs.enumOf(MentalCapacity.class), PartyFacts::capacity,
                    (d, v) -> d.b.capacity(v), MentalCapacity.FULL)
            .about("The grounds of Art 32 found")
            .defaulted("grounds", EnumSets.of(MitigatingGround.class), PartyFacts::grounds,
                    (d, v) -> d.b.grounds(v.toArray(MitigatingGround[]::new)), Set.of())
            .about("违法行为轻微 (Art 33 para 1)")
            .defaulted("minorAct", Codecs.BOOLEAN, PartyFacts::isMinorAct, (d, v) -> d.b.minorAct(v), false)
            .about("危害后果 (Art 33 para 1)")
            .defaulted("harm", Codecs.enumOf(Harm.class), PartyFacts::harm, (d, v) -> d.b.harm(v), Harm.HARMFUL)
            .about("及时改正 (Art 33 para 1)")
            .defaulted("correctedInTime", Codecs.BOOLEAN, PartyFacts::isCorrectedInTime,
                    (d, v) -> d.b.correctedInTime(v), false)
            .about("初次违法 (Art 33 para 1)")
            .defaulted("firstOffence", Codecs.BOOLEAN, PartyFacts::isFirstOffence, (d, v) -> d.b.firstOffence(v),
                    false)
            .about("Evidence sufficient to prove no subjective fault (Art 33 para 2)")
            .defaulted("noFaultProven", Codecs.BOOLEAN, PartyFacts::isNoFaultProven, (d, v) -> d.b.noFaultProven(v),
                    false)
            .build();

    /** An offence, whose item resolves against the statutory frame given to the reader, if any. */
    static final ObjectCodec<Offence> OFFENCE = ObjectCodec
            .builder("offence", Offence::builder, Offence.Builder::build)
            .description("违法事实 The facts of one act to be decided: the item, the days, the base amount, the "
                    + "circumstances and the party's side")
            .about("The code of the violation item")
            .required("item", ItemCodes.CODE, Offence::item, Offence.Builder::item)
            .about("The day of the act, or the first day of a continuing act")
            .required("act", Codecs.DATE, Offence::act, Offence.Builder::act)
            .about("The day a continuing act ended (行为终了之日, Art 36 para 2)")
            .optional("ended", Codecs.DATE, Offence::ended, Offence.Builder::ended)
            .about("The day the act was discovered")
            .required("discovered", Codecs.DATE, Offence::discovered, Offence.Builder::discovered)
            .about("The day of the decision")
            .required("decided", Codecs.DATE, Offence::decided, Offence.Builder::decided)
            .about("The fine base found, in yuan, such as 违法经营总额")
            .optional("base", Codecs.DECIMAL, Offence::base, Offence.Builder::base)
            .about("The circumstance facts the standard's tiers test, by name")
            .defaulted("circumstances", CIRCUMSTANCES, Offence::circumstances, Offence.Builder::circumstances,
                    Circumstances.none())
            .defaulted("party", PARTY, Offence::party, Offence.Builder::party, PartyFacts.none())
            .about("Whether the act concerns 公民生命健康安全 or 金融安全 with harmful consequences (Art 36)")
            .defaulted("graveHarm", Codecs.BOOLEAN, Offence::isGraveHarm, Offence.Builder::graveHarm, false)
            .build();

    private OffenceCodecs() {
    }

    private static final class PartyDraft {
        final PartyFacts.Builder b = PartyFacts.builder();

        PartyFacts build() {
            return b.build();
        }
    }

    /** Circumstances as an object from name to value, each value in its own JSON type. */
    private static final class CircumstancesCodec implements Codec<Circumstances> {

        @Override
        public Circumstances read(Input in) {
            if (in.token() != JsonToken.START_OBJECT) {
                throw in.error("must be an object from name to value, such as {amount: 30000, repeated: false}");
            }
            Circumstances.Builder b = Circumstances.builder();
            for (JsonToken t = in.next(); t == JsonToken.PROPERTY_NAME; t = in.next()) {
                String name = in.parser().currentName();
                Position key = in.position();
                JsonToken value = in.next();
                try {
                    if (value == JsonToken.VALUE_NUMBER_INT) {
                        b.set(name, Codecs.LONG.read(in));
                    } else if (value == JsonToken.VALUE_TRUE || value == JsonToken.VALUE_FALSE) {
                        b.set(name, value == JsonToken.VALUE_TRUE);
                    } else if (value == JsonToken.VALUE_STRING) {
                        b.set(name, in.parser().getString());
                    } else {
                        throw in.error("a circumstance is a whole number, true or false, or a string");
                    }
                } catch (IllegalArgumentException e) {
                    throw in.error(key, name, in.tokenText(), Codecs.messageOf(e), e);
                }
            }
            return b.build();
        }

        @Override
        public void write(Circumstances value, Output out) {
            JsonGenerator g = out.generator();
            g.writeStartObject();
            for (Map.Entry<String, Object> e : value.values().entrySet()) {
                g.writeName(e.getKey());
                if (e.getValue() instanceof Long l) {
                    g.writeNumber(l);
                } else if (e.getValue() instanceof Boolean bool) {
                    g.writeBoolean(bool);
                } else {
                    g.writeString(e.getValue().toString());
                }
            }
            g.writeEndObject();
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            ObjectNode s = schemas.object().put("type", "object").put("description", "情节事实 The circumstance "
                    + "facts by name: a whole number (such as an amount in yuan), true or false, or a string");
            ArrayNode types = s.putObject("additionalProperties").putArray("type");
            types.add("integer").add("boolean").add("string");
            return s;
        }
    }
}
