package org.openmrs.module.addonmarket.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.Test;
import org.openmrs.module.BaseModuleActivator;
import org.openmrs.module.ModuleActivator;
import org.openmrs.module.addonmarket.architecture.stubs.FakeActivator;
import org.openmrs.module.addonmarket.architecture.stubs.FakeModuleCode;
import org.openmrs.module.addonmarket.architecture.stubs.FakePlatformBase;
import org.openmrs.module.addonmarket.architecture.stubs.FakePlatformClass;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;

/**
 * The comparison of {@link PlatformStubsTest}, shown to catch a stand-in member that no main code uses.
 */
public class PlatformStubUsageTest {

	private static final String FAKE = FakePlatformClass.class.getName();

	private static final String FAKE_BASE = FakePlatformBase.class.getName();

	private static final List<Class<?>> FAKE_STUBS = List.of(FakePlatformClass.class, FakePlatformBase.class);

	private static final List<Class<?>> ACTIVATOR_STUBS = List.of(ModuleActivator.class, BaseModuleActivator.class);

	@Test
	public void unused_shouldReportTheDeclaredMembersThatAreNotUsed() {
		Set<String> declared = Set.of("a.B.used()", "a.B.unused(java.lang.String)", "a.B.<init>()", "a.B.FIELD");
		Set<String> used = Set.of("a.B.used()", "a.B.<init>()", "java.lang.String.trim()");

		assertThat(PlatformStubUsage.unused(declared, used)).containsExactly("a.B.FIELD",
		    "a.B.unused(java.lang.String)");
	}

	@Test
	public void declaredMembers_shouldListPublicMethodsConstructorsAndFieldsButNothingTheModuleCannotReach() {
		assertThat(PlatformStubUsage.declaredMembers(FAKE_STUBS)).containsExactlyInAnyOrder(FAKE + ".used()",
		    FAKE + ".unused()", FAKE + ".UNUSED_CONSTANT_NAME", FAKE_BASE + ".getUuid()");
	}

	@Test
	public void usedMembers_shouldCountACallThroughASubclassForTheClassThatDeclaresTheMember() {
		Set<String> used = PlatformStubUsage.usedMembers(importClasses(FakeModuleCode.class), FAKE_STUBS);

		assertThat(used).contains(FAKE + ".used()", FAKE_BASE + ".getUuid()");
	}

	@Test
	public void unusedStubMember_shouldFailTheCheck() {
		Set<String> used = PlatformStubUsage.usedMembers(importClasses(FakeModuleCode.class), FAKE_STUBS);

		assertThat(PlatformStubUsage.unused(PlatformStubUsage.declaredMembers(FAKE_STUBS), used))
		        .containsExactly(FAKE + ".UNUSED_CONSTANT_NAME", FAKE + ".unused()");
	}

	@Test
	public void activatorCallbacks_shouldCountAsUsedWhenAMainClassExtendsTheBaseActivator() {
		JavaClasses main = importClasses(FakeActivator.class);

		Set<String> used = PlatformStubUsage.usedMembers(main, ACTIVATOR_STUBS);

		assertThat(PlatformStubUsage.unused(PlatformStubUsage.declaredMembers(ACTIVATOR_STUBS), used)).isEmpty();
		assertThat(used).contains(BaseModuleActivator.class.getName() + ".willStart()",
		    ModuleActivator.class.getName() + ".willStop()", BaseModuleActivator.class.getName() + ".<init>()");
	}

	@Test
	public void activatorCallbacks_shouldNotCountWhenNoMainClassIsAnActivator() {
		JavaClasses main = importClasses(FakeModuleCode.class);

		Set<String> used = PlatformStubUsage.usedMembers(main, ACTIVATOR_STUBS);

		assertThat(PlatformStubUsage.unused(PlatformStubUsage.declaredMembers(ACTIVATOR_STUBS), used))
		        .hasSize(13).contains(ModuleActivator.class.getName() + ".started()");
		assertThat(PlatformStubUsage.unusedClasses(main, ACTIVATOR_STUBS, used)).containsExactly(
		    BaseModuleActivator.class.getName(), ModuleActivator.class.getName());
	}

	@Test
	public void ownerOf_shouldNameTheClassOfAMethodConstructorOrField() {
		assertThat(PlatformStubUsage.ownerOf("org.openmrs.User.getUuid()")).isEqualTo("org.openmrs.User");
		assertThat(PlatformStubUsage.ownerOf("org.openmrs.api.context.Daemon.isDaemonUser(org.openmrs.User)"))
		        .isEqualTo("org.openmrs.api.context.Daemon");
		assertThat(PlatformStubUsage.ownerOf("a.B.<init>()")).isEqualTo("a.B");
		assertThat(PlatformStubUsage.ownerOf("a.B.FIELD")).isEqualTo("a.B");
	}

	private static JavaClasses importClasses(Class<?>... classes) {
		return new ClassFileImporter().importClasses(classes);
	}
}
