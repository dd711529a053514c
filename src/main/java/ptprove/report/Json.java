package ptprove.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.List;
import java.util.function.BiConsumer;
import ptprove.ir.Config;
import ptprove.ir.Obligation;

/**
 * The JSON conventions shared by the renderers: a tree built in field order (so output order is the code's
 * order), two-space indentation, {@code "key": value}, {@code \n} line ends on every platform, configuration
 * values as JSON numbers (unsigned) or booleans, 64-bit values as hex strings.
 */
public final class Json {
    private Json() {}

    static final ObjectMapper MAPPER = new ObjectMapper();

    private static final ObjectWriter WRITER;
    static {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        pp.indentObjectsWith(indenter);
        pp.indentArraysWith(indenter);
        WRITER = MAPPER.writer(pp);
    }

    static ObjectNode object() { return MAPPER.createObjectNode(); }

    /**
     * Why a text is not JSON, for a person: {@code line 3, column 7: Unexpected end-of-input: expected close marker
     * for Object}, without Jackson's source description and start-marker notes.
     */
    static String problem(JsonProcessingException e) {
        String m = String.valueOf(e.getOriginalMessage());
        for (String cut : List.of(" (start marker at", "\n at [Source", "\n")) {
            int at = m.indexOf(cut);
            if (at >= 0) m = m.substring(0, at);
        }
        com.fasterxml.jackson.core.JsonLocation where = e.getLocation();
        return where == null || where.getLineNr() < 1 ? m
                : "line " + where.getLineNr() + ", column " + where.getColumnNr() + ": " + m;
    }
    static com.fasterxml.jackson.databind.node.ArrayNode array() { return MAPPER.createArrayNode(); }

    /** The document's text, ending in a newline. */
    /** Two-space indent, {@code "key": value}, a final newline: every JSON ptprove prints looks alike. */
    public static String write(JsonNode node) {
        try {
            return WRITER.writeValueAsString(node) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree could not be written", e); // a tree always can
        }
    }

    /** {@code "name": [{...}, ...]} in {@code parent}: one object per item, its fields put by {@code fill}. */
    static <T> void objects(ObjectNode parent, String name, Iterable<T> items, BiConsumer<ObjectNode, T> fill) {
        com.fasterxml.jackson.databind.node.ArrayNode array = parent.putArray(name);
        for (T item : items) fill.accept(array.addObject(), item);
    }

    /** An obligation's identity, as every result lists it: {@code "spec", "name", "kind", "index", "config"}. */
    static void obligation(ObjectNode node, String spec, Obligation o) {
        node.put("spec", spec);
        node.put("name", o.name());
        node.put("kind", o.kind().word());
        node.put("index", o.index());
        node.set("config", config(o.config()));
    }

    /** {@code {"ERA": 504, "LPA2": true}}; numbers unsigned, so a value above 2^63 is not negative. */
    static ObjectNode config(Config config) {
        ObjectNode node = object();
        for (Config.Entry e : config.entries()) {
            if (e.isBool()) node.put(e.name(), e.value() != 0);
            else node.put(e.name(), new BigInteger(Long.toUnsignedString(e.value())));
        }
        return node;
    }
}
