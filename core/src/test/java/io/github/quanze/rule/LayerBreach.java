package io.github.quanze.rule;

import io.github.quanze.basis.InstrumentLevel;
import io.github.quanze.text.BilingualText;

/** A test fixture that breaks the layers on purpose: a class of the rule package that uses a domain type. */
public final class LayerBreach {

    private LayerBreach() {
    }

    static InstrumentLevel level() {
        return InstrumentLevel.LAW;
    }

    /** A class of the rule package that uses only what lies below it. */
    public static final class Fine {

        private Fine() {
        }

        static BilingualText text() {
            return BilingualText.of("文本", "text");
        }
    }
}
