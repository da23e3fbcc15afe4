package org.openmrs.module.addonmarket.openmrs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;

public class MessagesTest {

	@Test
	public void messages_shouldHoldAMessageForEveryErrorCode() throws IOException {
		Properties messages = new Properties();
		try (InputStream in = getClass().getResourceAsStream("/messages.properties")) {
			messages.load(in);
		}

		assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(messages.getProperty(code.messageKey()))
		        .as(code.messageKey()).isNotBlank());
	}
}
