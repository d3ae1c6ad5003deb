package vn.gov.bluezone;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;
import org.springframework.security.core.context.SecurityContextHolder;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaParameter;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import vn.gov.bluezone.shared.SystemAccess;

/**
 * One caller (decision 0025): who is calling comes from {@code shared.Callers} alone, and a
 * repository applies the caller's scope itself, so no finder can be handed a scope.
 */
class CallerUseTest {

    static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("vn.gov.bluezone");

    /** The names a scope was passed under before the repositories applied it themselves. */
    static final Set<String> SCOPE_PARAMETERS = Set.of("scope", "scopePattern", "scopePath");

    @Test
    void onlyTheIdentityModuleAndSystemAccessReadTheSecurityContext() {
        noClasses().that().resideOutsideOfPackages("vn.gov.bluezone.identity..")
                .and().doNotBelongToAnyOf(SystemAccess.class)
                .should().dependOnClassesThat().belongToAnyOf(SecurityContextHolder.class)
                .because("services ask Callers.current() who is calling")
                .check(CLASSES);
    }

    @Test
    void noRepositoryMethodTakesAScope() {
        methods().that().areDeclaredInClassesThat().areAssignableTo(Repository.class)
                .should(new ArchCondition<JavaMethod>("take no scope parameter") {
                    @Override
                    public void check(JavaMethod method, ConditionEvents events) {
                        for (JavaParameter parameter : method.getParameters()) {
                            String name = parameter.tryGetAnnotationOfType(Param.class).map(Param::value).orElse("");
                            if (SCOPE_PARAMETERS.contains(name)) {
                                events.add(SimpleConditionEvent.violated(method, method.getFullName()
                                        + " takes the scope as @Param(\"" + name + "\"); use :#{@callerScope.pattern()} in its query"));
                            }
                        }
                    }
                })
                .because("the scope comes from the caller inside the query (shared.CallerScope)")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheFormerCurrentScope() {
        noClasses().should().dependOnClassesThat(DescribedPredicate.describe("the former shared.CurrentScope",
                        type -> type.getFullName().equals("vn.gov.bluezone.shared.CurrentScope")))
                .check(CLASSES);
    }
}
