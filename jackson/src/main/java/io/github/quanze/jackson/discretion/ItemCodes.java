package io.github.quanze.jackson.discretion;

import io.github.quanze.discretion.StatutoryFrame;
import io.github.quanze.discretion.ViolationItem;
import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Schemas;
import java.util.List;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.node.ObjectNode;

/**
 * The code of a violation item, resolved against the statutory frame given to the reader where there is one: a code
 * the frame lacks is an error that names it and the frame's codes. A standard is always read with its frame; an
 * offence may be read without one, as part of a case record, and its item is then resolved when it is decided.
 */
final class ItemCodes {

    /** The codes an error lists at most. */
    private static final int LISTED = 12;

    static final Codec<String> CODE = new Codec<>() {
        @Override
        public String read(Input in) {
            TokenStreamLocation mark = in.mark();
            String field = in.currentField();
            String code = Codecs.STRING.read(in);
            in.context(StatutoryFrame.class).ifPresent(frame -> {
                if (frame.item(code).isEmpty()) {
                    throw in.error(in.positionOf(mark), field, Input.quote(code), "unknown violation item; the "
                            + "statutory frame has " + codes(frame), null);
                }
            });
            return code;
        }

        @Override
        public void write(String value, Output out) {
            Codecs.STRING.write(value, out);
        }

        @Override
        public ObjectNode schema(Schemas schemas) {
            return Codecs.STRING.schema(schemas);
        }
    };

    private ItemCodes() {
    }

    private static String codes(StatutoryFrame frame) {
        List<String> codes = frame.items().stream().map(ViolationItem::code).toList();
        return codes.size() <= LISTED ? codes.toString()
                : codes.subList(0, LISTED) + " and " + (codes.size() - LISTED) + " more";
    }
}
