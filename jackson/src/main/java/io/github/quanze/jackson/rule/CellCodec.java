package io.github.quanze.jackson.rule;

import io.github.quanze.jackson.codec.Codec;
import io.github.quanze.jackson.codec.Codecs;
import io.github.quanze.jackson.codec.Input;
import io.github.quanze.jackson.codec.Output;
import io.github.quanze.jackson.codec.Position;
import io.github.quanze.jackson.codec.Schemas;
import io.github.quanze.rule.Cell;
import io.github.quanze.rule.Column;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads and writes a cell as an object with one field, its kind: {@code {is: SERIOUS}}, {@code {anyOf: [A, B]}},
 * {@code {noneOf: [NONE]}}, {@code {range: [3, 10]}}, {@code {atLeast: 3}}, {@code {atMost: 2}} or
 * {@code {any: true}}.
 * <p>
 * A value is read by the type of its column: a constant name in an enum column becomes the constant; a name the
 * enum lacks, a string where a boolean belongs or a list in a whole-number column is left as read, so that the
 * table's builder refuses it with the message that names table, row, column and value.
 */
final class CellCodec implements Codec<Cell> {

    static final String KINDS = "is, anyOf, noneOf, range, atLeast, atMost, any";

    @Override
    public Cell read(Input in) {
        String column = in.currentField();
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.error("a cell must be an object with one of " + KINDS + ", such as {is: SERIOUS}");
        }
        if (in.next() != JsonToken.PROPERTY_NAME) {
            throw in.error("a cell needs one of " + KINDS);
        }
        String kind = in.parser().currentName();
        Position keyAt = in.position();
        in.next();
        Position at = in.position();
        TableDraft table = TableScope.of(in).table;
        Column of = table == null ? null : table.column(column);
        Cell cell;
        try {
            cell = switch (kind) {
                case "is" -> Cell.is(value(in, of));
                case "anyOf" -> Cell.anyOf(values(in, of).toArray());
                case "noneOf" -> Cell.noneOf(values(in, of).toArray());
                case "range" -> range(in);
                case "atLeast" -> Cell.atLeast(Codecs.LONG.read(in));
                case "atMost" -> Cell.atMost(Codecs.LONG.read(in));
                case "any" -> {
                    if (!Codecs.BOOLEAN.read(in)) {
                        throw in.error("a cell that matches any value is written {any: true}");
                    }
                    yield Cell.any();
                }
                default -> throw in.error(keyAt, kind, null, "unknown kind of cell; expected one of " + KINDS, null);
            };
        } catch (IllegalArgumentException e) {
            throw in.error(at, column, null, "cell " + kind + ": " + Codecs.messageOf(e), e);
        }
        if (in.next() != JsonToken.END_OBJECT) {
            throw in.error(in.position(), in.parser().currentName(), null, "a cell has one kind, but "
                    + column + " gives " + kind + " and " + in.parser().currentName(), null);
        }
        return cell;
    }

    private static Cell range(Input in) {
        if (in.token() != JsonToken.START_ARRAY) {
            throw in.error("a range must be a list of two whole numbers, [low, high]");
        }
        List<Long> ends = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            ends.add(Codecs.LONG.read(in));
        }
        if (ends.size() != 2) {
            throw in.error("a range must be a list of two whole numbers, [low, high], but has " + ends.size());
        }
        return Cell.range(ends.get(0), ends.get(1));
    }

    private static List<Object> values(Input in, Column column) {
        if (in.token() != JsonToken.START_ARRAY) {
            throw in.error("must be a list of values");
        }
        List<Object> values = new ArrayList<>();
        while (in.next() != JsonToken.END_ARRAY) {
            values.add(value(in, column));
        }
        return values;
    }

    /** A value as the column holds it; anything else as read, for the table's builder to refuse. */
    private static Object value(Input in, Column column) {
        JsonToken t = in.token();
        if (t == JsonToken.VALUE_STRING) {
            String text = in.parser().getString();
            if (column != null && column.kind() == Column.Kind.ENUM) {
                for (Object constant : column.values()) {
                    if (((Enum<?>) constant).name().equals(text)) {
                        return constant;
                    }
                }
            }
            return text;
        }
        if (t == JsonToken.VALUE_TRUE || t == JsonToken.VALUE_FALSE) {
            return t == JsonToken.VALUE_TRUE;
        }
        if (t == JsonToken.VALUE_NUMBER_INT) {
            return Codecs.LONG.read(in);
        }
        throw in.error("must be a value: a constant's name, a string, true or false, or a whole number");
    }

    @Override
    public void write(Cell cell, Output out) {
        JsonGenerator g = out.generator();
        g.writeStartObject();
        switch (cell.kind()) {
            case ANY -> g.writeBooleanProperty("any", true);
            case VALUES -> {
                if (cell.values().size() == 1) {
                    g.writeName("is");
                    writeValue(cell.values().iterator().next(), g);
                } else {
                    writeValues("anyOf", cell, g);
                }
            }
            case NOT_VALUES -> writeValues("noneOf", cell, g);
            default -> {
                if (cell.lowest().isPresent() && cell.highest().isPresent()) {
                    long low = cell.lowest().getAsLong();
                    long high = cell.highest().getAsLong();
                    if (low == high) {
                        g.writeNumberProperty("is", low);
                    } else {
                        g.writeName("range");
                        g.writeStartArray();
                        g.writeNumber(low);
                        g.writeNumber(high);
                        g.writeEndArray();
                    }
                } else if (cell.lowest().isPresent()) {
                    g.writeNumberProperty("atLeast", cell.lowest().getAsLong());
                } else {
                    g.writeNumberProperty("atMost", cell.highest().getAsLong());
                }
            }
        }
        g.writeEndObject();
    }

    private static void writeValues(String name, Cell cell, JsonGenerator g) {
        g.writeName(name);
        g.writeStartArray();
        for (Object value : cell.values()) {
            writeValue(value, g);
        }
        g.writeEndArray();
    }

    private static void writeValue(Object value, JsonGenerator g) {
        if (value instanceof Enum<?> e) {
            g.writeString(e.name());
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(value.toString());
        }
    }

    @Override
    public ObjectNode schema(Schemas schemas) {
        return schemas.ref("cell", s -> {
            ObjectNode cell = s.object().put("type", "object").put("description", "条件单元格 A cell: what the row "
                    + "matches in one column, one of " + KINDS);
            ObjectNode value = s.object();
            ArrayNode types = value.putArray("type");
            types.add("string").add("boolean").add("integer");
            ObjectNode values = s.object().put("type", "array").put("minItems", 1);
            values.set("items", value);
            ObjectNode whole = s.object().put("type", "integer");
            ObjectNode range = s.object().put("type", "array").put("minItems", 2).put("maxItems", 2);
            range.set("items", whole);
            ObjectNode properties = cell.putObject("properties");
            properties.set("is", value);
            properties.set("anyOf", values);
            properties.set("noneOf", values);
            properties.set("range", range);
            properties.set("atLeast", whole);
            properties.set("atMost", whole);
            properties.set("any", s.object().put("const", true));
            return cell.put("minProperties", 1).put("maxProperties", 1).put("additionalProperties", false);
        });
    }
}
