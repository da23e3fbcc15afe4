package org.openmrs.module.addonmarket.standalone.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.util.UUID;

import org.junit.After;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.host.Setting;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.standalone.StandaloneSettings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

/**
 * {@code GET /notices} over real HTTP against the standalone server, on H2, PostgreSQL and MariaDB: a clinician
 * records a blood pressure, an add-on's trigger raises a notice with no audience, and the notice reaches the
 * clinician the add-on is installed for.
 */
public class NoticeHttpTest extends DemoServerTest {

	private static final String SCRIPT = "function trend(ctx) { return {}; }\n"
	        + "function onReading(ctx) { ctx.ehr.create('Notice', { severity: 'critical',\n"
	        + "    text: 'Systolic ' + ctx.event.valueQuantity.value + ' (' + ctx.event.id + ')' }); }\n";

	/** Back to the default run time limit. */
	@After
	public void defaultTimeout() {
		server.bean(StandaloneSettings.class).set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), null);
	}

	@Test
	public void getNotices_shouldShowTheNoticeATriggerRaisedForTheInstallationsUser() throws Exception {
		// The trigger's run is the first script this server runs: on a loaded build machine a cold engine may need
		// more than the default 5 s, which would test the machine rather than the notice.
		server.bean(StandaloneSettings.class).set(Setting.RUNTIME_TIMEOUT_MILLIS.name(), "60000");
		ApiClient clinician = basic("clinician", PASSWORD);
		String name = "notices-" + UUID.randomUUID().toString().substring(0, 8);
		String installation = installedTriggerAddon(clinician, name);
		String patient = json(ok(clinician.get(API + "/patients?count=1"), 200)).path("results").get(0).path("uuid")
		        .asText();

		JsonNode stored = json(ok(clinician.post(API + "/patients/" + patient + "/observations",
		    "{\"code\": \"http://loinc.org|8480-6\", \"value\": 187, \"unit\": \"mm[Hg]\"}"), 201));

		String text = "Systolic 187 (" + stored.path("id").asText() + ")";
		JsonNode notice = null;
		for (int i = 0; i < 600 && notice == null; i++) {
			for (JsonNode n : json(ok(clinician.get(API + "/notices?patient=" + patient + "&max=20"), 200))
			        .path("results")) {
				notice = text.equals(n.path("text").asText()) ? n : notice;
			}
			Thread.sleep(notice == null ? 100 : 0);
		}
		assertThat(notice).as("the trigger's notice; the installation's runs: %s",
		    clinician.get(API + "/invocations?installation=" + installation).body()).isNotNull();
		assertThat(notice.path("severity").asText()).isEqualTo("critical");
		assertThat(notice.path("patient").asText()).isEqualTo(patient);
		assertThat(notice.path("audience").path("kind").asText()).isEqualTo("user");
		assertThat(notice.path("addonId").asText()).isEqualTo("org.test." + name);
		assertThat(notice.path("createdBy").asText()).isEqualTo("system");
		JsonNode page = json(clinician.get(API + "/notices?max=1"));
		assertThat(page.path("results")).hasSize(1);
		assertThat(page.has("page") && page.has("size") && page.has("total")).isTrue();
	}

	@Test
	public void getNotices_shouldAnswer401Anonymously403WithoutUseAddonsAnd400ForABadMax() {
		HttpResponse<String> anonymous = anonymous().get(API + "/notices");
		HttpResponse<String> auditor = basic("auditor", PASSWORD).get(API + "/notices");
		HttpResponse<String> badMax = basic("clinician", PASSWORD).get(API + "/notices?max=0");

		assertThat(anonymous.statusCode()).isEqualTo(401);
		assertThat(auditor.statusCode()).isEqualTo(403);
		assertThat(errorCode(auditor)).isEqualTo("ADDON-0003");
		assertThat(badMax.statusCode()).isEqualTo(400);
	}

	/**
	 * Publishes, installs for the clinician and approves an add-on whose trigger raises a notice.
	 *
	 * @return the installation's uuid
	 */
	private String installedTriggerAddon(ApiClient clinician, String name) {
		ApiClient admin = basic("admin", PASSWORD);
		ApiClient publisher = basic("publisher", PASSWORD);
		String addonId = "org.test." + name;
		String publisherUuid = json(publisher.get(API + "/session")).path("uuid").asText();
		ok(admin.post(API + "/publishers", "{\"name\":\"" + name + "\"}"), 201);
		ok(admin.post(API + "/publishers/" + name + "/members", "{\"userUuid\":\"" + publisherUuid + "\"}"), 200);
		byte[] pkg = TestPackages.example().replace("main.js", SCRIPT).editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", name);
			ArrayNode permissions = m.putArray("permissions");
			permissions.addObject().put("scope", "patient/Notice.c").put("why", "Alerts the care team");
			m.remove("egress");
			m.remove("schedules");
			ArrayNode triggers = m.putArray("triggers");
			triggers.addObject().put("event", "Observation.created").put("handler", "onReading").putObject("where")
			        .put("code", "http://loinc.org|8480-6");
		}).build();
		ok(publisher.postBytes(API + "/packages", pkg, "application/zip"), 201);
		String uuid = json(ok(clinician.post(API + "/installations", "{\"addonId\":\"" + addonId + "\"}"), 201))
		        .path("uuid").asText();
		ok(admin.post(API + "/installations/" + uuid + "/grants",
		    "{\"scopes\":[\"patient/Notice.c\"],\"rationale\":\"ward alerts\"}"), 201);
		return uuid;
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return response;
	}
}
