package org.standoff.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** Keeps {@code core} free of JSON, HTTP and GraphQL: it depends on the JDK and Commons Text only. */
class ArchitectureTest {
    private static final JavaClasses CORE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.standoff.core");

    @Test
    void coreDoesNotUseJacksonJavalinOrGraphql() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("com.fasterxml.jackson..", "io.javalin..", "graphql..", "org.dataloader..")
                .check(CORE);
    }

    @Test
    void coreDependsOnTheJdkAndCommonsTextOnly() {
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("org.standoff.core..", "java..", "javax..", "org.apache.commons.text..")
                .check(CORE);
    }
}
