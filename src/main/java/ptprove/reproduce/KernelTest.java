package ptprove.reproduce;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ptprove.check.Program;
import ptprove.eval.EvalException;
import ptprove.eval.Evaluator;
import ptprove.ir.Config;
import ptprove.ir.Obligation;
import ptprove.result.Outcome;
import ptprove.result.Replay;
import ptprove.result.Verdict;
import ptprove.source.Span;
import ptprove.syntax.ast.Decl;

/**
 * A refuted arm64 vmemmap leaf theorem as a boot-time kernel test: the counterexample's units become device
 * ranges added with {@code memremap_pages()}, the removed one is taken away with {@code memunmap_pages()}, and
 * every struct page of the survivors is read back. The C is the template {@code kernel-test.c} beside this
 * class; this class only fills in what the counterexample fixes.
 *
 * <p>Where the units go. A unit's slice {@code [s, e)} stands for the pfns {@code (s - VMEMMAP_START) / S ...}
 * counted from {@code memstart_addr}'s pfn, i.e. the memory at {@code memstart_addr + ((s - VMEMMAP_START) / S
 * << PAGE_SHIFT)}. The test keeps the units' offsets from each other and from their leaves: it moves them all by
 * a multiple of a period {@code P} (a power of two, at least a section, such that {@code P}'s struct pages fill
 * whole leaves of the cleared level), to {@code memstart_addr + TEST_BASE + offset}, far above RAM. Because the
 * kernel's {@code memstart_addr} is section aligned and its vmemmap starts on a leaf boundary (both stated, and
 * the second proved, in the spec), every unit then shares leaves with the others exactly as in the
 * counterexample, whatever {@code memstart_addr} the running kernel has.
 */
public final class KernelTest {
    /** Where the template's device ranges start: above any RAM a QEMU {@code virt} machine is given. */
    static final long MIN_TEST_BASE = 64L << 30;
    /** The largest period accepted: beyond it the ranges would leave a 44-bit physical address space. */
    static final long MAX_PERIOD = 1L << 42;
    /** include/linux/mmzone.h: a sub-section is 2 MiB of memory on every architecture. */
    static final int SUBSECTION_SHIFT = 21;
    private static final String TEMPLATE = "kernel-test.c";
    private static final Pattern TOKEN = Pattern.compile("@[A-Z_]+@");

    private final Program program;

    public KernelTest(Program program) {
        this.program = program;
    }

    /**
     * @param theorem    the refuted theorem
     * @param outcome    its refuted outcome in one configuration
     * @param replay     the reference evaluator's replay of it (must confirm)
     * @param regenerate the command line that regenerates the file, for its header
     * @param tool       e.g. {@code ptprove 0.1.0}
     */
    public String cFile(Decl.Property theorem, Outcome outcome, Replay replay, String regenerate, String tool)
            throws CannotReproduce {
        Obligation o = outcome.obligation();
        if (outcome.verdict() != Verdict.REFUTED) throw new IllegalArgumentException("not refuted: " + o.id());
        if (replay.status() != Replay.Status.CONFIRMED) {
            throw new CannotReproduce(theorem.name().span(), "the reference evaluator did not confirm the"
                    + " counterexample (" + replay.status().word() + (replay.explanation().isEmpty() ? ""
                    : ": " + replay.explanation()) + "); there is nothing to reproduce");
        }
        List<String> vars = new ArrayList<>();
        Map<String, Long> varValues = new LinkedHashMap<>();
        for (Outcome.Value v : outcome.model()) {
            if (v.variable().origin() == Obligation.Origin.VAR) varValues.put(v.variable().label(), v.value());
        }
        LeafScenario.shape(program, theorem);
        Evaluator eval = new Evaluator(program, o.config(), varValues);
        KernelSizes sizes = KernelSizes.of(eval, o.config(), theorem.name().span());
        LeafScenario scenario = LeafScenario.of(program, eval, theorem, outcome, sizes.slices());
        Placement placement = Placement.of(scenario, sizes, theorem.name().span());
        Map<String, Long> model = new LinkedHashMap<>();
        for (Outcome.Value v : outcome.model()) {
            vars.add(v.variable().label() + " = " + hex(v.value()));
            model.put(v.variable().label(), v.value());
        }
        boolean shrunk = scenario.units().stream().anyMatch(u -> !Long.valueOf(u.start()).equals(
                model.get(u.startName())) || !Long.valueOf(u.end()).equals(model.get(u.endName())));
        String header = header(theorem, o, scenario, sizes, placement, vars, shrunk, regenerate, tool);
        return fill(template(), header, scenario, sizes, placement);
    }

    private static String fill(String template, String header, LeafScenario sc, KernelSizes sizes, Placement p) {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < sc.units().size(); i++) {
            units.append("\t{ \"").append(sc.units().get(i).name()).append("\", ").append(hex(p.offsets().get(i)))
                 .append("ULL, ").append(hex(p.sizes().get(i))).append("ULL },\n");
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put("@HEADER@", header);
        values.put("@PAGE_SHIFT@", Long.toString(sizes.pageShift()));
        values.put("@SIZEOF_STRUCT_PAGE@", Long.toString(sizes.structPage()));
        values.put("@SECTION_SIZE_BITS@", Long.toString(sizes.sectionSizeBits()));
        values.put("@TEST_BASE@", hex(p.testBase()));
        values.put("@UNITS@", units.toString().stripTrailing());
        values.put("@REMOVE@", Integer.toString(sc.removed()));
        values.put("@WITNESS_UNIT@", Integer.toString(sc.survivor()));
        values.put("@WITNESS_PFN@", Long.toString(p.witnessPfn()));
        values.put("@EXPECT@", "unsafe");
        Matcher m = TOKEN.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v = values.get(m.group());
            if (v == null) throw new IllegalStateException("kernel-test.c: unknown token " + m.group());
            m.appendReplacement(out, Matcher.quoteReplacement(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String header(Decl.Property theorem, Obligation o, LeafScenario sc, KernelSizes sizes,
                                 Placement p, List<String> vars, boolean shrunk, String regenerate,
                                 String tool) {
        Span s = theorem.name().span();
        List<String> lines = new ArrayList<>();
        lines.add("Generated by " + tool + " from a refuted theorem; regenerate, do not edit:");
        lines.add("  " + regenerate);
        lines.add("");
        lines.add("Spec:          " + s.file().displayPath() + ", theorem " + theorem.name().text() + " (line "
                + s.line() + ")");
        lines.add("Configuration: " + (o.config().toString().isEmpty() ? "(the only one)" : o.config()));
        lines.add("Counterexample (the solver's model, confirmed by ptprove's reference evaluator):");
        for (String v : vars) lines.add("  " + v);
        if (shrunk) {
            lines.add("The units below are smaller: one sub-section each where the reference evaluator confirms"
                    + " that they");
            lines.add("still refute the theorem (the same leaf cleared under a live struct page).");
        }
        lines.add("");
        lines.add("The model: removing " + sc.units().get(sc.removed()).name() + " clears the " + sc.level()
                + " leaf (" + hex(sc.leafSize()) + " bytes of vmemmap) that maps " + hex(sc.address()) + ",");
        lines.add("a struct page of " + sc.units().get(sc.survivor()).name() + ", which stays: expect a fault"
                + " reading it (unsafe).");
        lines.add("");
        lines.add("Units (vmemmap slice -> device memory at memstart_addr + TEST_BASE + offset; TEST_BASE = "
                + hex(p.testBase()) + ",");
        lines.add("a multiple of the period " + hex(p.period()) + " whose struct pages fill whole "
                + sc.level() + " leaves):");
        for (int i = 0; i < sc.units().size(); i++) {
            LeafScenario.Unit u = sc.units().get(i);
            String role = i == sc.removed() ? "removed" : i == sc.survivor() ? "survivor"
                    : "stays";
            lines.add(String.format("  %d %-8s [%s, %s) -> offset %s, %s bytes (%s)", i, u.name(),
                    hex(u.start()), hex(u.end()), hex(p.offsets().get(i)), hex(p.sizes().get(i)), role));
        }
        lines.add("Witness: pfn " + p.witnessPfn() + " of unit " + sc.survivor() + " (PAGE_SHIFT "
                + sizes.pageShift() + ", sizeof(struct page) " + sizes.structPage() + ", SECTION_SIZE_BITS "
                + sizes.sectionSizeBits() + ")");
        StringBuilder sb = new StringBuilder();
        for (String l : lines) sb.append((" * " + l.replace("*/", "* /")).stripTrailing()).append('\n');
        return sb.toString().stripTrailing();
    }

    private static String template() {
        try (InputStream in = KernelTest.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) throw new IllegalStateException("resource " + TEMPLATE + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read resource " + TEMPLATE, e);
        }
    }

    static String hex(long v) {
        return "0x" + Long.toUnsignedString(v, 16);
    }

    /** The kernel's sizes, from the spec's lets of the kernel's names. */
    record KernelSizes(long pageShift, long structPage, long sectionSizeBits, long vmemmapStart) {
        long pagesPerSubsection() { return 1L << (SUBSECTION_SHIFT - pageShift); }

        /** How the spec's vmemmap slices count struct pages, for shrinking units. */
        LeafScenario.Slices slices() {
            return new LeafScenario.Slices(vmemmapStart, structPage, pagesPerSubsection() * structPage);
        }

        static KernelSizes of(Evaluator eval, Config config, Span at) throws CannotReproduce {
            return new KernelSizes(value(eval, config, "PAGE_SHIFT", at),
                    value(eval, config, "SIZEOF_STRUCT_PAGE", at), value(eval, config, "SECTION_SIZE_BITS", at),
                    value(eval, config, "VMEMMAP_START", at));
        }

        /** A param's value in this configuration, or a let's. */
        private static long value(Evaluator eval, Config config, String name, Span at) throws CannotReproduce {
            Long param = config.get(name);
            if (param != null) return param;
            Object v;
            try {
                v = eval.let(name);
            } catch (IllegalArgumentException e) {
                throw new CannotReproduce(at, "--kernel-test reads the kernel's sizes from params or lets named PAGE_SHIFT,"
                        + " SIZEOF_STRUCT_PAGE, SECTION_SIZE_BITS and VMEMMAP_START; this spec has no '" + name + "'");
            } catch (EvalException e) {
                throw new CannotReproduce(at, e.getMessage());
            }
            if (!(v instanceof Long l)) {
                throw new CannotReproduce(at, "'" + name + "' must be a number for --kernel-test");
            }
            return l;
        }
    }

    /** Where each unit goes, relative to {@code memstart_addr + TEST_BASE}, and how large it is in bytes. */
    record Placement(long period, long testBase, List<Long> offsets, List<Long> sizes, long witnessPfn) {
        static Placement of(LeafScenario sc, KernelSizes k, Span at) throws CannotReproduce {
            long s = k.structPage();
            long subsection = k.pagesPerSubsection();
            List<Long> pfns = new ArrayList<>(), counts = new ArrayList<>();
            for (LeafScenario.Unit u : sc.units()) {
                long off = u.start() - k.vmemmapStart(), len = u.end() - u.start();
                if (Long.remainderUnsigned(off, s) != 0 || Long.remainderUnsigned(len, s) != 0) {
                    throw new CannotReproduce(at, "unit " + u.name() + " = [" + hex(u.start()) + ", "
                            + hex(u.end()) + ") is not a whole number of struct pages from VMEMMAP_START");
                }
                long pfn = Long.divideUnsigned(off, s), n = Long.divideUnsigned(len, s);
                if (pfn % subsection != 0 || n % subsection != 0) {
                    throw new CannotReproduce(at, "unit " + u.name() + " is not sub-section aligned (pfn offset "
                            + pfn + ", " + n + " pages): memremap_pages() takes 2 MiB-aligned ranges");
                }
                pfns.add(pfn);
                counts.add(n);
            }
            long leaf = Math.max(sc.leafSize(), 1L << k.pageShift());
            long period = 1L << k.sectionSizeBits();
            while (((period >>> k.pageShift()) * s) % leaf != 0) {
                period <<= 1;
                if (period > MAX_PERIOD) {
                    throw new CannotReproduce(at, "no period up to " + hex(MAX_PERIOD) + " keeps the units' "
                            + sc.level() + " leaves: the ranges would not fit a physical address space");
                }
            }
            long lowest = pfns.stream().map(p -> p << k.pageShift()).min(Long::compareUnsigned).orElseThrow();
            long origin = lowest & -period;
            List<Long> offsets = new ArrayList<>(), sizes = new ArrayList<>();
            for (int i = 0; i < pfns.size(); i++) {
                offsets.add((pfns.get(i) << k.pageShift()) - origin);
                sizes.add(counts.get(i) << k.pageShift());
            }
            long testBase = (MIN_TEST_BASE + period - 1) & -period;
            long witnessPfn = (sc.address() - sc.units().get(sc.survivor()).start()) / s;
            return new Placement(period, testBase, offsets, sizes, witnessPfn);
        }
    }
}
