package vn.gov.bluezone.reporting;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** Report history written without the form's checks is the demo's alone. */
class ReportSeedingUseTest {

    @Test
    void onlyTheDemoSeedsReports() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.gov.bluezone");
        noClasses().that().resideOutsideOfPackages("vn.gov.bluezone.demo..")
                .and().doNotBelongToAnyOf(ReportSeeding.class)
                .should().dependOnClassesThat().belongToAnyOf(ReportSeeding.class)
                .check(classes);
    }
}
