package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.Test;

public class ServerOptionsTest {

	@Test
	public void parse_shouldUsePort8080AndTheH2DatabaseInTheDataDirectoryByDefault() {
		ServerOptions options = ServerOptions.parse();

		assertThat(options.port()).isEqualTo(8080);
		assertThat(options.jdbcUrl()).startsWith("jdbc:h2:file:").contains("addonmarket-data");
		assertThat(options.help()).isFalse();
	}

	@Test
	public void parse_shouldTakeADatabaseUrlUserAndPassword() {
		ServerOptions options = ServerOptions.parse("--db-url", "jdbc:postgresql://db/addons", "--db-user", "am",
		    "--db-password", "secret", "--port", "9090");

		assertThat(options.jdbcUrl()).isEqualTo("jdbc:postgresql://db/addons");
		assertThat(options.dbUser()).isEqualTo("am");
		assertThat(options.dbPassword()).isEqualTo("secret");
		assertThat(options.port()).isEqualTo(9090);
	}

	@Test
	public void demoMode_shouldBeOnWithTheBuiltInDatabase() {
		assertThat(ServerOptions.parse().demoMode()).isTrue();
	}

	@Test
	public void demoMode_shouldBeOffWithADatabaseUrlUnlessDemoIsGiven() {
		assertThat(ServerOptions.parse("--db-url", "jdbc:postgresql://db/addons").demoMode()).isFalse();
		assertThat(ServerOptions.parse("--db-url", "jdbc:postgresql://db/addons", "--demo").demoMode()).isTrue();
	}

	@Test
	public void parse_shouldRefuseAnUnknownArgumentNamingIt() {
		assertThatThrownBy(() -> ServerOptions.parse("--prot", "80")).isInstanceOf(ServerOptions.UsageException.class)
		        .hasMessageContaining("--prot");
	}

	@Test
	public void parse_shouldRefuseANonNumericPort() {
		assertThatThrownBy(() -> ServerOptions.parse("--port", "http")).hasMessageContaining("--port must be a number");
	}

	@Test
	public void parse_shouldRefuseAPortOutOfRange() {
		assertThatThrownBy(() -> ServerOptions.parse("--port", "70000")).hasMessageContaining("between 0 and 65535");
	}

	@Test
	public void parse_shouldRefuseAMissingValue() {
		assertThatThrownBy(() -> ServerOptions.parse("--db-url")).hasMessageContaining("--db-url needs a value");
	}

	@Test
	public void parse_shouldRefuseADatabaseUrlThatIsNotJdbc() {
		assertThatThrownBy(() -> ServerOptions.parse("--db-url", "postgres://db")).hasMessageContaining("JDBC URL");
	}
}
