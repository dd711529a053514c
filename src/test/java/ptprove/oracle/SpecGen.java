package ptprove.oracle;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Random small specs for the oracle ({@link SolverVsExhaustiveProperties}). Everything is generated as small
 * records (so jqwik can shrink a failing case part by part) and rendered to {@code .ptl} text at the end.
 *
 * <p>Sizes are chosen so that {@link ptprove.eval.Exhaustive} enumerates every assignment quickly: address
 * widths 8 to 12; two bound variables whose domains hold at most 2^14 pairs (2^16, i.e. every (start, end)
 * pair, in a third of the 8-bit walk cases), three only at 8 bits with one of them in a small range; {@code var}s
 * only at 8 bits.
 */
final class SpecGen {
    private SpecGen() {}

    static String hex(long v) { return "0x" + Long.toHexString(v); }

    // =============================================================== geometry

    /**
     * @param shifts decreasing, top first, leaf last
     * @param folds  per middle level: 0 always present, 1 {@code if F}, 2 {@code if !F}
     * @param vaDrop va_bits is {@code w - vaDrop}, but always above the top shift
     */
    record Geo(int w, List<Integer> shifts, List<Integer> folds, int vaDrop) {
        int n() { return shifts.size(); }
        long mask() { return (1L << w) - 1; }
        int vaBits() { return Math.max(shifts.get(0) + 1, w - vaDrop); }
        boolean usesF() { return folds.stream().anyMatch(f -> f != 0); }
        long span(int level) { return 1L << shifts.get(Math.floorMod(level, n())); }
        String level(int i) { return "l" + Math.floorMod(i, n()); }
        /** A level with a table below it (never the leaf). */
        String nonLeaf(int i) { return "l" + Math.floorMod(i, n() - 1); }

        String render() {
            StringBuilder sb = new StringBuilder("pagetable t {\n  va_bits ").append(vaBits()).append(";\n");
            for (int i = 0; i < n(); i++) {
                sb.append("  level l").append(i).append(" shift ").append(shifts.get(i));
                int f = i == 0 || i == n() - 1 ? 0 : folds.get(i - 1);
                if (f == 1) sb.append(" if F");
                if (f == 2) sb.append(" if !F");
                sb.append(";\n");
            }
            return sb.append("}\n").toString();
        }
    }

    /** Widths 8 to 12, 8 in two cases of five: there every address, and every (start, end) pair, can be tried. */
    static Arbitrary<Geo> geo() {
        return Arbitraries.frequency(Tuple.of(4, 8), Tuple.of(2, 9), Tuple.of(1, 10), Tuple.of(2, 11), Tuple.of(1, 12))
                .flatMap(SpecGen::geo);
    }

    /** 2 to 4 levels with distinct shifts below {@code w}, middle levels folded on F or !F, va_bits w or w - 1. */
    static Arbitrary<Geo> geo(int w) {
        return Arbitraries.integers().between(2, 4).flatMap(n -> Combinators.combine(
                        Arbitraries.integers().between(1, w - 1).set().ofSize(n),
                        Arbitraries.integers().between(0, 2).list().ofSize(Math.max(0, n - 2)),
                        Arbitraries.integers().between(0, 1))
                .as((set, folds, drop) -> {
                    List<Integer> shifts = new ArrayList<>(set);
                    shifts.sort((a, b) -> b - a);
                    return new Geo(w, shifts, folds, drop);
                }));
    }

    // =============================================================== addresses

    /**
     * An address near something interesting: an entry boundary of some level ({@code k << shift}), plus or minus
     * one byte or one leaf page; or anywhere.
     */
    record Addr(int level, long k, int offset, long raw) {
        long value(Geo g) {
            if (offset == 5) return raw & g.mask();
            int s = g.shifts().get(Math.floorMod(level, g.n()));
            long base = (k << s) & g.mask();
            long leaf = g.span(g.n() - 1);
            long off = switch (offset) {
                case 1 -> 1;
                case 2 -> -1;
                case 3 -> leaf;
                case 4 -> -leaf;
                default -> 0;
            };
            return (base + off) & g.mask();
        }
    }

    static Arbitrary<Addr> addr() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.longs().between(0, 4096),
                        Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(1, 1), Tuple.of(1, 2), Tuple.of(1, 3),
                                Tuple.of(1, 4), Tuple.of(2, 5)),
                        Arbitraries.longs().between(0, 4095))
                .as(Addr::new);
    }

    // =============================================================== layout

    /**
     * A region: starting at an address, or right after the previous region ({@code adjacent}); its length an
     * entry or page span, a small number of bytes, or up to the top ({@code end == 0}).
     *
     * @param lenKind 0 span of level {@code lenLevel} times {@code lenMul}, 1 {@code lenMul} leaf pages, 2 to the
     *                top (end 0), 3 empty, 4 {@code lenMul} bytes
     * @param perm    0 not permanent, 1 permanent, 2 {@code permanent if F}, 3 {@code permanent if !F}
     */
    record Reg(Addr start, boolean adjacent, int lenKind, int lenLevel, int lenMul, int perm) {}

    record Layout(List<Reg> regs) {
        int count() { return regs.size(); }

        /** Concrete bounds {start, end}; a region that would pass the top ends at 0 (the top) instead. */
        List<long[]> bounds(Geo g) {
            List<long[]> out = new ArrayList<>();
            long prevEnd = -1;
            for (Reg r : regs) {
                long s = r.adjacent() && prevEnd > 0 ? prevEnd : r.start().value(g);
                long len = switch (r.lenKind()) {
                    case 0 -> g.span(r.lenLevel()) * r.lenMul();
                    case 1 -> g.span(g.n() - 1) * r.lenMul();
                    case 2 -> (1L << g.w()) - s;
                    case 3 -> 0;
                    default -> r.lenMul();
                };
                long e = s + len >= (1L << g.w()) ? 0 : s + len;
                out.add(new long[] {s, e});
                prevEnd = e;
            }
            return out;
        }

        boolean usesF() {
            return regs.stream().anyMatch(r -> r.perm() >= 2 && (r.lenKind() == 1 || r.lenKind() == 4 || r.lenKind() == 3));
        }

        String render(Geo g) {
            StringBuilder sb = new StringBuilder();
            List<long[]> b = bounds(g);
            for (int i = 0; i < regs.size(); i++) {
                sb.append("region r").append(i).append(" = [").append(hex(b.get(i)[0])).append(", ")
                        .append(hex(b.get(i)[1])).append(')');
                // only small regions are permanent (boot memory's struct pages): a large one keeps every table
                int kind = regs.get(i).lenKind();
                switch (kind == 1 || kind == 4 || kind == 3 ? regs.get(i).perm() : 0) {
                    case 1 -> sb.append(" permanent");
                    case 2 -> sb.append(" permanent if F");
                    case 3 -> sb.append(" permanent if !F");
                    default -> { }
                }
                sb.append(";\n");
            }
            return sb.toString();
        }
    }

    static Arbitrary<Layout> layout() {
        Arbitrary<Reg> reg = Combinators.combine(addr(), Arbitraries.of(false, false, true),
                Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(1, 3), Tuple.of(2, 4)),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(1, 3),
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(3, 1), Tuple.of(1, 2), Tuple.of(1, 3)))
                .as(Reg::new);
        return reg.list().ofMinSize(2).ofMaxSize(3).map(Layout::new);
    }

    // =============================================================== teardowns

    static final int GUARDS = 17;

    /** The guard of a free clause, for level expression {@code x} (the level variable or a level's name). */
    static String guard(int kind, String x, Geo g) {
        String half = hex(1L << (g.w() - 1));
        return switch (kind) {
            case 0 -> "true";
            case 1 -> "pgtable_range_aligned(walk.start, walk.end, floor, ceiling, mask(" + x + "))";
            case 2 -> "pra_end_le(walk.start, walk.end, floor, ceiling, mask(" + x + "))";
            case 3 -> "pra_floor_gt(walk.start, walk.end, floor, ceiling, mask(" + x + "))";
            case 4 -> "pra_no_zero_check(walk.start, walk.end, floor, ceiling, mask(" + x + "))";
            case 5 -> "(walk.start & mask(" + x + ")) - floor < " + half + " && ceiling - walk.end < " + half;
            case 6 -> "walk.end <= ceiling && (walk.start & mask(" + x + ")) >= floor";
            case 7 -> "(walk.start & mask(" + x + ")) > floor && walk.end - 1 <= ceiling - 1";
            case 8 -> "aligned(walk.start, span(" + x + ")) && aligned(walk.end, span(" + x + "))";
            case 9 -> "walk.end - walk.start >= span(" + x + ")";
            case 10 -> "index(" + x + ", walk.start) != 0 || walk.end == 0";
            case 11 -> "walk.start < walk.end";
            case 12 -> "false";
            // the level built-ins every semantics must agree on: shift, same_table_below, is_leaf, present, BIT
            case 14 -> "(walk.end - walk.start) >> shift(" + x + ") != 0";
            case 15 -> "same_table_below(" + x + ", walk.start, walk.end - 1)";
            case 16 -> "!is_leaf(" + x + ") && present(" + x + ") && aligned(walk.start, BIT(shift(" + x + ")))";
            default -> "(walk.start & mask(" + x + ")) == ((walk.end - 1) & mask(" + x + "))";
        };
    }

    /** The transcribed kernel function and deliberately wrong variants of it, referenced by guards 1-4. */
    static final String GUARD_FNS = """
            // arch/arm64/mm/mmu.c, transcribed
            fn pgtable_range_aligned(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) {
                ceiling &= mask;
                if (!ceiling) return false;
              }
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            // off by one at the top: 'end > ceiling' is wrong for ceiling == 0 and for end == 0
            fn pra_end_le(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) {
                ceiling &= mask;
                if (!ceiling) return false;
              }
              if (end > ceiling) return false;
              return true;
            }
            // off by one at the floor
            fn pra_floor_gt(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start <= floor) return false;
              if (ceiling) {
                ceiling &= mask;
                if (!ceiling) return false;
              }
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            // forgets that a ceiling rounded down to 0 means nothing may be freed
            fn pra_no_zero_check(start, end, floor, ceiling, mask): bool {
              start &= mask;
              if (start < floor) return false;
              if (ceiling) ceiling &= mask;
              if (end - 1 > ceiling - 1) return false;
              return true;
            }
            """;

    /**
     * @param generic  guard of {@code free below L}, or -1 for none
     * @param specific the non-leaf level of a clause of its own, or -1 for none
     * @param loop     0 none (the default), 1 {@code do while (addr != end)}, 2 {@code do while (addr < end)},
     *                 3 {@code for (addr < end)}
     */
    record Td(int generic, int specific, int specificGuard, int loop) {
        String render(String name, Geo g) {
            StringBuilder sb = new StringBuilder("teardown ").append(name).append("(floor, ceiling) on t {\n");
            if (specific >= 0) {
                String lv = g.nonLeaf(specific);
                sb.append("  free below ").append(lv).append(" when ").append(guard(specificGuard, lv, g)).append(";\n");
            }
            if (generic >= 0 || specific < 0) {
                sb.append("  free below L when ").append(guard(Math.max(0, generic), "L", g)).append(";\n");
            }
            switch (loop) {
                case 1 -> sb.append("  loop do while (addr != end);\n");
                case 2 -> sb.append("  loop do while (addr < end);\n");
                case 3 -> sb.append("  loop for (addr < end);\n");
                default -> { }
            }
            return sb.append("}\n").toString();
        }
    }

    static Arbitrary<Td> teardown() {
        Arbitrary<Integer> guard = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(4, 1), Tuple.of(2, 2), Tuple.of(2, 3),
                Tuple.of(2, 4), Tuple.of(1, 5), Tuple.of(2, 6), Tuple.of(2, 7), Tuple.of(1, 8), Tuple.of(1, 9),
                Tuple.of(1, 10), Tuple.of(1, 11), Tuple.of(1, 12), Tuple.of(1, 13), Tuple.of(1, 14), Tuple.of(1, 15),
                Tuple.of(1, 16));
        return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(-1)), Tuple.of(5, guard)),
                        Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(-1)), Tuple.of(1, Arbitraries.integers().between(0, 2))),
                        guard, Arbitraries.integers().between(0, 3))
                .as(Td::new);
    }

    /** A teardown argument or a walk bound: a region's start or end, 0, or an address. */
    record Arg(int kind, int region, Addr addr) {
        long value(Geo g, Layout l) {
            return switch (kind) {
                case 0 -> l.bounds(g).get(Math.floorMod(region, l.count()))[0];
                case 1 -> l.bounds(g).get(Math.floorMod(region, l.count()))[1];
                case 2 -> 0;
                default -> addr.value(g);
            };
        }

        String render(Geo g, Layout l) {
            return switch (kind) {
                case 0 -> "r" + Math.floorMod(region, l.count()) + ".start";
                case 1 -> "r" + Math.floorMod(region, l.count()) + ".end";
                case 2 -> "0";
                default -> hex(addr.value(g));
            };
        }
    }

    static Arbitrary<Arg> arg() {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(2, 3)),
                Arbitraries.integers().between(0, 2), addr()).as(Arg::new);
    }

    // =============================================================== bound variables

    /**
     * A binder's domain: {@code [lo, lo + 2^exp)} (wrapping past the top when it must), or no domain at all
     * (every value) when {@code exp} reaches the width. {@code lo} is taken from a region's start or end
     * ({@code anchor} 0 or 1) or an interesting address (2), and the range is centred on it half the time, so
     * that region and entry boundaries fall inside.
     */
    record Dom(int exp, int anchor, int region, Addr lo, int centre) {
        /** With the size exponent after the cost rule (see {@link #budget}). */
        String render(Geo g, Layout l, int e) { return render(g, l, e, null); }

        /** With {@code at} (if not null) as the anchor instead of the region bound or address. */
        String render(Geo g, Layout l, int e, Long at) {
            if (e >= g.w()) return "";
            long from = from(g, l, e, at);
            return " in [" + hex(from) + ", " + hex((from + (1L << e)) & g.mask()) + ")";
        }

        long from(Geo g, Layout l, int e, Long at) {
            if (e >= g.w()) return 0;
            long size = 1L << e;
            long anchorValue = at != null ? at : anchor == 2 || l == null ? lo.value(g)
                    : l.bounds(g).get(Math.floorMod(region, l.count()))[anchor];
            return (anchorValue - (centre == 1 ? size / 2 : 0)) & g.mask();
        }
    }

    static Arbitrary<Dom> dom() {
        return Combinators.combine(Arbitraries.frequency(Tuple.of(1, 3), Tuple.of(2, 4), Tuple.of(3, 5), Tuple.of(3, 6),
                        Tuple.of(2, 7), Tuple.of(3, 8)), Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(2, 1), Tuple.of(1, 2)),
                        Arbitraries.integers().between(0, 2), addr(), Arbitraries.integers().between(0, 1))
                .as(Dom::new);
    }

    /**
     * Size exponents for two binders: the sum stays at most 14 (16 384 assignments) unless {@code big}, which at 8
     * bits lets both run over every value (all 65 536 pairs).
     */
    static int[] budget(Geo g, Dom a, Dom b, boolean big) {
        int ea = Math.min(a.exp(), g.w()), eb = Math.min(b.exp(), g.w());
        if (big && g.w() == 8) return new int[] {8, 8};
        if (ea + eb > 14) eb = Math.max(3, 14 - ea);
        if (ea + eb > 14) ea = 14 - eb;
        return new int[] {ea, eb};
    }

    // =============================================================== where-clauses over (start, end)

    /** One conjunct of a where-clause over a range's two bounds. */
    record RangeAtom(int kind, int level, int region, Addr addr) {
        String render(String s, String e, Geo g, Layout l) {
            String r = "r" + Math.floorMod(region, l.count());
            return switch (kind) {
                case 0 -> s + " < " + e;
                case 1 -> s + " <= " + e;
                case 2 -> "(" + e + " == 0 || " + s + " < " + e + ")";
                case 3 -> s + " >= " + e;
                case 4 -> e + " != 0";
                case 5 -> "aligned(" + s + ", span(" + g.level(level) + "))";
                case 6 -> "aligned(" + e + ", span(" + g.level(level) + "))";
                case 7 -> s + " in " + r;
                case 8 -> e + " - 1 in " + r;
                case 9 -> r + ".start <= " + s;
                case 10 -> e + " <= " + r + ".end";
                case 11 -> e + " - " + s + " <= " + hex(g.span(level));
                case 12 -> e + " == 0";
                default -> s + " != " + hex(addr.value(g));
            };
        }
    }

    static Arbitrary<List<RangeAtom>> rangeWhere() {
        Arbitrary<RangeAtom> atom = Combinators.combine(
                Arbitraries.frequency(Tuple.of(6, 0), Tuple.of(2, 1), Tuple.of(3, 2), Tuple.of(1, 3), Tuple.of(1, 4),
                        Tuple.of(2, 5), Tuple.of(2, 6), Tuple.of(2, 7), Tuple.of(2, 8), Tuple.of(1, 9), Tuple.of(1, 10),
                        Tuple.of(1, 11), Tuple.of(1, 12), Tuple.of(1, 13)),
                Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 2), addr()).as(RangeAtom::new);
        return atom.list().ofMaxSize(3);
    }

    static String where(List<String> atoms) {
        return atoms.isEmpty() ? "" : " where " + String.join(" && ", atoms);
    }

    // =============================================================== specs

    /** The header every walk spec shares: width, the F param if used, geometry, layout, guard fns, teardowns. */
    static String header(Geo g, Layout l, List<Td> tds, boolean needF) {
        StringBuilder sb = new StringBuilder("address_bits ").append(g.w()).append(";\n");
        if (needF || g.usesF() || l.usesF()) sb.append("param F in {false, true};\n");
        sb.append(g.render()).append(l.render(g));
        StringBuilder teardowns = new StringBuilder();
        for (int i = 0; i < tds.size(); i++) teardowns.append(tds.get(i).render("T" + i, g));
        // only the guard fns the teardowns call, so a failing case prints no more than it needs
        for (String fn : GUARD_FNS.split("(?=// )")) {
            String name = fn.substring(fn.indexOf("fn ") + 3, fn.indexOf('('));
            if (teardowns.indexOf(name + "(") >= 0) sb.append(fn);
        }
        return sb.append(teardowns).toString();
    }

    /** {@code T0(floor, ceiling)}. */
    static String apply(int td, Arg floor, Arg ceiling, Geo g, Layout l) {
        return "T" + td + "(" + floor.render(g, l) + ", " + ceiling.render(g, l) + ")";
    }

    /** A property's optional {@code if}: 0 none, 1 {@code if F}, 2 {@code if !F}. */
    static String cond(int c) {
        return switch (c) {
            case 1 -> " if F";
            case 2 -> " if !F";
            default -> "";
        };
    }

    static Arbitrary<Integer> condition() {
        return Arbitraries.frequency(Tuple.of(8, 0), Tuple.of(1, 1), Tuple.of(1, 2));
    }

    // --------------------------------------------------------------- 1. walk theorems and examples

    /**
     * {@code theorem p: forall start, end where ...: !T(..).over(start, end).frees_table_of(r)} and its kin:
     * {@code frees_any} instead of {@code frees_table_of}, or an example (positive member, exists).
     */
    record WalkProp(Geo geo, Layout layout, List<Td> tds, boolean example, boolean freesAny, int td, Arg floor,
                    Arg ceiling, int region, Dom ds, Dom dom, boolean big, List<RangeAtom> where, int cond) {
        /** Every (start, end) pair is enumerated (8 bits, no domains). */
        boolean everyPair() {
            int[] e = budget(geo, ds, dom, big);
            return e[0] >= geo.w() && e[1] >= geo.w();
        }

        String text() {
            Geo g = geo;
            // end's range mostly sits at the same region as start's (its end), so start < end can hold
            Dom de = dom.anchor() != 2 && ds.anchor() != 2 && dom.region() % 3 != 2
                    ? new Dom(dom.exp(), 1, ds.region(), dom.lo(), dom.centre()) : dom;
            int[] e = budget(g, ds, de, big);
            // conditions on start (end) mostly name the region start's (end's) range is anchored at
            List<String> atoms = where.stream().map(a -> {
                Dom d = a.kind() == 7 || a.kind() == 9 ? ds : a.kind() == 8 || a.kind() == 10 ? de : null;
                RangeAtom b = d == null || d.anchor() == 2 || a.addr().offset() == 5 ? a
                        : new RangeAtom(a.kind(), a.level(), d.region(), a.addr());
                return b.render("start", "end", g, layout);
            }).toList();
            String member = freesAny ? "frees_any" : "frees_table_of(r" + Math.floorMod(region, layout.count()) + ")";
            String walk = apply(td, floor, ceiling, g, layout) + ".over(start, end)." + member;
            return header(g, layout, tds, cond != 0) + (example ? "example" : "theorem") + " p" + SpecGen.cond(cond) + ":\n  "
                    + (example ? "exists" : "forall") + " start" + ds.render(g, layout, e[0]) + ", end" + de.render(g, layout, e[1])
                    + SpecGen.where(atoms) + ":\n  " + (example ? "" : "!") + walk + ";\n";
        }
    }

    static Arbitrary<WalkProp> walkProps(boolean example) {
        return geo().flatMap(g -> Combinators.combine(
                Combinators.combine(layout(), teardown().list().ofMinSize(1).ofMaxSize(2),
                        Arbitraries.of(false, false, true), Arbitraries.integers().between(0, 1), arg(), arg(),
                        Arbitraries.integers().between(0, 2)).as((l, tds, any, td, f, c, r) ->
                        new Object[] {l, tds, any, td, f, c, r}),
                dom(), dom(), Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true)), rangeWhere(), condition())
                .as((h, ds, de, big, wh, cond) -> {
                    @SuppressWarnings("unchecked") List<Td> tds = (List<Td>) h[1];
                    return new WalkProp(g, (Layout) h[0], tds, example, (Boolean) h[2],
                            Math.floorMod((Integer) h[3], tds.size()), (Arg) h[4], (Arg) h[5], (Integer) h[6], ds, de,
                            big, wh, cond);
                }));
    }

    // --------------------------------------------------------------- 2. may_free

    /**
     * Pointwise questions: {@code !T(..).over(S, E).may_free(L, a)}, the same under {@code forall L in t},
     * an implication from {@code may_free} to a consequence (another teardown's {@code may_free}, a region, the
     * entry lying in the range), or an example of a freed entry with a property.
     *
     * @param form 0 {@code !may_free(lK, a)}, 1 {@code forall L in t: !may_free(L, a)}, 2 implication,
     *             3 example
     * @param startMode 0 S is the binder s (with domain ds), 1 S is the argument {@code sArg}
     * @param endMode   0 {@code s + span}, 1 the argument {@code eArg}, 2 {@code 0} (the top)
     */
    record MayFreeProp(Geo geo, Layout layout, List<Td> tds, int form, int td, Arg floor, Arg ceiling, int level,
                       Dom da, Dom ds, int startMode, Arg sArg, int endMode, int endLevel, Arg eArg, int consequent,
                       int region, List<Integer> aAtoms, int cond, String member) {
        String text() {
            Geo g = geo;
            boolean sBinder = startMode == 0;
            int[] e = budget(g, da, ds, false);
            if (!sBinder) e[0] = Math.min(da.exp(), g.w()); // one binder: up to every value (4 096 at 12 bits)
            String s = sBinder ? "s" : sArg.render(g, layout);
            String end = switch (endMode) {
                case 0 -> s + " + " + hex(g.span(endLevel) * 2);
                case 1 -> eArg.render(g, layout);
                default -> "0";
            };
            String r = "r" + Math.floorMod(region, layout.count());
            // may_free: the leaf rarely (it is never freed); clears_leaf: the leaf often (base pages)
            boolean leafLevel = level == 4 || member.equals("clears_leaf") && level == 3;
            String lv = leafLevel ? g.level(g.n() - 1) : g.nonLeaf(level);
            String m = "." + member + "(";
            String w = apply(td, floor, ceiling, g, layout) + ".over(" + s + ", " + end + ")";
            List<String> atoms = new ArrayList<>();
            for (int k : aAtoms) {
                atoms.add(switch (k) {
                    case 0 -> "a in " + r;
                    case 1 -> "!(a in " + r + ")";
                    case 2 -> "a >= " + s;
                    default -> "aligned(a, span(" + g.level(k) + "))";
                });
            }
            String other = apply(1 - td, floor, ceiling, g, layout) + ".over(" + s + ", " + end + ")";
            String cons = switch (consequent) {
                case 0 -> "a in " + r;
                case 1 -> "!(a in " + r + ")";
                case 2 -> "entry_base(" + lv + ", a) - " + s + " < " + "(" + end + ") - " + s;
                case 3 -> other + m + lv + ", a)";
                default -> "!" + other + m + lv + ", a)";
            };
            String body = switch (form) {
                case 0 -> "!" + w + m + lv + ", a)";
                case 1 -> "forall L in t: !" + w + m + "L, a)";
                case 2 -> w + m + lv + ", a) ==> " + cons;
                default -> w + m + lv + ", a) && " + cons;
            };
            boolean ex = form == 3;
            // a's range mostly starts where the walk does, so the walk has a chance to free a's tables
            Long sAt = sBinder ? Long.valueOf(ds.from(g, layout, e[1], null)) : Long.valueOf(sArg.value(g, layout));
            Long aAt = da.anchor() == 2 ? null : sAt;
            String binders = "a" + da.render(g, layout, e[0], aAt) + (sBinder ? ", s" + ds.render(g, layout, e[1]) : "");
            return header(g, layout, tds, cond != 0) + (ex ? "example" : "theorem") + " p" + SpecGen.cond(cond) + ":\n  "
                    + (ex ? "exists " : "forall ") + binders + SpecGen.where(atoms) + ":\n  " + body + ";\n";
        }
    }

    static Arbitrary<MayFreeProp> mayFreeProps() {
        return geo().flatMap(g -> Combinators.combine(
                Combinators.combine(layout(), teardown().list().ofSize(2),
                        Arbitraries.frequency(Tuple.of(2, 0), Tuple.of(2, 1), Tuple.of(3, 2), Tuple.of(3, 3)),
                        Arbitraries.integers().between(0, 1), arg(), arg(), Arbitraries.integers().between(0, 4))
                        .as((l, tds, form, td, f, c, lv) -> new Object[] {l, tds, form, td, f, c, lv}),
                Combinators.combine(dom(), dom(), Arbitraries.integers().between(0, 1), arg(),
                        Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 3), arg())
                        .as((da, ds, sm, sa, em, el, ea) -> new Object[] {da, ds, sm, sa, em, el, ea}),
                Arbitraries.integers().between(0, 4), Arbitraries.integers().between(0, 2),
                Arbitraries.integers().between(0, 6).list().ofMaxSize(2), condition())
                .as((h, b, cons, reg, atoms, cond) -> {
                    @SuppressWarnings("unchecked") List<Td> tds = (List<Td>) h[1];
                    return new MayFreeProp(g, (Layout) h[0], tds, (Integer) h[2], (Integer) h[3], (Arg) h[4],
                            (Arg) h[5], (Integer) h[6], (Dom) b[0], (Dom) b[1], (Integer) b[2], (Arg) b[3],
                            (Integer) b[4], (Integer) b[5], (Arg) b[6], cons, reg, atoms, cond, "may_free");
                }));
    }

    /** The same pointwise questions about {@code clears_leaf(L, a)}: the walk reaches the level-L entry of a. */
    static Arbitrary<MayFreeProp> clearsLeafProps() {
        return mayFreeProps().map(p -> new MayFreeProp(p.geo(), p.layout(), p.tds(), p.form(), p.td(), p.floor(),
                p.ceiling(), p.level(), p.da(), p.ds(), p.startMode(), p.sArg(), p.endMode(), p.endLevel(), p.eArg(),
                p.consequent(), p.region(), p.aAtoms(), p.cond(), "clears_leaf"));
    }

    // --------------------------------------------------------------- 3. region predicates

    /** A boolean formula over region predicates; leaves name regions by index into the spec's region list. */
    record RFormula(int op, int kind, int x, int y, RFormula left, RFormula right) {
        String render(List<String> regions, boolean withA) {
            if (op == 0) {
                String a = regions.get(Math.floorMod(x, regions.size()));
                String b = regions.get(Math.floorMod(y, regions.size()));
                return switch (kind) {
                    case 0 -> "overlaps(" + a + ", " + b + ")";
                    case 1 -> "shares_table(" + a + ", " + b + ")";
                    case 2 -> a + " within " + b;
                    case 3 -> withA ? "a in " + a : a + ".start in " + b;
                    case 4 -> a + ".size <= " + b + ".size";
                    case 5 -> a + ".start == " + b + ".end";
                    default -> "(" + a + ".end - 1) in " + b;
                };
            }
            String l = left.render(regions, withA), r = right.render(regions, withA);
            return switch (op) {
                case 1 -> "!(" + l + ")";
                case 2 -> "(" + l + " && " + r + ")";
                case 3 -> "(" + l + " || " + r + ")";
                default -> "(" + l + " ==> " + r + ")";
            };
        }
    }

    static Arbitrary<RFormula> rformula(int depth) {
        Arbitrary<RFormula> leaf = Combinators.combine(
                Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(2, 3), Tuple.of(1, 4),
                        Tuple.of(1, 5), Tuple.of(1, 6)),
                Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 5))
                .as((k, x, y) -> new RFormula(0, k, x, y, null, null));
        if (depth == 0) return leaf;
        Arbitrary<RFormula> sub = rformula(depth - 1);
        Arbitrary<RFormula> node = Combinators.combine(Arbitraries.frequency(Tuple.of(1, 1), Tuple.of(2, 2),
                Tuple.of(2, 3), Tuple.of(4, 4)), sub, sub).as((op, l, r) -> new RFormula(op, 0, 0, 0, l, r));
        return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(3, node));
    }

    /**
     * Region lemmas. At 8 bits, two vars bound the symbolic regions {@code q0 = [v0, v1)} (which may wrap past the
     * top) and {@code q1 = [v0, v0 + k)}; otherwise one bound address {@code a}, over constant regions.
     *
     * @param varWhere 0 no constraint, 1 {@code v0 < v1}, 2 {@code v1 != 0}, 3 {@code aligned(v0, span)}
     */
    record RegionProp(Geo geo, Layout layout, boolean useVars, boolean example, RFormula f, int varWhere, int qLen,
                      Dom da, int cond) {
        String text() {
            Geo g = geo;
            boolean vars = useVars && g.w() == 8;
            StringBuilder sb = new StringBuilder("address_bits ").append(g.w()).append(";\n");
            if (cond != 0 || g.usesF() || layout.usesF()) sb.append("param F in {false, true};\n");
            sb.append(g.render()).append(layout.render(g));
            List<String> regions = new ArrayList<>();
            for (int i = 0; i < layout.count(); i++) regions.add("r" + i);
            if (vars) {
                String vw = switch (varWhere) {
                    case 1 -> " where v0 < v1";
                    case 2 -> " where v1 != 0";
                    case 3 -> " where aligned(v0, span(" + g.level(qLen) + "))";
                    default -> "";
                };
                sb.append("var v0").append(vw).append(";\nvar v1;\n");
                sb.append("region q0 = [v0, v1);\n");
                sb.append("region q1 = [v0, v0 + ").append(hex(g.span(qLen))).append(");\n");
                regions.add(0, "q0");
                regions.add(1, "q1");
            }
            String body = f.render(regions, !vars);
            if (vars) {
                sb.append(example ? "example" : "theorem").append(" p").append(SpecGen.cond(cond)).append(": ").append(body);
            } else {
                sb.append(example ? "example" : "theorem").append(" p").append(SpecGen.cond(cond)).append(": ")
                        .append(example ? "exists" : "forall").append(" a").append(da.render(g, layout, Math.min(da.exp() + 4, g.w())))
                        .append(": ").append(body);
            }
            return sb.append(";\n").toString();
        }
    }

    static Arbitrary<RegionProp> regionProps() {
        return geo().flatMap(g -> Combinators.combine(layout(), Arbitraries.of(true, true, false),
                Arbitraries.of(false, false, true), rformula(2), Arbitraries.integers().between(0, 3),
                Arbitraries.integers().between(0, 3), dom(), condition())
                .as((l, v, ex, f, vw, ql, da, c) -> new RegionProp(g, l, v, ex, f, vw, ql, da, c)));
    }

    // --------------------------------------------------------------- 4. arithmetic lemmas

    /** An expression over x, y (and z) with wrapping arithmetic. */
    record AExpr(int op, int leaf, long k, AExpr left, AExpr right) {
        String render(int w, boolean z) {
            if (op == 0) {
                return switch (leaf) {
                    case 0 -> "x";
                    case 1 -> "y";
                    case 2 -> z ? "z" : "x";
                    case 3 -> hex(k & ((1L << w) - 1));
                    case 4 -> Integer.toString(w - (int) (k & 1)); // shift amounts at the width's edge
                    default -> hex(1L << (w - 1));
                };
            }
            String l = left.render(w, z), r = right.render(w, z);
            return switch (op) {
                case 1 -> "(" + l + " + " + r + ")";
                case 2 -> "(" + l + " - " + r + ")";
                case 3 -> "(" + l + " * " + r + ")";
                case 4 -> "(" + l + " / " + r + ")";
                case 5 -> "(" + l + " % " + r + ")";
                case 6 -> "(" + l + " & " + r + ")";
                case 7 -> "(" + l + " | " + r + ")";
                case 8 -> "(" + l + " ^ " + r + ")";
                case 9 -> "(" + l + " << " + r + ")";
                case 10 -> "(" + l + " >> " + r + ")";
                case 11 -> "~" + l;
                case 12 -> "-" + l;
                case 13 -> "min(" + l + ", " + r + ")";
                case 14 -> "max(" + l + ", " + r + ")";
                case 15 -> "round_up(" + l + ", " + hex(1L << (k % w)) + ")";
                case 16 -> "round_down(" + l + ", " + hex(1L << (k % w)) + ")";
                case 17 -> "g(" + l + ", " + r + ")";
                case 18 -> "BIT(" + l + ")";
                default -> "(" + l + " < " + r + " ? " + l + " : " + r + " - " + l + ")";
            };
        }
    }

    static Arbitrary<AExpr> aexpr(int depth) {
        Arbitrary<AExpr> leaf = Combinators.combine(
                Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(4, 1), Tuple.of(1, 2), Tuple.of(3, 3), Tuple.of(1, 4),
                        Tuple.of(1, 5)),
                Arbitraries.oneOf(Arbitraries.longs().between(0, 4), Arbitraries.longs().between(0, 4095),
                        Arbitraries.of(-1L, -2L, 255L, 256L, 127L, 128L)))
                .as((l, k) -> new AExpr(0, l, k, null, null));
        if (depth == 0) return leaf;
        Arbitrary<AExpr> sub = aexpr(depth - 1);
        Arbitrary<AExpr> node = Combinators.combine(Arbitraries.integers().between(1, 19), Arbitraries.longs().between(0, 63),
                sub, sub).as((op, k, l, r) -> new AExpr(op, 0, k, l, r));
        return Arbitraries.frequencyOf(Tuple.of(2, leaf), Tuple.of(3, node));
    }

    /** A comparison or predicate of two expressions, and boolean combinations of those. */
    record BExpr(int op, int rel, AExpr a, AExpr b, BExpr left, BExpr right) {
        String render(int w, boolean z) {
            if (op == 0) {
                String l = a.render(w, z), r = b.render(w, z);
                return switch (rel) {
                    case 0 -> l + " == " + r;
                    case 1 -> l + " != " + r;
                    case 2 -> l + " < " + r;
                    case 3 -> l + " <= " + r;
                    case 4 -> l + " > " + r;
                    case 5 -> l + " >= " + r;
                    case 6 -> "aligned(" + l + ", " + hex(1L << Math.floorMod(r.hashCode(), 4)) + ")";
                    default -> "(" + l + " & " + r + ") != 0"; // C truthiness is for conditions only
                };
            }
            String l = left.render(w, z), r = right.render(w, z);
            return switch (op) {
                case 1 -> "!(" + l + ")";
                case 2 -> "(" + l + " && " + r + ")";
                case 3 -> "(" + l + " || " + r + ")";
                default -> "(" + l + " ==> " + r + ")";
            };
        }
    }

    static Arbitrary<BExpr> bexpr(int depth, int exprDepth) {
        Arbitrary<BExpr> leaf = Combinators.combine(Arbitraries.integers().between(0, 7), aexpr(exprDepth),
                aexpr(exprDepth)).as((rel, a, b) -> new BExpr(0, rel, a, b, null, null));
        if (depth == 0) return leaf;
        Arbitrary<BExpr> sub = bexpr(depth - 1, exprDepth);
        Arbitrary<BExpr> node = Combinators.combine(Arbitraries.integers().between(1, 4), sub, sub)
                .as((op, l, r) -> new BExpr(op, 0, null, null, l, r));
        return Arbitraries.frequencyOf(Tuple.of(3, leaf), Tuple.of(2, node));
    }

    /**
     * A fn with a statement body, so SSA (locals rebound, branches merged, the first return reached wins) is
     * exercised: {@code g(a, b)} is used by expressions of kind 17.
     */
    record Fn(AExpr init, BExpr c1, int assignOp, AExpr e2, BExpr c2, AExpr early, AExpr otherwise) {
        String render(int w) {
            String[] ops = {"+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="};
            // inside g, x and y are the parameters a and b
            String i = sub(init.render(w, false)), e2s = sub(e2.render(w, false)), ea = sub(early.render(w, false)),
                    o = sub(otherwise.render(w, false));
            return "fn g(a, b): ulong {\n  ulong r = " + i + ";\n  if (" + sub(c1.render(w, false)) + ") {\n    r "
                    + ops[Math.floorMod(assignOp, ops.length)] + " " + e2s + ";\n    if (" + sub(c2.render(w, false))
                    + ") return " + ea + ";\n  } else {\n    r = " + o + ";\n  }\n  if (r == a) return b;\n  return r;\n}\n";
        }

        private static String sub(String s) {
            return s.replaceAll("\\bx\\b", "a").replaceAll("\\by\\b", "b").replaceAll("\\bg\\(", "min(");
        }
    }

    static Arbitrary<Fn> fn() {
        return Combinators.combine(aexpr(1), bexpr(0, 1), Arbitraries.integers().between(0, 9), aexpr(1), bexpr(0, 1),
                aexpr(1), aexpr(1)).as(Fn::new);
    }

    /**
     * {@code theorem p: forall x, y where C: B} / {@code example p: exists x, y where C: B}; at 8 bits sometimes a
     * third variable {@code z in [0, 8)}.
     */
    record ArithProp(int w, boolean example, BExpr where, boolean hasWhere, BExpr body, Fn fn, boolean z, Dom dx,
                     Dom dy, boolean big) {
        String text() {
            boolean useZ = z && w == 8;
            Geo g = new Geo(w, List.of(w - 1, 1), List.of(), 0);
            int[] e = budget(g, dx, dy, big);
            String binders = "x" + dx.render(g, null, e[0]) + ", y" + dy.render(g, null, e[1]) + (useZ ? ", z in [0, 8)" : "");
            return "address_bits " + w + ";\n" + fn.render(w) + (example ? "example" : "theorem") + " p:\n  "
                    + (example ? "exists " : "forall ") + binders
                    + (hasWhere ? " where " + where.render(w, useZ) : "") + ":\n  " + body.render(w, useZ) + ";\n";
        }
    }

    static Arbitrary<ArithProp> arithProps() {
        return Combinators.combine(
                Combinators.combine(Arbitraries.frequency(Tuple.of(6, 8), Tuple.of(1, 9), Tuple.of(1, 10), Tuple.of(1, 12)),
                        Arbitraries.of(false, true), bexpr(1, 1), Arbitraries.of(false, true))
                        .as((w, ex, wh, hw) -> new Object[] {w, ex, wh, hw}),
                bexpr(2, 2), fn(), Arbitraries.frequency(Tuple.of(15, false), Tuple.of(1, true)), dom(), dom(),
                Arbitraries.frequency(Tuple.of(7, false), Tuple.of(3, true)))
                .as((h, b, f, z, dx, dy, big) -> new ArithProp((Integer) h[0], (Boolean) h[1], (BExpr) h[2],
                        (Boolean) h[3], b, f, z, dx, dy, big));
    }
}
