package org.openmrs.module.addonmarket.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;

import org.junit.runner.RunWith;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchUnitRunner;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The dependency rules of DESIGN.md section 2, checked on the compiled api and omod classes.
 * {@link ArchitectureRulesTest} shows that each rule catches what it is for.
 */
@RunWith(ArchUnitRunner.class)
@AnalyzeClasses(packages = "org.openmrs.module.addonmarket", importOptions = ImportOption.DoNotIncludeTests.class)
public class ArchitectureTest {

	private static final String ROOT = "org.openmrs.module.addonmarket";

	private static final String[] HOST_SPECIFIC = { ROOT + ".openmrs..", ROOT + ".web..", ROOT + ".standalone.." };

	/** The api talks to its host only through the ports in host/. */
	@ArchTest
	public static final ArchRule API_IS_HOST_NEUTRAL = noClasses().that().resideInAPackage(ROOT + "..")
	        .and().resideOutsideOfPackages(HOST_SPECIFIC).should().dependOnClassesThat()
	        .resideInAnyPackage("org.openmrs.api..", "javax.servlet..", "org.springframework.web..", ROOT + ".web..",
	            ROOT + ".openmrs..", ROOT + ".standalone..")
	        .orShould().dependOnClassesThat().haveNameMatching("org\\.openmrs\\.module\\.Module.*")
	        .because("the api is host-neutral: it reaches its host only through the host package (DESIGN.md 2)");

	/** Only the OpenMRS adapters import OpenMRS platform classes. */
	@ArchTest
	public static final ArchRule ONLY_ADAPTERS_IMPORT_THE_PLATFORM = noClasses().that()
	        .resideOutsideOfPackage(ROOT + ".openmrs..").should()
	        .dependOnClassesThat(resideInAPackage("org.openmrs..").and(not(resideInAPackage(ROOT + ".."))))
	        .because("only org.openmrs.module.addonmarket.openmrs may import OpenMRS platform classes");

	/** The web layer is reused by the standalone server, so it cannot lean on OpenMRS. */
	@ArchTest
	public static final ArchRule WEB_IS_HOST_NEUTRAL = noClasses().that().resideInAPackage(ROOT + ".web..")
	        .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".openmrs..", ROOT + ".standalone..")
	        .because("the standalone server reuses the web package");

	/** An add-on reaches data only through the access gateway. */
	@ArchTest
	public static final ArchRule ONLY_ACCESS_READS_CLINICAL_DATA = noClasses().that()
	        .resideOutsideOfPackages(ROOT + ".access..", ROOT + ".host..", ROOT + ".openmrs..", ROOT + ".standalone..")
	        .should().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".host.ClinicalData").allowEmptyShould(true)
	        .because("inside the api, nothing outside access/ calls ClinicalData (DESIGN.md 2)");

	/** Capabilities do not depend on each other in a circle. */
	@ArchTest
	public static final ArchRule NO_CYCLES = slices().matching(ROOT + ".(*)..").should().beFreeOfCycles();
}
