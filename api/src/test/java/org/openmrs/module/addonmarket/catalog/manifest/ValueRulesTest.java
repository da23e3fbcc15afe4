package org.openmrs.module.addonmarket.catalog.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.assertj.core.api.SoftAssertions;
import org.junit.Test;

/**
 * The rules for single manifest values: ids, versions, platform ranges, handlers, cron expressions, egress URLs.
 */
public class ValueRulesTest {

	@Test
	public void idProblem_shouldAcceptReverseDnsIds() {
		SoftAssertions softly = new SoftAssertions();
		for (String id : List.of("org.example.bp-crisis-alert", "a.b", "org.openmrs.x2", "uk.nhs.trust-42.ward")) {
			softly.assertThat(FieldSyntax.idProblem(id)).as(id).isEmpty();
		}
		for (String id : List.of("bp", "Org.example.x", "org..x", "org.-x", "org.x-", ".org.x", "org.x.", "org_x.y",
		    "1org.x", "org.ex ample", "org." + "x".repeat(97))) {
			softly.assertThat(FieldSyntax.idProblem(id)).as(id).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void versionProblem_shouldAcceptOnlyStrictSemanticVersions() {
		SoftAssertions softly = new SoftAssertions();
		for (String version : List.of("0.0.1", "1.2.0", "10.20.30", "1.0.0-rc.1", "1.0.0-alpha+001", "1.0.0+20130313")) {
			softly.assertThat(FieldSyntax.versionProblem(version)).as(version).isEmpty();
		}
		for (String version : List.of("1", "1.2", "v1.2.0", "01.2.0", "1.2.0-", "1.2.0-01", "1.2.0.4", " 1.2.0",
		    "1.2.0 ", "latest", "99999999999999999999.0.0")) {
			softly.assertThat(FieldSyntax.versionProblem(version)).as(version).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void platformProblem_shouldAcceptNpmStyleRanges() {
		SoftAssertions softly = new SoftAssertions();
		for (String range : List.of(">=1.0.0 <2.0.0", "^1.2.0", "~1.2", "1.x", "1.2.x || 2.x", "*", "1.0.0 - 1.9.9",
		    ">= 1.0.0", "=1.0.0", "1.0.0-beta.1", ">1.0.0-rc.1 <=1.4.0")) {
			softly.assertThat(PlatformRange.problem(range)).as(range).isEmpty();
		}
		for (String range : List.of("garbage", ">=1.0.0 <2.0.0 whatever", "=>1.0.0", "<<1", "[1.0,2.0)", "1.0.0 ||",
		    "|| 1.0.0", ">=v1.0.0", ">=1.0.0-", "1.0.0 -", "latest", ">=01.0.0", ">=99999999999999999999.0.0",
		    "~1.99999999999.0")) {
			softly.assertThat(PlatformRange.problem(range)).as(range).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void handlerProblem_shouldAcceptJavaScriptIdentifiersThatAreNotReserved() {
		SoftAssertions softly = new SoftAssertions();
		for (String handler : List.of("trend", "onReading", "_private", "$run", "digest2")) {
			softly.assertThat(FieldSyntax.handlerProblem(handler)).as(handler).isEmpty();
		}
		for (String handler : List.of("", "2fast", "on-reading", "on reading", "trend()", "a.b", "class", "eval",
		    "undefined", "caf\u00e9", "x".repeat(65))) {
			softly.assertThat(FieldSyntax.handlerProblem(handler)).as(handler).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void cronProblem_shouldAcceptSixFieldsRunningAtMostOnceAMinute() {
		SoftAssertions softly = new SoftAssertions();
		for (String cron : List.of("0 0 6 * * *", "0 */15 * * * *", "30 0 0 1 * MON-FRI", "0 0 6 ? * *", "0 0 12 L * *")) {
			softly.assertThat(FieldSyntax.cronProblem(cron)).as(cron).isEmpty();
		}
		for (String cron : List.of("0 6 * * *", "@daily", "0 0 25 * * *", "x x x x x x", "* * * * * *", "*/5 * * * * *",
		    "0 0 6 * * * 2025", "0 0 6 * */0 *", "0 0 6 30 2 *", "0 0 99999999999 * * *")) {
			softly.assertThat(FieldSyntax.cronProblem(cron)).as(cron).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void egressProblem_shouldAcceptPlainHttpsPrefixes() {
		SoftAssertions softly = new SoftAssertions();
		for (String url : List.of("https://api.example.org/", "https://api.example.org", "https://api.example.org:8443/fhir/",
		    "HTTPS://API.EXAMPLE.ORG/", "http://localhost/", "http://127.0.0.1:8080/x", "http://[::1]/")) {
			softly.assertThat(EgressUrl.problem(url)).as(url).isEmpty();
		}
		for (String url : List.of("http://api.example.org/", "ftp://example.org/", "file:///etc/passwd",
		    "https://user:pw@example.org/", "https://user@example.org/", "https://example.org/#frag",
		    "https://example.org/?key=secret", "/relative/path", "example.org", "https://", "mailto:a@example.org",
		    "https://example.org/a/../admin", "https://exa mple.org/", "https://\u00e9xample.org/",
		    "javascript:alert(1)", "https://*.example.org/", "http://localhost@evil.org/")) {
			softly.assertThat(EgressUrl.problem(url)).as(url).isPresent();
		}
		softly.assertAll();
	}

	@Test
	public void egressProblem_shouldSayWhyInWordsAUserUnderstands() {
		assertThat(EgressUrl.problem("https://user:pw@example.org/")).hasValueSatisfying(
		    problem -> assertThat(problem).contains("user information", "configuration"));
		assertThat(EgressUrl.problem("http://api.example.org/")).hasValueSatisfying(
		    problem -> assertThat(problem).contains("encrypted"));
	}
}
