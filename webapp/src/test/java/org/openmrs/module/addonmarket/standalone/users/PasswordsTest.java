package org.openmrs.module.addonmarket.standalone.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

public class PasswordsTest {

	private final Passwords passwords = new Passwords();

	@Test
	public void hash_shouldKeepABcryptHashThatMatchesOnlyThePassword() {
		String hash = passwords.hash("correct horse", "jane");

		assertThat(hash).startsWith("{bcrypt}$2a$").doesNotContain("correct horse");
		assertThat(passwords.matches("correct horse", hash)).isTrue();
		assertThat(passwords.matches("correct horsE", hash)).isFalse();
		assertThat(passwords.matches(null, hash)).isFalse();
	}

	@Test
	public void hash_shouldRefuseAPasswordShorterThanEight() {
		assertThatThrownBy(() -> passwords.hash("1234567", "jane")).isInstanceOf(AddonMarketException.class)
		        .hasMessageContaining("at least 8").extracting(e -> ((AddonMarketException) e).getCode())
		        .isEqualTo(ErrorCode.PASSWORD_INVALID);
	}

	@Test
	public void hash_shouldRefuseAPasswordBcryptWouldCut() {
		assertThatThrownBy(() -> passwords.hash("é".repeat(37), "jane")).hasMessageContaining("72 bytes");
	}

	@Test
	public void hash_shouldRefuseTheUsernameAsPassword() {
		assertThatThrownBy(() -> passwords.hash("Jane.Doe", "jane.doe")).hasMessageContaining("username");
	}

	@Test
	public void downgrade_shouldNotMatchAHashOfAnotherSchemeSuchAsNoop() {
		assertThatThrownBy(() -> passwords.matches("secret", "{noop}secret")).isInstanceOf(IllegalArgumentException.class);
	}
}
