package org.openmrs.module.addonmarket.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

import org.junit.Test;
import org.openmrs.module.addonmarket.error.ErrorCode;
import org.openmrs.module.addonmarket.error.ErrorKind;

/**
 * The catalog's manifest and package error codes: in their ranges, unique, each with a message.
 */
public class CatalogErrorCodesTest {

	private static List<ErrorCode> withPrefix(String prefix) {
		return Arrays.stream(ErrorCode.values()).filter(c -> c.name().startsWith(prefix)).collect(Collectors.toList());
	}

	@Test
	public void manifestCodes_shouldBeInTheirRange() {
		assertThat(withPrefix("MANIFEST_")).isNotEmpty()
		        .allSatisfy(c -> assertThat(c.code()).matches("ADDON-03(0[1-9]|[1-3][0-9]|4[0-9])"))
		        .allSatisfy(c -> assertThat(c.kind()).isEqualTo(ErrorKind.INVALID));
	}

	@Test
	public void packageCodes_shouldBeInTheirRange() {
		assertThat(withPrefix("PACKAGE_")).isNotEmpty()
		        .allSatisfy(c -> assertThat(c.code()).matches("ADDON-04(0[1-9]|[1-3][0-9]|4[0-9])"));
		assertThat(ErrorCode.PACKAGE_TOO_LARGE.kind()).isEqualTo(ErrorKind.TOO_LARGE);
	}

	@Test
	public void codes_shouldBeUnique() {
		assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
	}

	@Test
	public void manifestAndPackageCodes_shouldHaveMessages() throws IOException {
		Path messages = Path.of(System.getProperty("basedir", ".")).toAbsolutePath()
		        .resolve("../omod/src/main/resources/messages.properties").normalize();
		Properties properties = new Properties();
		try (Reader in = Files.newBufferedReader(messages, StandardCharsets.UTF_8)) {
			properties.load(in);
		}

		List<ErrorCode> codes = withPrefix("MANIFEST_");
		codes.addAll(withPrefix("PACKAGE_"));
		assertThat(codes).allSatisfy(c -> assertThat(properties.getProperty(c.messageKey())).as(c.messageKey())
		        .isNotBlank());
	}
}
