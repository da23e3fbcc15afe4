package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

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
}
