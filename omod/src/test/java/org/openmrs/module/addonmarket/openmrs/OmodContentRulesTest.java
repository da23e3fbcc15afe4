package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.Test;

/**
 * The rules {@link OmodContentIT} applies to the built omod, shown to catch what they are for.
 */
public class OmodContentRulesTest {

	@Test
	public void isForbiddenClass_shouldCatchPlatformSpringHibernateAndJavaxClasses() {
		assertThat(OmodContentIT.isForbiddenClass("org/openmrs/api/context/Context.class")).isTrue();
		assertThat(OmodContentIT.isForbiddenClass("org/openmrs/module/ModuleActivator.class")).isTrue();
		assertThat(OmodContentIT.isForbiddenClass("org/openmrs/module/BaseModuleActivator.class")).isTrue();
		assertThat(OmodContentIT.isForbiddenClass("org/springframework/core/io/Resource.class")).isTrue();
		assertThat(OmodContentIT.isForbiddenClass("org/hibernate/Session.class")).isTrue();
		assertThat(OmodContentIT.isForbiddenClass("javax/servlet/Filter.class")).isTrue();
	}

	@Test
	public void isForbiddenClass_shouldAllowTheModulesOwnAndThirdPartyClasses() {
		assertThat(OmodContentIT.isForbiddenClass("org/openmrs/module/addonmarket/web/ApiErrors.class")).isFalse();
		assertThat(OmodContentIT.isForbiddenClass("com/networknt/schema/JsonSchema.class")).isFalse();
		assertThat(OmodContentIT.isForbiddenClass("org/springframework/readme.txt")).isFalse();
	}

	@Test
	public void artifactOf_shouldStripTheVersionSoThatAnyVersionOfAPlatformJarIsCaught() {
		assertThat(OmodContentIT.artifactOf("jackson-core-2.19.1.jar")).isEqualTo("jackson-core");
		assertThat(OmodContentIT.artifactOf("jackson-core-2.17.0.jar")).isEqualTo("jackson-core");
		assertThat(OmodContentIT.artifactOf("hibernate-core-5.6.15.Final.jar")).isEqualTo("hibernate-core");
		assertThat(OmodContentIT.artifactOf("mariadb-java-client-3.5.4.jar")).isEqualTo("mariadb-java-client");
		assertThat(OmodContentIT.artifactOf("addonmarket-api-0.1.0-SNAPSHOT.jar")).isEqualTo("addonmarket-api");
		assertThat(OmodContentIT.artifactOf("listenablefuture-9999.0-empty-to-avoid-conflict-with-guava.jar"))
		        .isEqualTo("listenablefuture");
	}

	@Test
	public void graalJsPlatforms_shouldBeExactlyTheOpenmrsReleasesThatDoNotShipGraalJs() {
		String ranges = OmodContentIT.GRAALJS_PLATFORMS;

		assertThat(List.of("2.6.0", "2.6.7", "2.6.17", "2.7.0", "2.7.4", "2.7.7", "2.7.7-SNAPSHOT", "2.8.0", "2.8.1"))
		        .allSatisfy(v -> assertThat(OpenmrsVersionRange.matches(v, ranges)).as(v).isTrue());
		assertThat(List.of("2.5.12", "2.7.8", "2.7.10", "2.8.2", "2.8.9", "2.9.0", "3.0.0"))
		        .allSatisfy(v -> assertThat(OpenmrsVersionRange.matches(v, ranges)).as(v).isFalse());
	}

	@Test
	public void openmrsVersionRange_shouldReadRangesAsOpenmrsDoes() {
		assertThat(OpenmrsVersionRange.matches("2.6.0", "2.6.0")).isTrue();
		assertThat(OpenmrsVersionRange.matches("2.8.9", "2.6.0")).as("a single version means that or newer").isTrue();
		assertThat(OpenmrsVersionRange.matches("2.5.9", "2.6.0")).isFalse();
		assertThat(OpenmrsVersionRange.matches("1.2.9", "1.2.* - 1.3.*")).isTrue();
		assertThat(OpenmrsVersionRange.matches("1.4.0", "1.2.* - 1.3.*")).isFalse();
	}

	@Test
	public void conditionalResourcePath_shouldMatchOnlyItsOwnJarAsOpenmrsMatchesIt() {
		String path = "/lib/js-20.3.17.jar";

		assertThat(openmrsMatches("/home/openmrs/.openmrs-lib-cache/addonmarket/lib/js-20.3.17.jar", path)).isTrue();
		assertThat(openmrsMatches("/cache/addonmarket/lib/js-scriptengine-20.3.17.jar", path)).isFalse();
		assertThat(openmrsMatches("/cache/addonmarket/lib/nodejs-20.3.17.jar", path)).isFalse();
		assertThat(openmrsMatches("/cache/addonmarket/lib/addonmarket-api-0.1.0.jar", path)).isFalse();
	}

	/** ModuleClassLoader's test: the resource's path ends with a match of the conditionalResource's path. */
	private static boolean openmrsMatches(String jarPath, String conditionalPath) {
		return jarPath.matches(".*" + conditionalPath + "$");
	}
}
