package org.openmrs.module.addonmarket.standalone.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * The web UI in headless Chromium against a demo-mode standalone server on H2, one role after another, as people
 * use it: the publisher publishes the example package through the Publish page; the clinician finds it in the
 * catalog and installs it; the administrator approves part of what it asks for in the grant editor, then suspends
 * it (confirming in a dialog) and resumes it; the clinician
 * configures it, first with a value the schema refuses; the auditor filters the log to that installation and
 * verifies the chain. A screenshot of each step goes to target/screenshots/.
 */
public class UiStoryTest {

	/** The test add-on under an id of the story's own: demo mode publishes the real example as org.example.… */
	private static final String ADDON = "org.cardiology.bp-crisis-alert";

	private static final String PUBLISHER = "cardiology-unit";

	private static final String SYSTEM_SCOPE = "system/Observation.rs?code=http://loinc.org|8480-6";

	private static final String PASSWORD = DemoAccounts.PASSWORD;

	private static final ApiClient.Exchanges EXCHANGES = new ApiClient.Exchanges();

	private static StandaloneServer server;

	private static Browser browser;

	private static Path pkg;

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
		ApiClient admin = api("admin");
		String publisherUuid = json(api("publisher").get(API + "/session")).path("uuid").asText();
		ok(admin.post(API + "/publishers", "{\"name\":\"" + PUBLISHER + "\",\"displayName\":\"Cardiology unit\"}"), 201);
		ok(admin.post(API + "/publishers/" + PUBLISHER + "/members", "{\"userUuid\":\"" + publisherUuid + "\"}"), 200);
		// The example, plus an optional system/ scope for its morning digest: the page shows the badge for it.
		pkg = Files.createTempFile("bp-crisis-alert", ".zip");
		Files.write(pkg, TestPackages.example().editManifest(m -> m.put("id", ADDON).withArray("/permissions")
		        .addObject().put("scope", SYSTEM_SCOPE).put("why", "Builds the morning digest").put("optional", true))
		        .build());
		browser = Browser.open("http://localhost:" + server.port(), Path.of("target", "screenshots"));
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
	public void story_shouldTakeAnAddonFromPublishingToAVerifiedAuditTrail() throws IOException {
		long started = System.nanoTime();
		publisherPublishes();
		clinicianInstalls();
		adminApprovesPart();
		String installation = json(api("admin").get(API + "/installations?addonId=" + ADDON)).path("results").get(0)
		        .path("uuid").asText();
		assertThat(json(api("admin").get(API + "/installations/" + installation)).path("state").asText())
		        .isEqualTo("ACTIVE");
		clinicianConfigures();
		auditorVerifies(installation);
		assertThat(browser.scriptErrors()).as("script errors and CSP violations in the browser console").isEmpty();
		System.out.printf("UI story: 5 roles, 13 screenshots in %d ms%n", (System.nanoTime() - started) / 1_000_000);
	}

	private void publisherPublishes() throws IOException {
		browser.go("/");
		browser.visible(By.id("username"));
		browser.screenshot("01-sign-in");
		browser.signIn("publisher", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "publish");
		browser.click(By.cssSelector("a[data-nav='publish']"));
		browser.visible(By.id("package-file")).sendKeys(pkg.toAbsolutePath().toString());
		browser.click(By.id("publish"));
		browser.waitForText(By.id("published"), "Published Hypertensive crisis alert 1.2.0");
		browser.screenshot("02-publisher-published");
		browser.signOut();
	}

	private void clinicianInstalls() throws IOException {
		browser.signIn("clinician", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "myAddons");
		browser.type(By.id("catalog-search"), "crisis");
		browser.waitForText(By.cssSelector("[data-addon='" + ADDON + "']"), "Hypertensive crisis alert");
		WebElement card = browser.visible(By.cssSelector("[data-addon='" + ADDON + "']"));
		assertThat(card.getText()).contains("Unsigned", "cardiology", "alerts", PUBLISHER);
		browser.screenshot("03-clinician-catalog");
		card.click();
		browser.waitForText(By.id("permissions-section"), "Read and search");
		assertThat(browser.visible(By.cssSelector(".am-system-badge")).getText()).isEqualTo("system/");
		assertThat(browser.visible(By.id("egress")).getText()).contains("https://api.example.org/");
		assertThat(browser.all(By.id("audience-organisation"))).as("organisation audience for a clinician").isEmpty();
		browser.screenshot("04-clinician-detail");
		browser.click(By.id("install"));
		browser.waitForText(By.id("install-panel"), "waits for an administrator");
		browser.screenshot("05-clinician-installed");
		browser.signOut();
	}

	private void adminApprovesPart() throws IOException {
		browser.signIn("admin", PASSWORD);
		browser.click(By.cssSelector(".cds--header__menu-title"));
		browser.click(By.cssSelector("a[data-nav='approvals']"));
		browser.click(By.cssSelector("[data-addon='" + ADDON + "']"));
		browser.visible(By.id("grant-editor"));
		browser.tick(scope("patient/Patient.r"), false);
		browser.tick(scope(SYSTEM_SCOPE), false);
		browser.tick(browser.visible(By.cssSelector("input[data-egress='https://api.example.org/']")), false);
		browser.type(By.id("grant-rationale"), "Blood pressure alerts for the ward; no names, no digest, no egress");
		browser.waitForText(By.id("approve"), "Approve 2 permissions");
		browser.screenshot("06-admin-grant-editor");
		browser.click(By.id("approve"));
		browser.waitForText(By.id("decided"), "Approved Hypertensive crisis alert");
		browser.screenshot("07-admin-approved");
		browser.click(By.cssSelector(".cds--header__menu-title"));
		browser.click(By.cssSelector("a[data-nav='installations']"));
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Active");
		browser.click(By.cssSelector("button[data-action='suspend']"));
		browser.type(By.id("suspend-reason"), "Checking the alert thresholds with the ward");
		browser.screenshot("08-admin-suspend-confirmation");
		browser.click(By.cssSelector(".cds--modal.is-visible .cds--btn--danger"));
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Suspended");
		browser.click(By.cssSelector("button[data-action='resume']"));
		browser.waitForText(By.cssSelector("tr[data-installation]"), "Active");
		browser.screenshot("09-admin-installations");
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
		browser.screenshot("10-clinician-configuration-refused");
		browser.type(By.id("config-threshold"), "170");
		browser.click(By.id("save-configuration"));
		browser.waitForText(By.id("configuration-saved"), "Saved as configuration #1");
		assertThat(browser.all(By.id("config-threshold-error-msg"))).isEmpty();
		browser.screenshot("11-clinician-configuration-saved");
		browser.signOut();
	}

	private void auditorVerifies(String installation) throws IOException {
		browser.signIn("auditor", PASSWORD);
		assertThat(navIds()).containsExactly("catalog", "audit");
		browser.click(By.cssSelector(".cds--header__menu-title"));
		assertThat(navIds()).as("the auditor's administration menu").containsExactly("catalog", "inventory", "audit");
		browser.click(By.cssSelector("a[data-nav='audit']"));
		browser.visible(By.cssSelector("#chain-verification [data-valid='true']"));
		new Select(browser.visible(By.id("audit-installation"))).selectByValue(installation);
		new Select(browser.visible(By.id("audit-kind"))).selectByValue("GOVERNANCE");
		browser.click(By.id("apply-filters"));
		browser.waitForText(By.id("event-count"), "5 events");
		List<WebElement> rows = browser.all(By.cssSelector("tr[data-sequence]"));
		assertThat(rows).extracting(WebElement::getText).allMatch(text -> text.contains(ADDON));
		assertThat(rows).extracting(row -> row.findElements(By.tagName("td")).get(4).getText())
		        .containsExactly("configure", "resume", "suspend", "grant", "install");
		browser.click(By.cssSelector("tr[data-sequence] button"));
		assertThat(browser.visible(By.cssSelector("#event-detail [data-field='installation']")).getText())
		        .isEqualTo(installation);
		assertThat(browser.visible(By.cssSelector("#event-detail [data-field='hash']")).getText()).hasSize(64);
		browser.click(By.id("verify-again"));
		browser.waitForText(By.id("chain-verification"), "Chain verified");
		browser.screenshot("12-auditor-log");
		String csv = browser.visible(By.id("export-csv")).getAttribute("href");
		assertThat(csv).contains("installation=" + installation, "kind=GOVERNANCE");
		HttpResponse<String> exported = api("auditor").get(csv.substring(csv.indexOf(API)));
		assertThat(exported.statusCode()).isEqualTo(200);
		assertThat(exported.body().lines().count()).as("CSV header and five events").isEqualTo(6);
		assertThat(browser.visible(By.id("export-fhir")).getAttribute("href")).contains("/audit/events/fhir?");
		browser.go("/#/admin/inventory");
		browser.waitForText(By.cssSelector("tr[data-installation='" + installation + "']"), "2 scopes, 0 destinations");
		browser.screenshot("13-auditor-inventory");
		browser.go("/#/admin/approvals");
		browser.waitForText(By.id("main-content"), "Not available to you");
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
