package org.standoff.corpus;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/**
 * Keeps {@code corpus} out of the HTTP and GraphQL stack, and each {@code internal} package private
 * to the package it belongs to.
 */
class ArchitectureTest {
    private static final JavaClasses CORPUS = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.standoff.corpus");

    @Test
    void corpusDoesNotUseJavalinOrGraphql() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("io.javalin..", "graphql..", "org.dataloader..", "jakarta.servlet..", "org.eclipse.jetty..")
                .check(CORPUS);
    }

    /** The exchange formats, one package each, share only {@code exchange} (and label mappings), never each other. */
    @Test
    void anExchangeFormatUsesNoOtherFormatsPackage() {
        java.util.List<String> formats = java.util.List.of("brat", "doccano", "labelstudio", "uima", "w3c", "conll");
        for (String format : formats) {
            String[] others = formats.stream().filter(other -> !other.equals(format))
                    .map(other -> "org.standoff.corpus." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("org.standoff.corpus." + format + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .check(CORPUS);
        }
    }

    @Test
    void anInternalPackageIsUsedOnlyByThePackageItBelongsTo() {
        internalsStayInside().check(CORPUS);
    }

    /** The rule fails on a class outside {@code org.standoff.corpus.standoff} that uses its internal (here: this test). */
    @Test
    void theInternalRuleFailsOnAnOutsideUser() {
        JavaClasses outsider = new ClassFileImporter().importClasses(ArchitectureTest.class, Outsider.class);

        EvaluationResult result = internalsStayInside().evaluate(outsider);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().toString()).contains("org.standoff.corpus.standoff.internal.StandoffReader");
    }

    /** A class outside the standoff package that reaches into its internal. */
    static final class Outsider {
        Object reach() {
            return org.standoff.corpus.standoff.internal.StandoffReader.class;
        }
    }

    /** Classes in {@code P.internal} (or below it) are used only by classes in {@code P} and below it. */
    static ArchRule internalsStayInside() {
        return classes().should(new ArchCondition<JavaClass>("use only internal packages of their own package") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (Dependency dependency : item.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    int at = target.indexOf(".internal");
                    if (!target.startsWith("org.standoff.") || at < 0) {
                        continue;
                    }
                    String owner = target.substring(0, at);
                    String user = item.getPackageName();
                    boolean inside = user.equals(owner) || user.startsWith(owner + ".");
                    if (!inside) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        });
    }
}
