package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;

import org.junit.Test;
import org.openmrs.module.addonmarket.Privileges;
import org.openmrs.module.addonmarket.host.Actor;
import org.openmrs.module.addonmarket.host.HostIdentity;
import org.openmrs.module.addonmarket.web.ApiJson;
import org.springframework.http.ResponseEntity;

import com.fasterxml.jackson.databind.JsonNode;

public class OpenmrsSessionControllerTest {

	private final ApiJson json = new ApiJson();

	@Test
	public void get_shouldNameTheUserAndOnlyTheModulePrivilegesTheyHold() {
		Set<String> held = Set.of(Privileges.VIEW_ADDON_ACCESS_LOG, Privileges.BROWSE_ADDONS, "Get Patients");
		HostIdentity identity = identity(Optional.of(new Actor("u-1", "auditor", "Ada Auditor")), held);

		ResponseEntity<String> answer = new OpenmrsSessionController(identity, json).get();

		JsonNode body = json.tree(answer.getBody());
		assertThat(answer.getStatusCodeValue()).isEqualTo(200);
		assertThat(body.path("uuid").asText()).isEqualTo("u-1");
		assertThat(body.path("displayName").asText()).isEqualTo("Ada Auditor");
		assertThat(body.path("privileges")).extracting(JsonNode::asText)
		        .containsExactly(Privileges.BROWSE_ADDONS, Privileges.VIEW_ADDON_ACCESS_LOG);
	}

	@Test
	public void get_shouldAnswer401WhenNobodyIsSignedIn() {
		ResponseEntity<String> answer = new OpenmrsSessionController(identity(Optional.empty(), Set.of()), json).get();

		assertThat(answer.getStatusCodeValue()).isEqualTo(401);
		assertThat(json.tree(answer.getBody()).path("error").path("code").asText()).isEqualTo("ADDON-0002");
	}

	private static HostIdentity identity(Optional<Actor> actor, Set<String> privileges) {
		return new HostIdentity() {

			@Override
			public Optional<Actor> currentUser() {
				return actor;
			}

			@Override
			public boolean hasPrivilege(String privilege) {
				return actor.isPresent() && privileges.contains(privilege);
			}
		};
	}
}
