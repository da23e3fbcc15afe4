package org.openmrs.module.addonmarket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;
import org.openmrs.module.addonmarket.architecture.violations.ApiClassUsingServlet;
import org.openmrs.module.addonmarket.architecture.violations.CycleA;
import org.openmrs.module.addonmarket.architecture.violations.other.CycleB;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.library.dependencies.SlicesRuleDefinition;

/**
 * The rules of {@link ArchitectureTest}, each shown to fail on a deliberate violation.
 */
public class ArchitectureRulesTest {

	@Test
	public void hostNeutralRule_shouldFailForAnApiClassThatUsesTheServletApi() {
		JavaClasses violating = new ClassFileImporter().importClasses(ApiClassUsingServlet.class);

		assertThat(ArchitectureTest.API_IS_HOST_NEUTRAL.evaluate(violating).hasViolation()).isTrue();
	}

	@Test
	public void cycleRule_shouldFailForTwoPackagesThatUseEachOther() {
		JavaClasses violating = new ClassFileImporter().importClasses(CycleA.class, CycleB.class);

		assertThat(SlicesRuleDefinition.slices().matching("org.openmrs.module.addonmarket.architecture.(**)")
		        .should().beFreeOfCycles().evaluate(violating).hasViolation()).isTrue();
	}
}
