package ptprove.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ptprove.check.Program;
import ptprove.elaborate.Configurations;
import ptprove.elaborate.Elaborator;
import ptprove.ir.Obligation;
import ptprove.lower.SmtLib;
import ptprove.pipeline.SpecFinder;
import ptprove.pipeline.SpecInput;
import ptprove.replay.Replayer;
import ptprove.result.Outcome;
import ptprove.result.Verdict;
import ptprove.solve.Budget;
import ptprove.solve.SolverSession;
import ptprove.source.Diagnostics;

/**
 * Benchmark aid, not a test: where a check's CPU time goes, per spec and per theorem family (a property of a spec,
 * over all its configurations), on one thread, as thread CPU time (so numbers stay comparable on a loaded
 * machine). Phases: front end (read, parse, check), elaboration (every configuration), query text and its hash
 * (what the per-query cache computes to look an answer up), solving (each distinct query once, as a run does), and
 * replay of every counterexample and witness by the reference evaluator. Each spec is compiled twice; the first
 * pass is what a fresh JVM pays (class loading and JIT included), the second shows the steady state.
 * Usage: {@code java -cp ... ptprove.bench.Profile [--no-solve] [PATHS]} (default: specs).
 */
public final class Profile {
    private static final ThreadMXBean MX = ManagementFactory.getThreadMXBean();

    private Profile() {}

    /** CPU milliseconds of each phase for one spec or family. */
    private static final class Row {
        double front, frontWarm, elaborate, elaborateWarm, key, solve, replay;
        int obligations, distinct;

        void add(Row r) {
            front += r.front; frontWarm += r.frontWarm; elaborate += r.elaborate; elaborateWarm += r.elaborateWarm;
            key += r.key; solve += r.solve; replay += r.replay; obligations += r.obligations; distinct += r.distinct;
        }
    }

    public static void main(String[] args) throws Exception {
        boolean solve = true;
        List<String> paths = new ArrayList<>();
        java.io.PrintStream queries = null; // --queries FILE: one line per distinct query (ms, verdict, obligation)
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--no-solve")) solve = false;
            else if (args[i].equals("--queries")) queries = new java.io.PrintStream(args[++i], StandardCharsets.UTF_8);
            else paths.add(args[i]);
        }
        if (paths.isEmpty()) paths.add("specs");
        Map<String, Row> specs = new LinkedHashMap<>();
        Map<String, Row> families = new LinkedHashMap<>();
        Map<String, Outcome> solved = new HashMap<>(); // by query hash: a run solves each distinct query once
        try (SolverSession session = solve ? new SolverSession() : null) {
            for (SpecInput in : SpecFinder.find(paths, null)) {
                Row spec = new Row();
                specs.put(in.display(), spec);
                Program program = null;
                List<Obligation> obligations = null;
                for (int pass = 0; pass < 2; pass++) {
                    long t0 = cpu();
                    program = ptprove.pipeline.Compiler.check(in.file(), in.display(), in.root(), new Diagnostics());
                    long t1 = cpu();
                    obligations = Elaborator.obligations(program, in.display(), Configurations.Selection.ALL,
                            new Diagnostics());
                    long t2 = cpu();
                    if (pass == 0) { spec.front = ms(t1 - t0); spec.elaborate = ms(t2 - t1); }
                    else { spec.frontWarm = ms(t1 - t0); spec.elaborateWarm = ms(t2 - t1); }
                }
                Replayer replayer = new Replayer(program);
                for (Obligation o : obligations) {
                    Row fam = families.computeIfAbsent(in.display() + " " + o.name(), k -> new Row());
                    fam.obligations++;
                    spec.obligations++;
                    long t0 = cpu();
                    String hash = sha256(SmtLib.query(o) + o.kind() + o.variables());
                    long t1 = cpu();
                    fam.key += ms(t1 - t0);
                    if (!solve) continue;
                    Outcome out = solved.get(hash);
                    if (out == null) {
                        out = session.solve(o, Budget.NONE);
                        solved.put(hash, out);
                        fam.distinct++;
                        double took = ms(cpu() - t1);
                        fam.solve += took;
                        if (queries != null) {
                            queries.printf("%.1f\t%s\t%s %s %s%n", took, out.verdict(), in.display(), o.name(),
                                    o.config());
                        }
                    }
                    if (out.verdict() == Verdict.REFUTED || out.verdict() == Verdict.WITNESSED) {
                        long t2 = cpu();
                        replayer.replay(new Outcome(o, out.verdict(), 0, out.fingerprint(), remap(out, o), null));
                        fam.replay += ms(cpu() - t2);
                    }
                }
                for (Map.Entry<String, Row> f : families.entrySet()) {
                    if (f.getKey().startsWith(in.display() + " ")) {
                        spec.key += f.getValue().key; spec.solve += f.getValue().solve;
                        spec.replay += f.getValue().replay; spec.distinct += f.getValue().distinct;
                    }
                }
            }
        }
        if (queries != null) queries.close();
        print(specs, families, solve);
    }

    /** The model of an identical query, on this obligation's variables (the same names in the same order). */
    private static List<Outcome.Value> remap(Outcome out, Obligation o) {
        List<Outcome.Value> values = new ArrayList<>();
        for (int i = 0; i < out.model().size(); i++) {
            values.add(new Outcome.Value(o.variables().get(i), out.model().get(i).value()));
        }
        return values;
    }

    private static void print(Map<String, Row> specs, Map<String, Row> families, boolean solve) {
        Row total = new Row();
        System.out.println("per spec (CPU ms; front/elab: first pass in a fresh JVM, then warm):");
        System.out.printf("%-34s %6s %6s %8s %8s %7s %8s %7s%n", "spec", "oblig", "dist", "front", "elab", "key",
                "solve", "replay");
        for (Map.Entry<String, Row> e : specs.entrySet()) {
            Row r = e.getValue();
            total.add(r);
            System.out.printf("%-34s %6d %6d %4.0f/%-3.0f %4.0f/%-3.0f %7.0f %8.0f %7.0f%n", e.getKey(), r.obligations,
                    r.distinct, r.front, r.frontWarm, r.elaborate, r.elaborateWarm, r.key, r.solve, r.replay);
        }
        System.out.printf("%-34s %6d %6d %4.0f/%-3.0f %4.0f/%-3.0f %7.0f %8.0f %7.0f%n", "total", total.obligations,
                total.distinct, total.front, total.frontWarm, total.elaborate, total.elaborateWarm, total.key,
                total.solve, total.replay);
        if (!solve) return;
        System.out.println();
        System.out.println("theorem families by solve CPU (each distinct query once):");
        families.entrySet().stream().sorted((a, b) -> Double.compare(b.getValue().solve, a.getValue().solve))
                .limit(25).forEach(e -> System.out.printf("%8.0f ms solve %6.0f ms key %6.0f ms replay %4d oblig"
                        + " %4d dist  %s%n", e.getValue().solve, e.getValue().key, e.getValue().replay,
                        e.getValue().obligations, e.getValue().distinct, e.getKey()));
    }

    private static long cpu() { return MX.getCurrentThreadCpuTime(); }

    private static double ms(long nanos) { return nanos / 1e6; }

    private static String sha256(String text) throws Exception {
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        return HexFormat.of().formatHex(md.digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
