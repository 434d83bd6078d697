package com.clinicsuite.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Singleton;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shape of the house (ARCHITECTURE.md §3), checked over every core module: which context may use
 * which, the domain/application/infrastructure layering, and security on every service method.
 */
class ArchitectureRulesTest {

    private static final String ROOT = "com.clinicsuite";

    /** Allowed dependencies between bounded contexts; nothing depends on billing. */
    static final Map<String, Set<String>> ALLOWED = Map.of(
            "billing", Set.of("treatment", "scheduling", "patients", "pharmacy", "shared"),
            "treatment", Set.of("patients", "scheduling", "pharmacy", "shared"),
            "scheduling", Set.of("patients", "shared"),
            "pharmacy", Set.of("shared"),
            "patients", Set.of("shared"),
            "shared", Set.of());

    private static JavaClasses classes;

    @BeforeAll
    static void importCore() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(ROOT);
    }

    @Test
    void importsTheCoreModules() {
        // guards against the rules below passing vacuously
        assertThat(classes.containPackage(ROOT + ".shared.application")).isTrue();
        assertThat(classes.containPackage(ROOT + ".patients.domain")).isTrue();
    }

    @Test
    void contexts_shouldOnlyDependOnTheContextsTheyAreAllowedTo() {
        ALLOWED.forEach((context, allowed) -> ALLOWED.keySet().stream()
                .filter(other -> !other.equals(context) && !allowed.contains(other))
                .forEach(forbidden -> noClasses().that().resideInAPackage(pkg(context))
                        .should().dependOnClassesThat().resideInAPackage(pkg(forbidden))
                        .because(context + " may use only " + allowed)
                        .allowEmptyShould(true)
                        .check(classes)));
    }

    @Test
    void domain_shouldNotDependOnApplicationOrInfrastructure() {
        noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat().resideInAnyPackage(ROOT + "..application..", ROOT + "..infrastructure..")
                .check(classes);
    }

    @Test
    void domain_shouldUseNoJakartaEeExceptJpaAndBeanValidation() {
        noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe(
                        "Jakarta EE other than persistence and validation",
                        c -> c.getPackageName().startsWith("jakarta.")
                                && !c.getPackageName().startsWith("jakarta.persistence")
                                && !c.getPackageName().startsWith("jakarta.validation")))
                .check(classes);
    }

    @Test
    void application_shouldNotDependOnInfrastructure() {
        noClasses().that().resideInAPackage(ROOT + "..application..")
                .should().dependOnClassesThat().resideInAPackage(ROOT + "..infrastructure..")
                .check(classes);
    }

    @Test
    void everyPublicServiceMethod_shouldDeclareWhoMayCallIt() {
        ArchRule rule = methods().that().areDeclaredInClassesThat().areAnnotatedWith(Stateless.class)
                .and().arePublic()
                .and().doNotHaveModifier(JavaModifier.STATIC)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .because("@RolesAllowed on the EJB is the real access control (ARCHITECTURE.md §4)");
        rule.check(classes);
    }

    @Test
    void singletons_shouldDeclareWhoMayCallThem() {
        List<String> unsecured = classes.stream()
                .filter(c -> c.isAnnotatedWith(Singleton.class))
                .filter(c -> !c.isAnnotatedWith(PermitAll.class) && !c.isAnnotatedWith(RolesAllowed.class))
                .map(c -> c.getName())
                .toList();
        assertThat(unsecured).isEmpty();
    }

    private static String pkg(String context) {
        return ROOT + "." + context + "..";
    }
}
