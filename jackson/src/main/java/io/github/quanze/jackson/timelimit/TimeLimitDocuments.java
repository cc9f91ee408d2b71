package io.github.quanze.jackson.timelimit;

import io.github.quanze.basis.LegalBasis;
import io.github.quanze.jackson.basis.BasisDocuments;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.ObjectCodec;
import io.github.quanze.jackson.text.TextDocuments;
import io.github.quanze.text.BilingualText;
import io.github.quanze.timelimit.Extension;
import io.github.quanze.timelimit.PeriodUnit;
import io.github.quanze.timelimit.TimeLimit;
import java.util.Optional;

/**
 * 期限 The codecs of time limits: a statutory limit with its unit, direction, rolling, name, basis and extension.
 * <p>
 * A time limit is written {@code {amount: 7, unit: DAYS}}, with {@code backward: true} for a limit counted back
 * from its event (听证通知 seven days before the hearing), {@code rolls: false} for one whose last day does not
 * move past a day off, and its {@code name}, {@code basis} and {@code extension} where it has them.
 */
public final class TimeLimitDocuments {

    /** An extension a time limit allows (延长期限): at most {@code max} more units, approved by {@code approver}. */
    static final ObjectCodec<Extension> EXTENSION = ObjectCodec
            .builder("extension", ExtensionDraft::new, ExtensionDraft::build)
            .description("延长期限 The extension a time limit allows")
            .about("The most units the limit may be extended by")
            .required("max", Codecs.integer(1, Integer.MAX_VALUE), Extension::max, (d, v) -> d.max = v)
            .about("Who approves the extension, such as 行政机关负责人")
            .required("approver", Codecs.STRING, Extension::approver, (d, v) -> d.approver = v)
            .required("basis", BasisDocuments.LEGAL_BASIS, Extension::basis, (d, v) -> d.basis = v)
            .build();

    /** 期限 A time limit (期限). */
    public static final ObjectCodec<TimeLimit> TIME_LIMIT = ObjectCodec
            .builder("timeLimit", Draft::new, Draft::build)
            .description("期限 A time limit: an amount of a unit, counted forward from an event or back from one")
            .required("amount", Codecs.integer(1, Integer.MAX_VALUE), TimeLimit::amount, (d, v) -> d.amount = v)
            .required("unit", Codecs.enumOf(PeriodUnit.class), TimeLimit::unit, (d, v) -> d.unit = v)
            .about("True for a limit counted back from its event, such as a notice seven days before a hearing")
            .defaulted("backward", Codecs.BOOLEAN, TimeLimit::isBackward, (d, v) -> d.backward = v, false)
            .about("False for a limit whose last day stays on a day off instead of moving to the next working day")
            .defaulted("rolls", Codecs.BOOLEAN, TimeLimit::rolls, (d, v) -> d.rolls = v, true)
            .optional("name", TextDocuments.BILINGUAL, TimeLimit::name, (d, v) -> d.name = v)
            .optional("basis", BasisDocuments.LEGAL_BASIS, TimeLimit::basis, (d, v) -> d.basis = v)
            .optional("extension", EXTENSION, TimeLimit::extension, (d, v) -> d.extension = v)
            .build();

    private TimeLimitDocuments() {
    }

    private static final class ExtensionDraft {
        int max;
        String approver;
        LegalBasis basis;

        Extension build() {
            return new Extension(max, approver, basis);
        }
    }

    private static final class Draft {
        int amount;
        PeriodUnit unit;
        boolean backward;
        boolean rolls = true;
        BilingualText name;
        LegalBasis basis;
        Extension extension;

        TimeLimit build() {
            TimeLimit t = TimeLimit.of(amount, unit);
            t = backward ? t.before() : t;
            t = rolls ? t : t.withoutRolling();
            t = Optional.ofNullable(name).map(t::named).orElse(t);
            t = Optional.ofNullable(basis).map(t::citing).orElse(t);
            return Optional.ofNullable(extension).map(t::extendable).orElse(t);
        }
    }
}
