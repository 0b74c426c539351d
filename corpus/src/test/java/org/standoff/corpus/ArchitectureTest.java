package org.standoff.corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code corpus} out of the HTTP and GraphQL stack. */
class ArchitectureTest {
    private static final JavaClasses CORPUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.standoff.corpus");

    @Test
    void corpusDoesNotUseJavalinOrGraphql() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "graphql..", "org.dataloader..", "jakarta.servlet..", "org.eclipse.jetty..")
                .allowEmptyShould(true)
                .check(CORPUS);
    }
}
