package org.openmrs.module.addonmarket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

import org.junit.BeforeClass;
import org.junit.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The platform stand-ins hold exactly what the module's main code uses (DESIGN.md section 8): every member of a
 * stand-in must exist with the same signature in OpenMRS 2.6 to 2.8, and each one is checked by hand against the
 * platform's sources, so none may linger unused. {@link PlatformStubUsageTest} shows the check catches one.
 */
public class PlatformStubsTest {

	private static List<Class<?>> stubs;

	private static JavaClasses mainClasses;

	@BeforeClass
	public static void importStubsAndMainClasses() throws Exception {
		Path location = PlatformStubs.location();
		// The openmrs profile, which compiles against the real platform, excludes this test in omod/pom.xml.
		assertThat(PlatformStubs.isStubs(location)).as("the stubs are on the class path: " + location).isTrue();
		stubs = PlatformStubs.classesIn(location);
		mainClasses = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		        .importPackages("org.openmrs.module.addonmarket");
	}

	@Test
	public void stubs_shouldBeFoundWithThePlatformClassesTheModuleNeeds() {
		assertThat(stubs).extracting(Class::getName).contains("org.openmrs.module.ModuleActivator",
		    "org.openmrs.api.context.Context", "org.openmrs.User");
		assertThat(mainClasses.contain("org.openmrs.module.addonmarket.openmrs.OpenmrsIdentity")).isTrue();
	}

	@Test
	public void stubs_shouldDeclareNoMemberThatNoMainClassUses() {
		SortedSet<String> used = PlatformStubUsage.usedMembers(mainClasses, stubs);

		assertThat(PlatformStubUsage.unused(PlatformStubUsage.declaredMembers(stubs), used))
		        .as("stub members no main code uses: delete them").isEmpty();
	}

	@Test
	public void stubs_shouldHoldNoClassThatNoMainClassUses() {
		SortedSet<String> used = PlatformStubUsage.usedMembers(mainClasses, stubs);

		assertThat(PlatformStubUsage.unusedClasses(mainClasses, stubs, used)).as("stub classes no main code uses")
		        .isEmpty();
	}
}
