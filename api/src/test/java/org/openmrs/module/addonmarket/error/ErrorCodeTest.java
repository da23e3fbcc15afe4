package org.openmrs.module.addonmarket.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.Test;

public class ErrorCodeTest {

	@Test
	public void codes_shouldBeUniqueSoThatSupportCanTellErrorsApart() {
		Map<String, List<ErrorCode>> byCode = Arrays.stream(ErrorCode.values())
		        .collect(Collectors.groupingBy(ErrorCode::code));

		assertThat(byCode.entrySet()).filteredOn(e -> e.getValue().size() > 1).as("codes used twice").isEmpty();
	}

	@Test
	public void codes_shouldHaveTheFormAddonAndFourDigits() {
		assertThat(ErrorCode.values()).allSatisfy(code -> assertThat(code.code()).matches("ADDON-\\d{4}"));
	}

	@Test
	public void messageKey_shouldBeDerivedFromTheName() {
		assertThat(ErrorCode.PUBLISHER_EXISTS.messageKey()).isEqualTo("addonmarket.error.publisher.exists");
	}
}
