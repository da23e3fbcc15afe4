package org.openmrs.module.addonmarket.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.time.Duration;
import java.util.Base64;
import java.util.List;

import org.junit.AfterClass;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TestWatcher;
import org.junit.runner.Description;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.StandaloneServer;
import org.openmrs.module.addonmarket.standalone.TestServers;
import org.openmrs.module.addonmarket.standalone.demo.DemoAccounts;
import org.openmrs.module.addonmarket.test.TestDatabase;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The web UI in headless Chromium against a demo-mode standalone server on H2, one role after another, as people
 * use it: the administrator sets up the publisher, its member and a trusted key; the publisher publishes the example
 * package and sees it in the catalog; the clinician finds it and installs it; the administrator approves part of what
 * it asks for; the clinician configures it (first with a value the schema refuses), runs its action for a patient
 * found by search and sees the result card, records a blood pressure and finds the add-on's notice; the auditor
 * finds who touched that patient's chart, filters the log to it (permits and denials), verifies the chain,
 * downloads the CSV and opens the data flow and the timeline; the administrator suspends every installation with
 * the kill switch and resumes them. A screenshot of each step goes to target/screenshots/.
 */
public class UiStoryTest {

	/** Its own id: demo mode publishes the example itself as org.example.bp-crisis-alert (example-health). */
	private static final String ADDON = "org.cardiology.bp-crisis-alert";

	private static final String PUBLISHER = "cardiology-unit";

	private static final String SYSTEM_SCOPE = "system/Observation.rs?code=http://loinc.org|8480-6";

	/** The example's blood pressure scope as the log records it (canonical: its codes in order). */
	private static final String OBSERVATION_SCOPE = "patient/Observation.rs?code=http://loinc.org|8462-4,"
	        + "http://loinc.org|8480-6";

	/** The patient the clinician runs the action for, found by the start of their identifier. */
	private static final String PATIENT_SEARCH = "SYN-100042";

	/**
	 * The story's script: the example's handlers, with an action that also tries to read the patient's name, which
	 * the administrator leaves out of the grant, so that the log holds a denial beside the permits.
	 */
	private static final String SCRIPT = String.join("\n", "const SYSTOLIC = \"http://loinc.org|8480-6\";",
	    "function threshold(ctx) { return (ctx.config && ctx.config.threshold) || 180; }",
	    "function onReading(ctx) {", "  const value = ctx.event.valueQuantity.value;",
	    "  if (value >= threshold(ctx)) {",
	    "    ctx.ehr.create(\"Notice\", { severity: \"critical\", text: \"Systolic blood pressure \" + value",
	    "      + \" mmHg is in the hypertensive crisis range\" });", "  }", "}", "function trend(ctx) {",
	    "  let name = \"this patient\";",
	    "  try { ctx.ehr.read(\"Patient\", ctx.patient); } catch (e) { ctx.log.info(\"name withheld: \" + e.code); }",
	    "  const readings = ctx.ehr.search(\"Observation\", { code: SYSTOLIC, _count: 5 });",
	    "  const high = readings.filter(o => o.valueQuantity.value >= threshold(ctx)).length;",
	    "  return { title: \"Blood pressure trend\", severity: high ? \"warning\" : \"info\",",
	    "    text: readings.length + \" recent systolic readings for \" + name + \", \" + high + \" in the crisis range\",",
	    "    items: readings.map(o => o.effectiveDateTime.slice(0, 10) + \": \" + o.valueQuantity.value + \" mmHg\") };",
	    "}", "function digest(ctx) { ctx.log.info(\"threshold \" + threshold(ctx)); }", "");

	private static final String PASSWORD = DemoAccounts.PASSWORD;

	private static final ApiClient.Exchanges EXCHANGES = new ApiClient.Exchanges();

	private static StandaloneServer server;

	private static Browser browser;

	private static Path pkg;

	private static int shots;

	/** On a failure, the page as it was: a screenshot and its text, to see what the person would have seen. */
	@Rule
	public final TestWatcher onFailure = new TestWatcher() {

		@Override
		protected void failed(Throwable e, Description description) {
			if (browser != null) {
				try {
					System.err.println("Failed at " + browser.driver().getCurrentUrl() + ", the page said:\n"
					        + browser.driver().findElement(By.tagName("body")).getText() + "\nConsole: "
					        + browser.scriptErrors());
					browser.screenshot("failure-" + description.getMethodName());
				}
				catch (IOException | WebDriverException problem) {
					System.err.println("No screenshot of the failure: " + problem);
				}
			}
		}
	};

	@BeforeClass
	public static void startServerAndBrowser() throws IOException {
		Browser.requireInstalled();
		server = TestServers.startDemo(TestDatabase.H2);
		// The example, plus an optional system/ scope for its morning digest: the page shows the badge for it.
		pkg = Files.createTempFile("bp-crisis-alert", ".zip");
		Files.write(pkg, TestPackages.example().editManifest(m -> storyManifest(m).withArray("/permissions")
		        .addObject().put("scope", SYSTEM_SCOPE).put("why", "Builds the morning digest").put("optional", true))
		        .replace("main.js", SCRIPT).build());
		Path screenshots = Path.of("target", "screenshots");
		if (Files.isDirectory(screenshots)) {
			try (var old = Files.list(screenshots)) {
				for (Path shot : old.filter(f -> f.toString().endsWith(".png")).toList()) {
					Files.delete(shot);
				}
			}
		}
		browser = Browser.open("http://localhost:" + server.port(), screenshots);
	}

	/**
	 * The test example under the story's own id; its alert is about the trigger's patient (patient/Notice.c), since a
	 * trigger runs with no user behind it and user/ scopes never apply to it.
	 */
	private static ObjectNode storyManifest(ObjectNode manifest) {
		manifest.put("id", ADDON);
		for (JsonNode permission : manifest.withArray("/permissions")) {
			if ("user/Notice.c".equals(permission.path("scope").asText())) {
				((ObjectNode) permission).put("scope", "patient/Notice.c");
			}
		}
		return manifest;
	}

	@AfterClass
	public static void stop() throws IOException {
		try {
			if (browser != null) {
				browser.close();
			}
		}
		finally {
			if (server != null) {
				server.close();
			}
			if (pkg != null) {
				Files.deleteIfExists(pkg);
			}
		}
	}

	@Test
	public void story_shouldTakeAnAddonFromPublishingToAVerifiedAuditTrail() throws IOException,
	        GeneralSecurityException {
		long started = System.nanoTime();
		adminSetsUpThePublisher();
		publisherPublishes();
		clinicianInstalls();
		adminApprovesPart();
		String installation = json(api("admin").get(API + "/installations?addonId=" + ADDON)).path("results").get(0)
		        .path("uuid").asText();
		assertThat(json(api("admin").get(API + "/installations/" + installation)).path("state").asText())
		        .isEqualTo("ACTIVE");
		clinicianConfigures();
		clinicianUpgrades();
		String patient = clinicianRunsTheAction();
		clinicianSeesTheNotice(patient);
		auditorReviews(installation, patient);
		adminUsesTheKillSwitch();
		assertThat(browser.scriptErrors()).as("script errors and CSP violations in the browser console").isEmpty();
		System.out.printf("UI story: 5 roles, %d screenshots in %d ms%n", shots, (System.nanoTime() - started) / 1_000_000);
	}

	private void adminSetsUpThePublisher() throws IOException, GeneralSecurityException {
		browser.go("/");
		browser.visible(By.id("username"));
		shot("sign-in");
		browser.signIn("admin", PASSWORD);
		openAdmin("publishers");
		browser.type(By.id("publisher-name"), PUBLISHER);
		browser.type(By.id("publisher-display-name"), "Cardiology unit");
		browser.click(By.id("create-publisher"));
		browser.visible(By.id("publisher-detail"));
		String publisherUuid = json(api("publisher").get(API + "/session")).path("uuid").asText();
		new Select(browser.visible(By.id("member-user"))).selectByValue(publisherUuid);
		browser.click(By.id("add-member"));
		browser.waitForText(By.id("publisher-members"), "Demo Publisher (publisher)");
		KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
		String publicKey = Base64.getEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
		browser.type(By.id("key-public"), publicKey);
		browser.type(By.id("key-label"), "Cardiology release key 2026");
		browser.click(By.id("add-key"));
		browser.visible(By.id("key-added"));
		String fingerprint = json(api("admin").get(API + "/publishers/" + PUBLISHER + "/keys")).path("results").get(0)
		        .path("fingerprint").asText();
		browser.waitForText(By.cssSelector("tr[data-key]"), fingerprint);
		shot("admin-publisher-members-and-key");
		browser.signOut();
	}

	private void publisherPublishes() throws IOException {
		browser.signIn("publisher", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "publish");
		browser.click(By.cssSelector("a[data-nav='publish']"));
		browser.visible(By.id("package-file")).sendKeys(pkg.toAbsolutePath().toString());
		browser.click(By.id("publish"));
		browser.waitForText(By.id("published"), "Published Hypertensive crisis alert 1.2.0");
		shot("publisher-published");
		browser.click(By.cssSelector("#published a"));
		browser.waitForText(By.id("addon-description"), "crisis range");
		assertThat(browser.visible(By.cssSelector("[data-version='1.2.0']")).getText()).contains("Published",
		    "Withdraw");
		shot("publisher-sees-the-addon");
		browser.signOut();
	}

	private void clinicianInstalls() throws IOException {
		browser.signIn("clinician", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "myAddons", "notices");
		browser.type(By.id("catalog-search"), "crisis");
		browser.waitForText(By.cssSelector("[data-addon='" + ADDON + "']"), "Hypertensive crisis alert");
		WebElement card = browser.visible(By.cssSelector("[data-addon='" + ADDON + "']"));
		assertThat(card.getText()).contains("Unsigned", "cardiology", "alerts", PUBLISHER);
		shot("clinician-catalog");
		browser.clickUntil(By.cssSelector("[data-addon='" + ADDON + "']"), By.id("permissions-section"),
		    "Read and search");
		assertThat(browser.visible(By.cssSelector(".am-system-badge")).getText()).isEqualTo("system/");
		assertThat(browser.visible(By.id("egress")).getText()).contains("https://api.example.org/");
		assertThat(browser.all(By.id("audience-organisation"))).as("organisation audience for a clinician").isEmpty();
		shot("clinician-detail");
		browser.click(By.id("install"));
		browser.waitForText(By.id("install-panel"), "waits for an administrator");
		shot("clinician-installed");
		browser.signOut();
	}

	private void adminApprovesPart() throws IOException {
		browser.signIn("admin", PASSWORD);
		openAdmin("approvals");
		browser.click(By.cssSelector("[data-addon='" + ADDON + "']"));
		browser.visible(By.id("grant-editor"));
		browser.tick(scope("patient/Patient.r"), false);
		browser.tick(scope(SYSTEM_SCOPE), false);
		browser.tick(browser.visible(By.cssSelector("input[data-egress='https://api.example.org/']")), false);
		browser.type(By.id("grant-rationale"), "Blood pressure alerts for the ward; no names, no digest, no egress");
		browser.waitForText(By.id("approve"), "Approve 2 permissions");
		shot("admin-grant-editor");
		browser.click(By.id("approve"));
		browser.waitForText(By.id("decided"), "Approved Hypertensive crisis alert");
		shot("admin-approved");
		openAdmin("installations");
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Active");
		shot("admin-installations");
		browser.signOut();
	}

	private void clinicianConfigures() throws IOException {
		browser.signIn("clinician", PASSWORD);
		browser.click(By.cssSelector("a[data-nav='myAddons']"));
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Active");
		browser.click(By.linkText("Hypertensive crisis alert"));
		browser.type(By.id("config-threshold"), "90");
		browser.click(By.id("save-configuration"));
		browser.visible(By.id("config-threshold-error-msg"));
		assertThat(browser.visible(By.id("config-threshold")).getAttribute("data-invalid")).isEqualTo("true");
		assertThat(browser.visible(By.id("config-threshold-error-msg")).getText()).contains("140");
		shot("clinician-configuration-refused");
		browser.type(By.id("config-threshold"), "170");
		browser.click(By.id("save-configuration"));
		browser.waitForText(By.id("configuration-saved"), "Saved as configuration #1");
		assertThat(browser.all(By.id("config-threshold-error-msg"))).isEmpty();
		shot("clinician-configuration-saved");
	}

	/**
	 * The publisher publishes 1.3.0 (over HTTP), which also asks to read conditions; the clinician sees the offer on
	 * My add-ons, the diff with the new scope in red, upgrades, and is told it awaits approval while 1.2.0 runs on.
	 */
	private void clinicianUpgrades() throws IOException {
		byte[] next = TestPackages.example().editManifest(m -> {
			storyManifest(m).put("version", "1.3.0");
			m.withArray("/permissions").addObject().put("scope", "patient/Condition.rs")
			        .put("why", "Shows hypertension on the alert");
		}).replace("main.js", SCRIPT).build();
		ok(api("publisher").postBytes(API + "/packages", next, "application/zip"), 201);
		browser.click(By.cssSelector("a[data-nav='myAddons']"));
		browser.click(By.cssSelector("tr[data-installation] button[data-action='upgrade']"));
		browser.waitForText(By.cssSelector("#upgrade-diff li[data-diff='added']"), "patient/Condition.rs");
		assertThat(browser.visible(By.cssSelector("#upgrade-modal .am-intro")).getText()).contains("keeps running");
		shot("clinician-upgrade-diff");
		// The footer's: Carbon's close button in the modal's header is an icon button of kind primary too.
		browser.click(By.cssSelector("#upgrade-modal .cds--modal-footer .cds--btn--primary"));
		browser.waitForText(By.id("upgraded"), "1.3.0 is awaiting approval");
		browser.waitForText(By.cssSelector("tr[data-installation]"), "1.3.0 awaiting approval");
		assertThat(browser.visible(By.cssSelector("tr[data-installation]")).getText()).contains("1.2.0", "Active");
		shot("clinician-upgrade-awaiting-approval");
	}

	/** @return the uuid of the patient the clinician ran the action for */
	private String clinicianRunsTheAction() throws IOException {
		browser.click(By.cssSelector("a[data-nav='myAddons']"));
		browser.click(By.cssSelector("tr[data-installation] a[data-action='run']"));
		browser.type(By.id("patient-search"), PATIENT_SEARCH);
		WebElement found = browser.visible(By.cssSelector(".am-patient-results button[data-patient]"));
		assertThat(found.getText()).contains(PATIENT_SEARCH);
		String patient = found.getAttribute("data-patient");
		shot("clinician-patient-search");
		found.click();
		browser.visible(By.cssSelector("#chosen-patient[data-patient='" + patient + "']"));
		runAction();
		browser.waitForText(By.id("action-result"), "Blood pressure trend");
		assertThat(browser.visible(By.id("action-result")).getAttribute("data-outcome")).isEqualTo("SUCCESS");
		assertThat(browser.all(By.cssSelector("#action-result .am-result-items li"))).isNotEmpty();
		browser.waitForText(By.id("invocation-history"), "action:trend");
		shot("clinician-action-result");
		return patient;
	}

	/**
	 * Runs the action as the clinician does, and again (at most twice more) when the run hit the wall-time limit: the
	 * engine's first runs in a fresh JVM are interpreted cold, and on a busy build machine they can pass the 5 s
	 * default, as a clinician would see and retry. Any other failure stays a failure.
	 */
	private static void runAction() {
		for (int attempt = 1; attempt <= 3; attempt++) {
			browser.click(By.id("run-action"));
			WebElement result = browser.visible(By.cssSelector("#action-result[data-run='" + attempt + "']"));
			if (!"ERROR".equals(result.getAttribute("data-outcome")) || !result.getText().contains("ADDON-0811")) {
				return;
			}
			System.out.println("UI story: run " + attempt + " hit the wall-time limit (cold engine); running again");
		}
	}

	/**
	 * A systolic reading of 185 (above the threshold of 170) for the patient. The add-on's trigger raises a notice
	 * for it once triggers run (another part of issue 9): until the server has GET /notices the page says notices
	 * are not available, and the story checks that instead.
	 */
	private void clinicianSeesTheNotice(String patient) throws IOException {
		ok(api("clinician").post(API + "/patients/" + patient + "/observations",
		    "{\"code\":\"http://loinc.org|8480-6\",\"value\":185,\"unit\":\"mm[Hg]\"}"), 201);
		boolean noticesOnServer = api("clinician").get(API + "/notices").statusCode() != 404;
		browser.click(By.cssSelector("a[data-nav='notices']"));
		if (!noticesOnServer) {
			// TRIGGERS NOT ON MAIN YET: no GET /notices, so the page must say so rather than fail.
			browser.visible(By.id("notices-absent"));
			System.out.println("UI story: GET /notices is absent (triggers not merged yet); checked the page says so");
			shot("clinician-notices-absent");
		}
		else {
			long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
			By group = By.cssSelector(".am-notice-group[data-patient='" + patient + "']");
			while (browser.all(group).isEmpty() && System.nanoTime() < deadline) {
				browser.click(By.id("refresh-notices"));
				browser.textWithin(group, "hypertensive crisis", Duration.ofSeconds(1));
			}
			browser.waitForText(group, "185 mmHg is in the hypertensive crisis range");
			assertThat(browser.visible(By.cssSelector("[data-badge='notices']")).getText()).isNotEqualTo("0");
			shot("clinician-notice");
		}
		browser.signOut();
	}

	private void auditorReviews(String installation, String patient) throws IOException {
		browser.signIn("auditor", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "audit");
		browser.click(By.cssSelector(".cds--header__menu-title"));
		assertThat(navIds()).as("the auditor's administration menu").containsExactly("catalog", "inventory", "audit");
		browser.click(By.cssSelector("a[data-nav='audit']"));
		browser.visible(By.cssSelector("#chain-verification [data-valid='true']"));
		browser.click(By.cssSelector("[data-audit-tab='patient']"));
		browser.type(By.id("patient-search"), PATIENT_SEARCH);
		browser.click(By.cssSelector(".am-patient-results button[data-patient='" + patient + "']"));
		browser.waitForText(By.cssSelector("#touched tr[data-addon='" + ADDON + "']"), "Observation");
		List<WebElement> cells = browser.all(By.cssSelector("#touched tr[data-addon='" + ADDON + "'] td"));
		assertThat(cells.get(2).getText()).as("permitted").isNotEqualTo("0");
		assertThat(cells.get(3).getText()).as("denied").isNotEqualTo("0");
		shot("auditor-who-touched-the-chart");
		browser.click(By.id("patient-log"));
		browser.waitForText(By.id("event-count"), "event");
		List<String> outcomes = browser.all(By.cssSelector("tr[data-sequence]")).stream()
		        .map(row -> row.findElements(By.tagName("td")).get(5).getText()).toList();
		assertThat(outcomes).contains("Permitted", "Denied");
		browser.click(By.cssSelector("tr[data-sequence] button"));
		assertThat(browser.visible(By.cssSelector("#event-detail [data-field='patient']")).getText()).isEqualTo(patient);
		assertThat(browser.visible(By.cssSelector("#event-detail [data-field='hash']")).getText()).hasSize(64);
		browser.click(By.id("verify-again"));
		browser.waitForText(By.id("chain-verification"), "Chain verified");
		shot("auditor-log-for-the-patient");
		auditorExports(patient);
		auditorSeesFlowAndTimeline(installation);
		browser.signOut();
	}

	private void auditorExports(String patient) throws IOException {
		String csv = browser.visible(By.id("export-csv")).getAttribute("href");
		assertThat(csv).contains("patient=" + patient);
		assertThat(browser.visible(By.id("export-fhir")).getAttribute("href")).contains("/audit/events/fhir?");
		browser.click(By.id("export-csv"));
		List<String> lines = Files.readAllLines(browser.downloaded("addonmarket-audit.csv"));
		long shown = json(api("auditor").get(API + "/audit/events?patient=" + patient)).path("total").asLong();
		assertThat(lines).as("the CSV header and the patient's events").hasSize((int) shown + 1);
		assertThat(lines.subList(1, lines.size())).allMatch(line -> line.contains(patient));
	}

	private void auditorSeesFlowAndTimeline(String installation) throws IOException {
		browser.click(By.cssSelector("[data-audit-tab='data-flow']"));
		WebElement flow = browser.visible(By.cssSelector(".am-flow[data-addon='" + ADDON + "']"));
		assertThat(flow.getText()).contains("Declared", "Observed", "Observation");
		assertThat(flow.findElements(By.cssSelector("[data-used='true'] code"))).as("declared scopes the log shows used")
		        .extracting(WebElement::getText).contains(OBSERVATION_SCOPE);
		assertThat(flow.findElements(By.cssSelector("[data-granted-scope]"))).as("the two scopes the admin approved")
		        .extracting(e -> e.getAttribute("data-granted-scope")).hasSize(2).contains(OBSERVATION_SCOPE)
		        .doesNotContain("patient/Patient.r", SYSTEM_SCOPE);
		shot("auditor-data-flow");
		browser.click(By.cssSelector("[data-audit-tab='timeline']"));
		browser.visible(By.cssSelector("#access-timeline svg"));
		assertThat(Integer.parseInt(browser.visible(By.id("access-timeline")).getAttribute("data-accesses")))
		        .isPositive();
		shot("auditor-timeline");
		browser.go("/#/admin/inventory");
		browser.waitForText(By.cssSelector("tr[data-installation='" + installation + "']"), "2 scopes, 0 destinations");
		shot("auditor-inventory");
		browser.go("/#/admin/approvals");
		browser.waitForText(By.id("main-content"), "Not available to you");
	}

	private void adminUsesTheKillSwitch() throws IOException {
		browser.signIn("admin", PASSWORD);
		openAdmin("killSwitch");
		new Select(browser.visible(By.id("kill-switch-addon"))).selectByValue(ADDON);
		browser.waitForText(By.id("suspend-all"), "Suspend every installation (1)");
		browser.click(By.id("suspend-all"));
		browser.waitForText(By.id("kill-switch-count"), "This stops 1 installation at once");
		browser.type(By.id("kill-switch-modal-reason"), "The alert fires on every reading: stopped while cardiology checks it");
		shot("admin-kill-switch-confirmation");
		browser.click(By.cssSelector("#kill-switch-modal .cds--modal-footer .cds--btn--danger"));
		browser.waitForText(By.id("kill-switch-outcome"), "Suspended 1 installation of");
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Suspended");
		shot("admin-kill-switch-suspended");
		browser.click(By.id("resume-all"));
		browser.waitForText(By.id("kill-switch-outcome"), "Resumed 1 installation of");
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Active");
		browser.go("/#/addons/" + ADDON);
		browser.click(By.id("block"));
		browser.type(By.id("block-modal-reason"), "Under review by cardiology");
		browser.click(By.cssSelector("#block-modal .cds--modal-footer .cds--btn--danger"));
		browser.waitForText(By.id("admin-panel"), "The add-on is blocked");
		assertThat(browser.all(By.id("install-panel"))).as("no Install for a blocked add-on").isEmpty();
		shot("admin-blocked");
		browser.click(By.id("unblock"));
		browser.visible(By.id("install-panel"));
		browser.signOut();
	}

	@Test
	public void uiFiles_shouldBeServedToAnonymousWithTheirHeaders() {
		ApiClient anonymous = ApiClient.anonymous(server.port(), EXCHANGES);
		HttpResponse<String> index = anonymous.get("/");
		assertThat(index.statusCode()).isEqualTo(200);
		assertThat(index.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(index.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
		assertThat(index.headers().firstValue("Cache-Control").orElse("")).isEqualTo("no-cache");
		assertThat(anonymous.get("/catalog").body()).as("a client-side route opens the app").isEqualTo(index.body());

		java.util.regex.Matcher script = java.util.regex.Pattern.compile("src=\"\\./(assets/[^\"]+\\.js)\"")
		        .matcher(index.body());
		assertThat(script.find()).as("index.html loads a script from assets/").isTrue();
		HttpResponse<String> asset = anonymous.get("/" + script.group(1));
		assertThat(asset.statusCode()).isEqualTo(200);
		assertThat(asset.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
		assertThat(asset.headers().firstValue("Cache-Control").orElse("")).contains("immutable");

		assertThat(anonymous.get("/assets/no-such-file.js").statusCode()).isEqualTo(404);
		assertThat(anonymous.get("/ws/rest/addonmarket/v1/health").statusCode()).as("the API beside the UI")
		        .isEqualTo(200);
		assertThat(anonymous.get("/ws/rest/addonmarket/v1/approvals").statusCode()).isEqualTo(401);
	}

	/** Opens a page of the Administration menu. */
	private static void openAdmin(String page) {
		browser.click(By.cssSelector(".cds--header__menu-title"));
		browser.click(By.cssSelector("a[data-nav='" + page + "']"));
	}

	/** A numbered screenshot: 01-sign-in.png, 02-…, in the order of the story. */
	private static void shot(String name) throws IOException {
		shots++;
		browser.screenshot(String.format("%02d-%s", shots, name));
	}

	private static WebElement scope(String scope) {
		return browser.visible(By.cssSelector("input[data-scope='" + scope + "']"));
	}

	/** @return the pages the header offers now, by id, in order (those of a closed menu are not shown) */
	private static List<String> navIds() {
		return browser.all(By.cssSelector("[data-nav]")).stream().filter(WebElement::isDisplayed)
		        .map(e -> e.getAttribute("data-nav")).filter(id -> !"admin".equals(id)).toList();
	}

	private static ApiClient api(String username) {
		return ApiClient.basic(server.port(), EXCHANGES, username, PASSWORD);
	}

	private static HttpResponse<String> ok(HttpResponse<String> response, int status) {
		assertThat(response.statusCode()).as(response.request().uri() + ": " + response.body()).isEqualTo(status);
		return response;
	}
}
