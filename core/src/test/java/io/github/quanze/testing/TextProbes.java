package io.github.quanze.testing;

import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

/**
 * The probes of a package's text arguments: each call of {@link #textCalls()} is fed {@link Probes#TEXTS} and random
 * strings, and must give a value or a short rejection as {@link Probes#probe} checks. A package's probe test extends
 * this class and names its calls.
 */
public abstract class TextProbes {

    /**
     * Returns the calls that take a text, by name.
     *
     * @return the calls, in order, not null
     */
    protected abstract Map<String, Consumer<String>> textCalls();

    @Example
    void texts_areRejectedShortly() {
        textCalls().forEach(Probes::texts);
    }

    @Property(tries = 100)
    void anyTextGivesAValueOrAShortRejection(@ForAll @StringLength(max = 80) String text) {
        textCalls().forEach((call, action) -> Probes.probe(call, () -> action.accept(text)));
    }
}
