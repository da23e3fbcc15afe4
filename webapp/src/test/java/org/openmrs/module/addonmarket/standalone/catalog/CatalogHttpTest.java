package org.openmrs.module.addonmarket.standalone.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openmrs.module.addonmarket.standalone.ApiClient.API;
import static org.openmrs.module.addonmarket.standalone.ApiClient.errorCode;
import static org.openmrs.module.addonmarket.standalone.ApiClient.json;

import java.net.http.HttpResponse;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.catalog.signing.PackageSignature;
import org.openmrs.module.addonmarket.standalone.ApiClient;
import org.openmrs.module.addonmarket.standalone.DemoServerTest;
import org.openmrs.module.addonmarket.test.CatalogFixture;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The catalog over real HTTP against the standalone server, on H2, PostgreSQL and MariaDB: an administrator sets
 * up a publisher and its key, the publisher publishes a signed package, a clinician finds it and reads what it
 * asks for, and hostile packages are refused with their status and code.
 */
public class CatalogHttpTest extends DemoServerTest {

	private ApiClient admin;

	private ApiClient publisher;

	private ApiClient clinician;

	private final String publisherName = "unit-" + UUID.randomUUID().toString().substring(0, 8);

	private final String addonId = "org.test." + publisherName;

	private KeyPair keys;

	@Before
	public void publisherWithTrustedKey() throws Exception {
		admin = basic("admin", PASSWORD);
		publisher = basic("publisher", PASSWORD);
		clinician = basic("clinician", PASSWORD);
		keys = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		String publisherUuid = json(publisher.get(API + "/session")).path("uuid").asText();
		assertThat(admin.post(API + "/publishers", "{\"name\":\"" + publisherName + "\",\"displayName\":\"Test unit\"}")
		        .statusCode()).isEqualTo(201);
		assertThat(admin.post(API + "/publishers/" + publisherName + "/members",
		    "{\"userUuid\":\"" + publisherUuid + "\"}").statusCode()).isEqualTo(200);
		String pem = "-----BEGIN PUBLIC KEY-----\\n"
		        + Base64.getMimeEncoder().encodeToString(keys.getPublic().getEncoded()) + "\\n-----END PUBLIC KEY-----";
		HttpResponse<String> key = admin.post(API + "/publishers/" + publisherName + "/keys",
		    "{\"publicKey\":\"" + pem + "\",\"label\":\"release key\"}");
		assertThat(key.statusCode()).as(key.body()).isEqualTo(201);
	}

	@Test
	public void signedPackage_shouldPublishBeFoundAndDownloadWithTheSameDigest() {
		byte[] pkg = pkg("1.0.0");
		String signature = PackageSignature.sign(CatalogFixture.sha256(pkg), keys.getPrivate()).base64();

		HttpResponse<String> published = publisher.postBytes(API + "/packages", pkg, "application/zip",
		    "X-Addon-Signature", signature);

		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		JsonNode version = json(published).path("version");
		assertThat(version.path("signed").asBoolean()).isTrue();
		assertThat(version.path("sha256").asText()).isEqualTo(CatalogFixture.sha256(pkg));

		JsonNode found = json(clinician.get(API + "/addons?q=" + publisherName));
		assertThat(found.path("total").asInt()).isEqualTo(1);
		assertThat(found.path("results").get(0).path("id").asText()).isEqualTo(addonId);
		assertThat(found.path("results").get(0).path("signed").asBoolean()).isTrue();

		JsonNode detail = json(clinician.get(API + "/addons/" + addonId + "/versions/1.0.0"));
		JsonNode bp = detail.path("permissions").get(0);
		assertThat(bp.path("scope").asText())
		        .isEqualTo("patient/Observation.rs?code=http://loinc.org|8462-4,http://loinc.org|8480-6");
		assertThat(bp.path("description").asText()).startsWith("Read and search").contains("LOINC 8480-6");
		assertThat(detail.path("configurationSchema").path("properties").has("threshold")).isTrue();

		HttpResponse<byte[]> download = clinician.getBytes(API + "/addons/" + addonId + "/versions/1.0.0/package");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(CatalogFixture.sha256(download.body())).isEqualTo(CatalogFixture.sha256(pkg));
		assertThat(download.headers().firstValue("X-Content-SHA256")).contains(CatalogFixture.sha256(pkg));
	}

	@Test
	public void multipartUpload_shouldPublishWithTheSignatureAsAPart() {
		byte[] pkg = pkg("2.0.0");
		Map<String, byte[]> parts = new LinkedHashMap<>();
		parts.put("file", pkg);
		parts.put("signature", PackageSignature.sign(CatalogFixture.sha256(pkg), keys.getPrivate()).bytes());

		HttpResponse<String> published = publisher.postMultipart(API + "/packages", parts);

		assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
		assertThat(json(published).path("version").path("signed").asBoolean()).isTrue();
	}

	@Test
	public void hostilePackages_shouldGetTheir4xxAndCode() {
		assertRefused(TestPackages.example().file("../../etc/cron.d/x.js", "x").build(), 422, "ADDON-0406");
		assertRefused(TestPackages.example().file("nested.zip", TestPackages.validExample()).build(), 422, "ADDON-0410");
		assertRefused("definitely not a zip".getBytes(), 422, "ADDON-0404");
		assertRefused(new byte[6 * 1024 * 1024], 413, "ADDON-0401");
		assertRefused(TestPackages.example().editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisherName);
			m.withArray("/permissions").addObject().put("scope", "patient/Observation.read").put("why", "v1");
		}).build(), 422, "ADDON-0205");
		byte[] pkg = pkg("1.0.0");
		HttpResponse<String> badSignature = publisher.postBytes(API + "/packages", pkg, "application/zip",
		    "X-Addon-Signature", Base64.getEncoder().encodeToString(new byte[64]));
		assertThat(badSignature.statusCode()).isEqualTo(422);
		assertThat(errorCode(badSignature)).isEqualTo("ADDON-0109");
		assertThat(json(clinician.get(API + "/addons?q=" + publisherName)).path("total").asInt()).isZero();
	}

	@Test
	public void manifestWithSeveralErrors_shouldListThemAllWithPointers() {
		byte[] pkg = TestPackages.example().editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisherName);
			m.put("version", "not-a-version");
			((ObjectNode) m.withArray("/schedules").get(0)).put("cron", "every day");
		}).build();

		HttpResponse<String> refused = publisher.postBytes(API + "/packages", pkg, "application/zip");

		assertThat(refused.statusCode()).isEqualTo(422);
		JsonNode errors = json(refused).path("error").path("errors");
		assertThat(errors.findValuesAsText("field")).contains("/version", "/schedules/0/cron");
	}

	@Test
	public void publishing_shouldNeedSignInAndThePublishPrivilege() {
		assertThat(anonymous().postBytes(API + "/packages", pkg("1.0.0"), "application/zip").statusCode())
		        .isEqualTo(401);
		HttpResponse<String> byClinician = clinician.postBytes(API + "/packages", pkg("1.0.0"), "application/zip");
		assertThat(byClinician.statusCode()).isEqualTo(403);
		assertThat(errorCode(byClinician)).isEqualTo("ADDON-0003");
	}

	@Test
	public void republishingAVersion_shouldAnswer409() {
		assertThat(publisher.postBytes(API + "/packages", pkg("1.0.0"), "application/zip").statusCode())
		        .isEqualTo(201);

		HttpResponse<String> again = publisher.postBytes(API + "/packages", pkg("1.0.0"), "application/zip");

		assertThat(again.statusCode()).isEqualTo(409);
		assertThat(errorCode(again)).isEqualTo("ADDON-0113");
	}

	private void assertRefused(byte[] pkg, int status, String code) {
		HttpResponse<String> refused = publisher.postBytes(API + "/packages", pkg, "application/zip");
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(status);
		assertThat(errorCode(refused)).as(refused.body()).isEqualTo(code);
	}

	private byte[] pkg(String version) {
		return TestPackages.example().editManifest(m -> {
			m.put("id", addonId);
			m.put("publisher", publisherName);
			m.put("version", version);
		}).build();
	}
}
