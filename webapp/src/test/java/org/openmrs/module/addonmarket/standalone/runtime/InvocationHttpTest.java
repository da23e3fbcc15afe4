package org.openmrs.module.addonmarket.standalone.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;

import java.net.http.HttpResponse;

import org.junit.Test;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;

/**
 * Running an add-on's action over real HTTP against the standalone server, on H2, PostgreSQL and MariaDB.
 */
public class InvocationHttpTest extends DemoServerTest {

	@Test
	public void runAction_shouldAnswerTheCardAndListTheRun() {
		ActionStory.assertCard(new ActionStory(this::basic).runAction());
	}

	@Test
	public void runAction_shouldAnswer404ForAnUnknownInstallationAnd401Anonymously() {
		HttpResponse<String> unknown = basic("clinician", PASSWORD).post(API
		        + "/installations/no-such-installation/actions/trend/invocations", "{\"patient\":\"p1\"}");
		HttpResponse<String> anonymous = anonymous().post(API
		        + "/installations/no-such-installation/actions/trend/invocations", "{\"patient\":\"p1\"}");

		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(errorCode(unknown)).isEqualTo("ADDON-0502");
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}
}
