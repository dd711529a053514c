package ptprove.arch;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The production classes as ArchUnit sees them, imported once per test JVM for every architecture test
 * ({@link LayeringTest}, {@code solve.Z3ContainmentTest}): reading them is most of what such a test costs.
 * Classes outside them (the JDK, Z3, picocli, ...) are known by name only (src/test/resources/archunit.properties),
 * which is all the rules ask of them: the package a dependency lies in.
 */
public final class MainClasses {
    private static JavaClasses classes;

    private MainClasses() {}

    public static synchronized JavaClasses get() {
        if (classes == null) {
            classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("ptprove");
        }
        return classes;
    }
}
