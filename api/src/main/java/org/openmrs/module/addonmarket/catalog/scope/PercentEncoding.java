package org.openmrs.module.addonmarket.catalog.scope;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

/**
 * Percent-encoding of scope parameter values (RFC 3986, UTF-8). Unlike form encoding, {@code +} stays a plus.
 */
final class PercentEncoding {

	private static final char[] HEX = "0123456789ABCDEF".toCharArray();

	private PercentEncoding() {
	}

	/** @return true for the characters a scope may never hold raw: whitespace and control characters */
	static boolean isSpaceOrControl(int codePoint) {
		return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || Character.isISOControl(codePoint);
	}

	/** @return {@code value} with the characters that a scope reads as syntax, {@code %} and spaces percent-encoded */
	static String encodeValue(String value) {
		StringBuilder out = new StringBuilder(value.length());
		value.codePoints().forEach(codePoint -> {
			if (codePoint == '&' || codePoint == '=' || codePoint == ',' || codePoint == '%'
			        || isSpaceOrControl(codePoint)) {
				for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
					out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
				}
			} else {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString();
	}

	/**
	 * @param value a parameter value, possibly percent-encoded
	 * @return the decoded value
	 * @throws AddonMarketException if a {@code %} is not followed by two hex digits or the bytes are not UTF-8
	 */
	static String decode(String value) {
		if (value.indexOf('%') < 0) {
			return value;
		}
		StringBuilder out = new StringBuilder(value.length());
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		int i = 0;
		while (i < value.length()) {
			char ch = value.charAt(i);
			if (ch == '%') {
				bytes.write(hexByte(value, i));
				i += 3;
			} else {
				flush(bytes, out, value);
				out.append(ch);
				i++;
			}
		}
		flush(bytes, out, value);
		return out.toString();
	}

	private static int hexByte(String value, int percent) {
		int high = percent + 1 < value.length() ? hexDigit(value.charAt(percent + 1)) : -1;
		int low = percent + 2 < value.length() ? hexDigit(value.charAt(percent + 2)) : -1;
		if (high < 0 || low < 0) {
			String escape = value.substring(percent, Math.min(value.length(), percent + 3));
			throw new AddonMarketException(ErrorCode.SCOPE_ENCODING_INVALID, "\"" + escape + "\" in \"" + value
			        + "\" is not a valid percent-encoding; expected % followed by two hex digits, e.g. %7C for |");
		}
		return high << 4 | low;
	}

	/** Only ASCII hex digits: {@link Character#digit(char, int)} would accept other scripts' digits too. */
	private static int hexDigit(char ch) {
		if (ch >= '0' && ch <= '9') {
			return ch - '0';
		}
		if (ch >= 'a' && ch <= 'f' || ch >= 'A' && ch <= 'F') {
			return Character.toUpperCase(ch) - 'A' + 10;
		}
		return -1;
	}

	private static void flush(ByteArrayOutputStream bytes, StringBuilder out, String value) {
		if (bytes.size() == 0) {
			return;
		}
		try {
			out.append(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
			        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())));
		}
		catch (CharacterCodingException e) {
			throw new AddonMarketException(ErrorCode.SCOPE_ENCODING_INVALID, "the percent-encoded bytes in \"" + value
			        + "\" are not UTF-8 text; expected each character as its UTF-8 bytes, e.g. %C3%A9 for \u00e9", null, e);
		}
		bytes.reset();
	}
}
