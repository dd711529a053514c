package ptprove.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The "depends on" line of every package-info, as rules: each stage may use only the packages named here (and
 * the JDK). One direction of data flow: a stage never reaches forward into a later one or into the CLI. A new
 * package needs a row here, or {@link #everyPackageHasARule()} fails.
 */
class LayeringTest {
    private static JavaClasses classes;

    /** Package (below ptprove) to the packages it may depend on, besides itself and java.. . */
    private static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

    static {
        allow("source");
        allow("files", "source");
        allow("syntax", "source", "syntax..", "files", "org.antlr..");
        allow("ir", "source");
        allow("result", "ir", "source");
        allow("check", "source", "syntax.ast..");
        allow("elaborate", "check", "ir", "source", "syntax.ast..");
        allow("eval", "check", "syntax.ast..", "source", "result", "ir.Config");
        allow("lower", "ir", "source", "com.microsoft.z3..");
        allow("solve", "ir", "result", "lower", "source", "com.microsoft.z3..");
        allow("proofs", "ir", "result", "files");
        allow("replay", "eval", "check", "ir", "result", "source", "syntax.ast..");
        allow("reproduce", "check", "eval", "ir", "result", "source", "syntax.ast..");
        allow("cache", "ir", "lower", "result", "solve", "files", "source", "com.fasterxml.jackson..");
        allow("crosscheck", "ir", "result", "lower", "files", "source");
        allow("report", "source", "ir", "result", "proofs", "crosscheck", "com.fasterxml.jackson..");
        allow("kernel", "source", "syntax.ast..", "org.anarres.cpp..");
        allow("bind", "check", "eval", "ir", "kernel", "source", "syntax..");
        allow("pipeline", "source", "syntax..", "check", "elaborate", "ir", "solve", "result", "replay", "proofs",
                "report", "cache", "crosscheck", "files", "bind", "eval");
        allow("cli", "*");
    }

    private static void allow(String pkg, String... deps) {
        ALLOWED.put(pkg, List.of(deps));
    }

    @BeforeAll
    static void load() {
        classes = MainClasses.get();
    }

    @TestFactory
    List<DynamicTest> eachStageDependsOnlyOnWhatItsPackageInfoSays() {
        List<DynamicTest> tests = new ArrayList<>();
        ALLOWED.forEach((pkg, deps) -> {
            if (deps.contains("*")) return;
            tests.add(DynamicTest.dynamicTest(pkg, () -> classes().that().resideInAPackage("ptprove." + pkg)
                    .should().onlyDependOnClassesThat(allowedFor(pkg, deps)).check(classes)));
        });
        return tests;
    }

    /** The JDK, the package itself, and what its row names: packages ("syntax.ast..") or single classes. */
    private static DescribedPredicate<JavaClass> allowedFor(String pkg, List<String> deps) {
        List<String> packages = new ArrayList<>(List.of("java..", "javax..", "ptprove." + pkg));
        List<String> singles = new ArrayList<>();
        for (String d : deps) {
            boolean oneClass = !d.endsWith("..") && Character.isUpperCase(d.charAt(d.lastIndexOf('.') + 1));
            boolean thirdParty = d.startsWith("com.") || d.startsWith("org.");
            if (oneClass) singles.add("ptprove." + d);
            else packages.add(thirdParty ? d : "ptprove." + d);
        }
        DescribedPredicate<JavaClass> single = DescribedPredicate.describe("one of " + singles,
                c -> singles.contains(c.getName().replaceAll("\\$.*", "")));
        return JavaClass.Predicates.resideInAnyPackage(packages.toArray(String[]::new)).or(single);
    }

    @Test
    void antlrStaysInSyntax() {
        noClasses().that().resideOutsideOfPackages("ptprove.syntax..").should().dependOnClassesThat()
                .resideInAPackage("org.antlr..").check(classes);
    }

    @Test
    void picocliStaysInTheCli() {
        noClasses().that().resideOutsideOfPackages("ptprove.cli..").should().dependOnClassesThat()
                .resideInAPackage("picocli..").check(classes);
    }

    @Test
    void theCPreprocessorStaysInTheKernelStage() {
        noClasses().that().resideOutsideOfPackages("ptprove.kernel..").should().dependOnClassesThat()
                .resideInAPackage("org.anarres..").check(classes);
    }

    /** The kernel stage's types (readings, C model) are seen by the binding driver only. */
    @Test
    void onlyTheBindingDriverSeesTheKernelStage() {
        noClasses().that().resideOutsideOfPackages("ptprove.kernel..", "ptprove.bind..").should()
                .dependOnClassesThat().resideInAPackage("ptprove.kernel..").check(classes);
    }

    @Test
    void everyPackageHasARule() {
        List<String> missing = new ArrayList<>();
        classes.stream().map(JavaClass::getPackageName).distinct()
                .map(p -> p.substring("ptprove.".length()).split("\\.")[0])
                .filter(p -> !ALLOWED.containsKey(p)).distinct().forEach(missing::add);
        assertEquals(List.of(), missing, "packages without a layering rule");
    }
}
