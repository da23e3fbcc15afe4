package org.openmrs.module.addonmarket.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.Test;

public class UiServletTest {

	@Test
	public void fileOf_shouldAnswerAFileByItsPathAndTheAppForEveryRoute() {
		assertThat(UiServlet.fileOf("/")).isEqualTo("index.html");
		assertThat(UiServlet.fileOf("/catalog")).isEqualTo("index.html");
		assertThat(UiServlet.fileOf("/addons/org.example.bp/x")).isEqualTo("index.html");
		assertThat(UiServlet.fileOf("/assets/index-1a2b.js")).isEqualTo("assets/index-1a2b.js");
	}

	@Test
	public void pathTraversal_shouldFindNoFile() {
		assertThat(UiServlet.fileOf("/../addonmarket-standalone.jar")).isNull();
		assertThat(UiServlet.fileOf("/assets/../../META-INF/MANIFEST.MF")).isNull();
		assertThat(UiServlet.fileOf("/assets/..\\\\secret.js")).isNull();
		assertThat(UiServlet.fileOf("/.env")).isNull();
	}
}
