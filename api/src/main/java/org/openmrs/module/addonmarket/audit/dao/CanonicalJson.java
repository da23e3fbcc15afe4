package org.openmrs.module.addonmarket.audit.dao;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes the audit log's canonical JSON (docs/audit-canonical-form.md) straight into a reusable UTF-8 byte buffer:
 * arrays, strings escaped as RFC 8785 (JSON.stringify) escapes them, whole numbers in decimal, {@code null}. No
 * whitespace. One instance is reused for many events by one thread, so verifying allocates little per event.
 */
public final class CanonicalJson {

	private static final byte[] NULL = { 'n', 'u', 'l', 'l' };

	private static final byte[] HEX = "0123456789abcdef".getBytes(StandardCharsets.US_ASCII);

	private byte[] buffer = new byte[1024];

	private int length;

	private boolean first = true;

	/** Empties the buffer for the next value. */
	public CanonicalJson reset() {
		length = 0;
		first = true;
		return this;
	}

	public void beginArray() {
		separate();
		put((byte) '[');
		first = true;
	}

	public void endArray() {
		put((byte) ']');
		first = false;
	}

	/** A JSON string, or {@code null}. */
	public void string(String value) {
		separate();
		if (value == null) {
			putAll(NULL);
			return;
		}
		put((byte) '"');
		utf8(value, true);
		put((byte) '"');
	}

	/**
	 * A JSON string, or {@code null}, from text already encoded as UTF-8 (as a database driver hands it out): the
	 * same bytes as {@link #string(String)} of that text, without decoding it.
	 */
	public void stringUtf8(byte[] value) {
		separate();
		if (value == null) {
			putAll(NULL);
			return;
		}
		ensure(value.length * 6 + 2);
		buffer[length++] = '"';
		for (byte b : value) {
			if (b >= 0 && (b < 0x20 || b == '"' || b == '\\')) {
				escape((char) b);
			} else {
				buffer[length++] = b;
			}
		}
		buffer[length++] = '"';
	}

	/** {@link #raw(String)} from its UTF-8 bytes. */
	public void rawUtf8(byte[] json) {
		separate();
		putAll(json == null ? NULL : json);
	}

	public void number(long value) {
		separate();
		if (value == Long.MIN_VALUE) {
			utf8(Long.toString(value), false);
			return;
		}
		long rest = value;
		if (rest < 0) {
			put((byte) '-');
			rest = -rest;
		}
		int start = length;
		do {
			put((byte) ('0' + rest % 10));
			rest /= 10;
		} while (rest > 0);
		for (int i = start, j = length - 1; i < j; i++, j--) {
			byte swap = buffer[i];
			buffer[i] = buffer[j];
			buffer[j] = swap;
		}
	}

	/** JSON text that is already canonical (a stored list), copied as it is; null gives {@code null}. */
	public void raw(String json) {
		separate();
		if (json == null) {
			putAll(NULL);
		} else {
			utf8(json, false);
		}
	}

	/** @return the buffer; only the first {@link #length()} bytes are the value */
	public byte[] buffer() {
		return buffer;
	}

	public int length() {
		return length;
	}

	/** @return a copy of the value's bytes */
	public byte[] toBytes() {
		return Arrays.copyOf(buffer, length);
	}

	/** @return the canonical JSON array of the strings, e.g. {@code ["Observation/1","Observation/2"]} */
	public static String array(List<String> items) {
		CanonicalJson json = new CanonicalJson();
		json.beginArray();
		for (String item : items) {
			json.string(item);
		}
		json.endArray();
		return new String(json.buffer, 0, json.length, StandardCharsets.UTF_8);
	}

	/**
	 * Reads back what {@link #array(List)} wrote. Anything else (a hand-edited row) comes back as a one-item list of
	 * the text, so that a damaged row can still be shown; the chain verification reports it.
	 *
	 * @return the strings, empty for null
	 */
	public static List<String> parseArray(String json) {
		if (json == null) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		int i = 1;
		if (json.length() < 2 || json.charAt(0) != '[' || json.charAt(json.length() - 1) != ']') {
			return List.of(json);
		}
		while (i < json.length() - 1) {
			if (json.charAt(i) != '"') {
				return List.of(json);
			}
			StringBuilder item = new StringBuilder();
			i = readString(json, i + 1, item);
			if (i < 0) {
				return List.of(json);
			}
			items.add(item.toString());
			if (json.charAt(i) == ',') {
				i++;
			}
		}
		return items;
	}

	private static int readString(String json, int start, StringBuilder out) {
		int i = start;
		while (i < json.length()) {
			char c = json.charAt(i++);
			if (c == '"') {
				return i;
			}
			if (c != '\\') {
				out.append(c);
			} else if (i < json.length()) {
				char e = json.charAt(i++);
				switch (e) {
					case 'b' -> out.append('\b');
					case 'f' -> out.append('\f');
					case 'n' -> out.append('\n');
					case 'r' -> out.append('\r');
					case 't' -> out.append('\t');
					case 'u' -> {
						if (i + 4 > json.length()) {
							return -1;
						}
						out.append((char) Integer.parseInt(json.substring(i, i + 4), 16));
						i += 4;
					}
					default -> out.append(e);
				}
			}
		}
		return -1;
	}

	private void separate() {
		if (!first) {
			put((byte) ',');
		}
		first = false;
	}

	private void utf8(String value, boolean escape) {
		int n = value.length();
		ensure(n * 6);
		for (int i = 0; i < n; i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				if (escape && (c < 0x20 || c == '"' || c == '\\')) {
					escape(c);
				} else {
					buffer[length++] = (byte) c;
				}
			} else if (c < 0x800) {
				buffer[length++] = (byte) (0xC0 | c >> 6);
				buffer[length++] = (byte) (0x80 | c & 0x3F);
			} else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
				int cp = Character.toCodePoint(c, value.charAt(++i));
				buffer[length++] = (byte) (0xF0 | cp >> 18);
				buffer[length++] = (byte) (0x80 | cp >> 12 & 0x3F);
				buffer[length++] = (byte) (0x80 | cp >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | cp & 0x3F);
			} else {
				char bmp = Character.isSurrogate(c) ? '\uFFFD' : c;
				buffer[length++] = (byte) (0xE0 | bmp >> 12);
				buffer[length++] = (byte) (0x80 | bmp >> 6 & 0x3F);
				buffer[length++] = (byte) (0x80 | bmp & 0x3F);
			}
		}
	}

	private void escape(char c) {
		buffer[length++] = '\\';
		switch (c) {
			case '"' -> buffer[length++] = '"';
			case '\\' -> buffer[length++] = '\\';
			case '\b' -> buffer[length++] = 'b';
			case '\f' -> buffer[length++] = 'f';
			case '\n' -> buffer[length++] = 'n';
			case '\r' -> buffer[length++] = 'r';
			case '\t' -> buffer[length++] = 't';
			default -> {
				buffer[length++] = 'u';
				buffer[length++] = '0';
				buffer[length++] = '0';
				buffer[length++] = HEX[c >> 4];
				buffer[length++] = HEX[c & 0xF];
			}
		}
	}

	private void put(byte b) {
		ensure(1);
		buffer[length++] = b;
	}

	private void putAll(byte[] bytes) {
		ensure(bytes.length);
		System.arraycopy(bytes, 0, buffer, length, bytes.length);
		length += bytes.length;
	}

	private void ensure(int more) {
		if (length + more > buffer.length) {
			buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
		}
	}
}
