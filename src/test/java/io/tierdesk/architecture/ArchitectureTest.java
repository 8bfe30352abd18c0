package io.tierdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked over its compiled classes: a shared base that knows no feature, features that
 * depend on each other in one direction only, and resources that reach data through services.
 */
class ArchitectureTest {

    /** Packages every feature may use; they may use nothing but each other and the generated contract. */
    private static final String[] SHARED_BASE = {
        "io.tierdesk.common..",
        "io.tierdesk.audit..",
        "io.tierdesk.event..",
        "io.tierdesk.journal..",
        "io.tierdesk.security.."
    };

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.tierdesk");
    }

    @Test
    void theSharedBaseImportsNoFeature() {
        noClasses()
                .that()
                .resideInAnyPackage(SHARED_BASE)
                .should()
                .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "belong to a feature package",
                        c -> c.getPackageName().startsWith("io.tierdesk.")
                                && !inSharedBaseOrContract(c.getPackageName())))
                .check(classes);
    }

    @Test
    void featurePackagesFormNoCycle() {
        slices().matching("io.tierdesk.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void roomsInsideAFeatureFormNoCycle() {
        slices().matching("io.tierdesk.*.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void resourcesTalkToServicesNotToRepositories() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("Resource")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .check(classes);
    }

    private static boolean inSharedBaseOrContract(String packageName) {
        for (String base : SHARED_BASE) {
            String root = base.substring(0, base.length() - 2);
            if (packageName.equals(root) || packageName.startsWith(root + ".")) {
                return true;
            }
        }
        return packageName.equals("io.tierdesk.api") || packageName.startsWith("io.tierdesk.api.");
    }
}
