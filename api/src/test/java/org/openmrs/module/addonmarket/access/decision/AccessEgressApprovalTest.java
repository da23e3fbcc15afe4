package org.openmrs.module.addonmarket.access.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;

import org.junit.Test;

/**
 * An egress URL is approved only under an approved destination at a path boundary: the attacks are a look-alike
 * host, a sibling path, dot segments and their encodings, user information, another port or scheme.
 */
public class AccessEgressApprovalTest {

	private static final String API = "https://api.example.org/";

	private static final String V1 = "https://risk.example.org/v1";

	@Test
	public void approves_shouldAcceptPathsUnderTheApprovedOne() {
		assertThat(approves(API, "https://api.example.org/")).isTrue();
		assertThat(approves(API, "https://api.example.org/x")).isTrue();
		assertThat(approves(API, "https://API.example.org/x/y?patient=1")).isTrue();
		assertThat(approves(API, "https://api.example.org:443/x")).isTrue();
		assertThat(approves(V1, "https://risk.example.org/v1")).isTrue();
		assertThat(approves(V1, "https://risk.example.org/v1/score")).isTrue();
	}

	@Test
	public void lookAlikeHost_shouldNotBeApproved() {
		assertThat(approves(API, "https://api.example.org.evil.test/")).isFalse();
		assertThat(approves(API, "https://api.example.org.evil.test/x")).isFalse();
		assertThat(approves(API, "https://evil.test/api.example.org/")).isFalse();
		assertThat(approves(API, "https://xapi.example.org/")).isFalse();
	}

	@Test
	public void siblingPath_shouldNotBeApproved() {
		assertThat(approves(V1, "https://risk.example.org/v10")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/v1-admin/x")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/")).isFalse();
	}

	@Test
	public void dotSegmentsAndTheirEncodings_shouldNotBeApproved() {
		assertThat(approves(V1, "https://risk.example.org/v1/../admin")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/v1/./x")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/v1/%2e%2e/admin")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/v1/%2E%2E%2Fadmin")).isFalse();
		assertThat(approves(V1, "https://risk.example.org/v1/..%5cadmin")).isFalse();
	}

	@Test
	public void userInfoPortOrScheme_shouldNotBeApproved() {
		assertThat(approves(API, "https://api.example.org@evil.test/")).isFalse();
		assertThat(approves(API, "https://user:pw@api.example.org/")).isFalse();
		assertThat(approves(API, "https://api.example.org:8443/x")).isFalse();
		assertThat(approves(API, "http://api.example.org/x")).isFalse();
		assertThat(approves(API, "mailto:someone@api.example.org")).isFalse();
		assertThat(approves("not a url", "https://api.example.org/")).isFalse();
	}

	@Test
	public void withoutQuery_shouldDropQueryAndFragmentSoThatTheLogHoldsNoDataFromThem() {
		assertThat(EgressApproval.withoutQuery(URI.create("https://api.example.org/x?mrn=123#f")))
		        .isEqualTo("https://api.example.org/x");
	}

	private static boolean approves(String approved, String destination) {
		return EgressApproval.approves(approved, URI.create(destination));
	}
}
