package org.openmrs.module.addonmarket.audit.dao;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.junit.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

public class CanonicalJsonTest {

	private static String written(CanonicalJson json) {
		return new String(json.toBytes(), StandardCharsets.UTF_8);
	}

	@Test
	public void string_shouldEscapeAsRfc8785Does() {
		CanonicalJson json = new CanonicalJson();
		json.beginArray();
		json.string("quote \" backslash \\ tab \t newline \n nul-free \u0001 \u001f del \u007f é € 😀 / <");
		json.endArray();

		assertThat(written(json)).isEqualTo(
		    "[\"quote \\\" backslash \\\\ tab \\t newline \\n nul-free \\u0001 \\u001f del \u007f é € 😀 / <\"]");
	}

	@Test
	public void array_shouldWriteNullsNumbersAndNestedArraysWithoutWhitespace() {
		CanonicalJson json = new CanonicalJson();
		json.beginArray();
		json.string("v1");
		json.number(0);
		json.number(-42);
		json.number(Long.MAX_VALUE);
		json.number(Long.MIN_VALUE);
		json.string(null);
		json.raw(CanonicalJson.array(List.of("a", "b")));
		json.raw(null);
		json.endArray();

		assertThat(written(json)).isEqualTo(
		    "[\"v1\",0,-42,9223372036854775807,-9223372036854775808,null,[\"a\",\"b\"],null]");
	}

	@Test
	public void output_shouldBeJsonThatAnyParserReadsBackToTheSameValues() throws Exception {
		List<String> values = List.of("plain", "\"quoted\"", "line\r\nbreak", "\u0000\u0007", "ünï©ødé 漢字 🩺");
		String text = CanonicalJson.array(values);

		JsonNode parsed = new ObjectMapper().readTree(text);

		assertThat(parsed).hasSize(values.size());
		for (int i = 0; i < values.size(); i++) {
			assertThat(parsed.get(i).asText()).isEqualTo(values.get(i));
		}
		assertThat(CanonicalJson.parseArray(text)).isEqualTo(values);
	}

	@Test
	public void parseArray_shouldGiveAHandEditedValueBackWhole() {
		assertThat(CanonicalJson.parseArray("[]")).isEmpty();
		assertThat(CanonicalJson.parseArray("not json")).containsExactly("not json");
		assertThat(CanonicalJson.parseArray("[\"a\",x]")).containsExactly("[\"a\",x]");
		assertThat(CanonicalJson.parseArray(null)).isEmpty();
	}

	@Test
	public void buffer_shouldGrowForLongValues() {
		char[] chars = new char[100_000];
		Arrays.fill(chars, '€');
		CanonicalJson json = new CanonicalJson();
		json.string(new String(chars));

		assertThat(json.length()).isEqualTo(300_002);
	}

	@Test
	public void stringUtf8_shouldWriteWhatStringWritesForAnyMixOfEscapedAndMultiByteCharacters() {
		// the verifier hashes the driver's UTF-8 bytes, the writer the strings: both must give the same bytes
		String[] pieces = { "\"", "\\", "\n", "\u0001", "\u001f", " ", "\u007f", "é", "€", "😀", "~", "[", "]" };
		java.util.Random random = new java.util.Random(20261129);
		for (int round = 0; round < 5_000; round++) {
			StringBuilder text = new StringBuilder();
			for (int n = random.nextInt(40); n > 0; n--) {
				text.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : "x");
			}
			CanonicalJson fromString = new CanonicalJson();
			fromString.string(text.toString());
			CanonicalJson fromBytes = new CanonicalJson();
			fromBytes.stringUtf8(text.toString().getBytes(StandardCharsets.UTF_8));

			assertThat(written(fromBytes)).as("%s", text).isEqualTo(written(fromString));
		}
	}

	@Test
	public void number_shouldWriteWhatLongToStringWrites() {
		List<Long> values = new java.util.ArrayList<>(List.of(0L, 1L, -1L, 9L, 10L, 99L, 100L, 101L, 999L, 1000L,
		    Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, 1_764_000_000_000_000L, 999_999_999_999_999_999L,
		    1_000_000_000_000_000_000L));
		java.util.Random random = new java.util.Random(7);
		for (int i = 0; i < 10_000; i++) {
			values.add(random.nextLong() >> random.nextInt(64));
		}
		for (long value : values) {
			CanonicalJson json = new CanonicalJson();
			json.number(value);

			assertThat(written(json)).isEqualTo(Long.toString(value));
		}
	}
}
