package ptprove.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;
import ptprove.result.Verdict;

/**
 * One cached answer as stored on disk: a small JSON object with the format, the key it answers (echoed, so a file
 * copied or renamed into the wrong place is caught), the verdict, the model's values by variable name (hex), and a
 * checksum over all of these (so a truncated or edited file is caught). Only definite verdicts are stored.
 */
record CacheEntry(String key, Verdict verdict, Map<String, Long> model) {
    static final String FORMAT = "ptprove-cache/1";

    private static final ObjectMapper MAPPER = new ObjectMapper();

    CacheEntry {
        model = java.util.Collections.unmodifiableMap(new TreeMap<>(model));
    }

    /** Verdicts a later run may reuse: not unknown (a budget or an interrupt) and not error (a bug). */
    static boolean storable(Verdict v) {
        return v != Verdict.UNKNOWN && v != Verdict.ERROR;
    }

    String toJson() {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("key", key);
        node.put("verdict", verdict.word());
        ObjectNode values = node.putObject("model");
        model.forEach((name, value) -> values.put(name, hex(value)));
        node.put("checksum", checksum());
        return node.toString() + "\n";
    }

    /** Thrown for anything but a well-formed entry of this format answering {@code expectedKey}. */
    static final class Invalid extends Exception {
        Invalid(String why) { super(why); }
    }

    static CacheEntry parse(String text, String expectedKey) throws Invalid {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new Invalid("not JSON");
        }
        if (node == null || !node.isObject()) throw new Invalid("not a JSON object");
        if (!FORMAT.equals(text(node, "format"))) throw new Invalid("another format");
        if (!expectedKey.equals(text(node, "key"))) throw new Invalid("answers another key");
        Verdict verdict = Verdict.ofWord(String.valueOf(text(node, "verdict")));
        if (verdict == null || !storable(verdict)) throw new Invalid("no reusable verdict");
        JsonNode values = node.get("model");
        if (values == null || !values.isObject()) throw new Invalid("no model");
        Map<String, Long> model = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            model.put(e.getKey(), parseHex(e.getValue()));
        }
        CacheEntry entry = new CacheEntry(expectedKey, verdict, model);
        if (!entry.checksum().equals(text(node, "checksum"))) throw new Invalid("checksum mismatch");
        return entry;
    }

    private String checksum() {
        StringBuilder sb = new StringBuilder(FORMAT).append('\n').append(key).append('\n').append(verdict.word());
        model.forEach((name, value) -> sb.append('\n').append(name).append('=').append(hex(value)));
        return CacheKey.sha256(sb.toString());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v != null && v.isTextual() ? v.asText() : null;
    }

    private static long parseHex(JsonNode v) throws Invalid {
        if (v == null || !v.isTextual() || !v.asText().matches("0x[0-9a-f]{1,16}")) throw new Invalid("bad value");
        return Long.parseUnsignedLong(v.asText().substring(2), 16);
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
