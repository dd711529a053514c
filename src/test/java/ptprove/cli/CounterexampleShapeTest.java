package ptprove.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Counterexamples as the issue asks for them (issue #4, items 1 and 3), through the CLI on the naive policy:
 * the kernel-terms fields under their exact names, the guard's trace, the simplest range, and {@code --all}.
 */
class CounterexampleShapeTest {
    private static final String NAIVE = "specs/arm64/hotremove-naive.ptl";

    private static JsonNode result(CliRun run, String name) throws Exception {
        JsonNode root = new ObjectMapper().readTree(run.out());
        for (JsonNode r : root.get("results")) if (r.get("name").asText().equals(name)) return r;
        throw new AssertionError("no result " + name + "\n" + run);
    }

    private static CliRun naive(String... more) {
        List<String> args = new ArrayList<>(List.of("check", NAIVE, "--no-timing", "--jobs", "1"));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    /** v6.9 16K/48: vmalloc and vmemmap share the pgd entry and, below it, a pud table. */
    private static final String[] CONFIG = {"--config", "ERA=609", "--config", "PAGE_SHIFT=14", "--config", "VA_BITS=48"};

    private static CliRun allJson;

    /** {@code --format json --all} in {@link #CONFIG}, run once for the three tests that read it. */
    private static synchronized CliRun allJson() {
        if (allJson == null) {
            List<String> args = new ArrayList<>(List.of("--format", "json", "--all"));
            args.addAll(List.of(CONFIG));
            allJson = naive(args.toArray(String[]::new));
        }
        return allJson;
    }

    @Test
    void counterexampleHasTheIssuesFieldsAndTheSimplestRange() throws Exception {
        CliRun run = naive("--format", "json", "--config", "ERA=504", "--config", "PAGE_SHIFT=12",
                "--config", "VA_BITS=48");
        JsonNode r = result(run, "vmemmap_free_spares_vmalloc");
        JsonNode c = r.get("counterexample");
        List<String> fields = new ArrayList<>();
        c.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("start", "end", "address", "other_address", "level", "index_path", "table_span", "walk",
                "trace"), fields);
        // simplest: one 4 KiB page (the smallest aligned range), at the roundest start of the shared pgd entry,
        // VMEMMAP_START itself (0xfffffdffffe00000 has 21 trailing zero bits; nothing in the entry above it more)
        assertEquals("0xfffffdffffe00000", c.get("start").asText());
        assertEquals("0xfffffdffffe01000", c.get("end").asText());
        assertEquals("pgd", c.get("level").asText());
        assertEquals("pgd[507]", c.get("index_path").asText());
        JsonNode step = c.get("trace").get(0);
        assertEquals(1, c.get("trace").size());
        assertEquals(16, step.get("line").asInt());
        assertEquals("free below L when true", step.get("source").asText());
        assertEquals("true", step.get("result").asText());
        assertFalse(r.has("counterexamples"), "one counterexample without --all");
        assertEquals("confirmed", r.get("replay").asText());
    }

    @Test
    void allGivesOneCounterexamplePerLevelClass() throws Exception {
        JsonNode r = result(allJson(), "vmemmap_free_spares_vmalloc");
        JsonNode all = r.get("counterexamples");
        assertEquals(2, all.size(), all.toString());
        assertEquals("pgd", all.get(0).get("level").asText());
        assertEquals("pud", all.get(1).get("level").asText());
        assertEquals(r.get("counterexample"), all.get(0));
        for (JsonNode c : all) {
            long size = Long.parseUnsignedLong(c.get("end").asText().substring(2), 16)
                    - Long.parseUnsignedLong(c.get("start").asText().substring(2), 16);
            assertEquals(0x4000, size, "one 16 KiB page: " + c);
        }

        // the verbose text report shows both (the default shows only what differs from the record), headed by
        // their class, within 80 columns
        List<String> text = new ArrayList<>(List.of("--all", "--verbose"));
        text.addAll(List.of(CONFIG));
        CliRun t = naive(text.toArray(String[]::new));
        assertEquals(0, t.code(), t.toString());
        assertTrue(t.out().contains("counterexample 2 of 2: pud, vmalloc"), t.out());
        assertTrue(t.out().contains("free below L when true"), t.out());
        for (String line : t.out().split("\n")) assertTrue(line.length() <= 80, line);
    }

    @Test
    void jsonIsTheSameAcrossRunsAndJobs() {
        List<String> two = new ArrayList<>(List.of("check", NAIVE, "--no-timing", "--jobs", "2", "--format", "json",
                "--all"));
        two.addAll(List.of(CONFIG));
        assertEquals(allJson().out(), CliRun.of(two.toArray(String[]::new)).out());
    }

    @Test
    void htmlDrawsEveryCounterexampleOfAll() throws Exception {
        int counterexamples = 0;
        for (JsonNode r : new ObjectMapper().readTree(allJson().out()).get("results")) {
            if (r.has("counterexamples")) counterexamples += r.get("counterexamples").size();
            else if (r.has("counterexample")) counterexamples++;
            if (r.has("witness")) counterexamples++; // an example's witness is drawn too
        }
        List<String> html = new ArrayList<>(List.of("--format", "html", "--all"));
        html.addAll(List.of(CONFIG));
        String page = naive(html.toArray(String[]::new)).out();
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        int svgs = doc.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength();
        assertTrue(counterexamples > 1, "the configuration has several classes: " + counterexamples);
        assertEquals(counterexamples, svgs, "one drawing per counterexample or witness (one freed table each)");
    }
}
