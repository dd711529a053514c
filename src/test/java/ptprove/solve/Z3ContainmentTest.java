package ptprove.solve;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ptprove.arch.MainClasses;

/** Z3 is a native resource with its own lifetime: its types stay inside lower and solve. */
class Z3ContainmentTest {
    private static JavaClasses classes;

    @BeforeAll
    static void load() {
        classes = MainClasses.get();
    }

    @Test
    void onlyLowerAndSolveSeeZ3() {
        noClasses().that().resideOutsideOfPackages("ptprove.lower..", "ptprove.solve..")
                .should().dependOnClassesThat().resideInAPackage("com.microsoft.z3..")
                .check(classes);
    }

    @Test
    void publicSignaturesCarryNoZ3TypesExceptTheLoweringBridge() {
        List<String> leaks = new ArrayList<>();
        for (JavaClass c : classes) {
            boolean ours = c.getPackageName().equals("ptprove.lower") || c.getPackageName().equals("ptprove.solve");
            if (!ours || !c.getModifiers().contains(JavaModifier.PUBLIC)) continue;
            if (c.getName().equals("ptprove.lower.Z3Lowering")) continue; // for solve only; see its Javadoc
            for (JavaCodeUnit m : c.getCodeUnits()) {
                if (!m.getModifiers().contains(JavaModifier.PUBLIC)) continue;
                List<JavaClass> types = new ArrayList<>(m.getRawParameterTypes());
                types.add(m.getRawReturnType());
                for (JavaClass t : types) {
                    if (t.getPackageName().startsWith("com.microsoft.z3")) leaks.add(m.getFullName());
                }
            }
            c.getFields().stream().filter(f -> f.getModifiers().contains(JavaModifier.PUBLIC))
                    .filter(f -> f.getRawType().getPackageName().startsWith("com.microsoft.z3"))
                    .forEach(f -> leaks.add(f.getFullName()));
        }
        Assertions.assertEquals(List.of(), leaks);
    }
}
