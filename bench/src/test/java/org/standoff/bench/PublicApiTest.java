package org.standoff.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The benchmarks measure what a user can call: no class of {@code bench} uses a class of an
 * {@code internal} package of Standoff. The rule fails when it finds no classes.
 */
class PublicApiTest {
    private static final JavaClasses BENCH = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.standoff.bench");

    @Test
    void benchUsesNoInternalPackage() {
        noClasses().should().dependOnClassesThat().resideInAPackage("org.standoff..internal..")
                .because("the benchmarks measure Standoff's public API")
                .check(BENCH);
    }
}
