package org.openmrs.module.addonmarket.catalog.pkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.test.TestSettings;

/**
 * Whatever bytes it is given, the package reader returns a package or refuses with an AddonMarketException: no
 * zip, parser or index exception leaks out. The inputs are random bytes and the valid example's zip with bytes
 * flipped, cut out or cut off.
 */
public class AddonPackageReaderPropertyTest {

	private static final byte[] EXAMPLE = TestPackages.validExample();

	private final AddonPackageReader reader = TestPackages.reader(new TestSettings());

	/** One change to the zip's bytes at a position (taken modulo its length). */
	record ByteEdit(int kind, int position, byte value) {

		byte[] applyTo(byte[] zip) {
			if (zip.length == 0) {
				return zip;
			}
			int at = Math.floorMod(position, zip.length);
			switch (Math.floorMod(kind, 3)) {
				case 0:
					byte[] flipped = zip.clone();
					flipped[at] = value;
					return flipped;
				case 1:
					byte[] cut = new byte[zip.length - 1];
					System.arraycopy(zip, 0, cut, 0, at);
					System.arraycopy(zip, at + 1, cut, at, zip.length - at - 1);
					return cut;
				default:
					return Arrays.copyOf(zip, at);
			}
		}
	}

	private void readsOrRefuses(byte[] zip) {
		try {
			assertThat(reader.read(zip).sha256()).hasSize(64);
		}
		catch (AddonMarketException e) {
			assertThat(e.getCode()).isNotNull();
			assertThat(e.getMessage()).isNotBlank();
		}
	}

	@Property(tries = 300)
	void read_shouldReadOrRefuseRandomBytes(@ForAll byte[] bytes) {
		readsOrRefuses(bytes);
	}

	@Property(tries = 2000)
	void read_shouldReadOrRefuseTheExampleWithBytesChanged(@ForAll("byteEdits") List<ByteEdit> edits) {
		byte[] zip = EXAMPLE;
		for (ByteEdit edit : edits) {
			zip = edit.applyTo(zip);
		}
		readsOrRefuses(zip);
	}

	@Provide
	Arbitrary<List<ByteEdit>> byteEdits() {
		Arbitrary<Byte> values = Arbitraries.oneOf(Arbitraries.of((byte) 0, (byte) 0xFF, (byte) 'P', (byte) 'K',
		    (byte) 1, (byte) 3, (byte) 8, (byte) 0x80), Arbitraries.bytes());
		return Combinators.combine(Arbitraries.integers(), Arbitraries.integers(), values).as(ByteEdit::new).list()
		        .ofMinSize(1).ofMaxSize(4);
	}
}
