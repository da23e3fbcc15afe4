package org.openmrs.module.addonmarket.catalog.scope;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.openmrs.module.addonmarket.error.AddonMarketException;

/**
 * Properties of scopes over generated input: the parser never fails with anything but a refusal, every spelling of a
 * scope reads back as that scope, and {@code covers} is a preorder that agrees with what scopes let through.
 */
class ScopePropertiesTest {

	/** Characters for codes and systems, among them those that must be percent-encoded. */
	private static final String TOKEN_CHARS = "ab1-.:/?#+&=,% \t\u00e9\u2028";

	/** Characters that mutations insert: mostly the scope syntax, so that mutants get past the first checks. */
	private static final String EDIT_CHARS = "/.?&=,%|*crudsxA0 ";

	private static final String LOINC = "http://loinc.org";

	@Property(tries = 1000)
	void parse_shouldReturnAScopeOrRefuseAnyText(@ForAll String text) {
		parseOrRefuse(text);
	}

	@Property(tries = 1000)
	void parse_shouldReturnAScopeOrRefuseMutatedScopes(@ForAll("scopes") Scope scope, @ForAll Random random) {
		parseOrRefuse(mutate(scope.canonical(), random));
	}

	@Property(tries = 1000)
	void parse_shouldReadTheCanonicalSpellingBackAsTheSameScope(@ForAll("scopes") Scope scope) {
		Scope reread = Scope.parse(scope.canonical());

		assertThat(reread).isEqualTo(scope).hasSameHashCodeAs(scope);
		assertThat(reread.canonical()).isEqualTo(scope.canonical());
	}

	@Property(tries = 1000)
	void parse_shouldReadEverySpellingOfAScopeAsThatScope(@ForAll("scopes") Scope scope, @ForAll Random random) {
		assertThat(Scope.parse(respell(scope, random))).isEqualTo(scope);
	}

	@Property(tries = 1000)
	void covers_shouldBeReflexiveAndNarrowsIrreflexive(@ForAll("scopes") Scope scope) {
		assertThat(scope.covers(scope)).isTrue();
		assertThat(scope.narrows(scope)).isFalse();
	}

	@Property(tries = 1000)
	void covers_shouldBeTransitive(@ForAll("smallScopes") Scope a, @ForAll("smallScopes") Scope anyB,
	        @ForAll("smallScopes") Scope anyC, @ForAll Random random) {
		Scope b = random.nextBoolean() ? narrowed(a, random) : anyB;
		Scope c = random.nextBoolean() ? narrowed(b, random) : anyC;

		if (a.covers(b) && b.covers(c)) {
			assertThat(a.covers(c)).as("%s covers %s covers %s", a, b, c).isTrue();
		}
	}

	@Property(tries = 1000)
	void covers_shouldHoldAlongAChainOfNarrowings(@ForAll("scopes") Scope a, @ForAll Random random) {
		Scope b = narrowed(a, random);
		Scope c = narrowed(b, random);

		assertThat(a.covers(b)).as("%s covers %s", a, b).isTrue();
		assertThat(b.covers(c)).as("%s covers %s", b, c).isTrue();
		assertThat(a.covers(c)).as("%s covers %s", a, c).isTrue();
		assertThat(b.narrows(a)).isEqualTo(!b.equals(a));
		if (a.narrows(b)) {
			// Dropping a value another one admits ({a, X|a} to {a}) respells the same restriction: each covers the other.
			assertThat(a.covers(b)).as("%s narrows back only what it respells", b).isTrue();
		}
	}

	@Property(tries = 1000)
	void covers_shouldMeanTheBroaderScopeLetsThroughAllTheNarrowerDoes(@ForAll("scopes") Scope broader,
	        @ForAll Random random) {
		Scope narrower = narrowed(broader, random);

		for (Permission permission : Permission.values()) {
			for (ResourceType type : ResourceType.values()) {
				if (narrower.allows(permission, type.fhirName())) {
					assertThat(broader.allows(permission, type.fhirName())).isTrue();
				}
			}
		}
		for (String name : ResourceType.ANY.parameters()) {
			List<String> recordTokens = recordTokens(narrower.parameters().get(name), random);
			if (narrower.matchesParameter(name, recordTokens)) {
				assertThat(broader.matchesParameter(name, recordTokens)).as("%s on %s", name, recordTokens).isTrue();
			}
		}
	}

	@Provide
	Arbitrary<Scope> scopes() {
		Arbitrary<String> code = Arbitraries.strings().withChars(TOKEN_CHARS).ofMinLength(1).ofMaxLength(6);
		Arbitrary<String> system = Arbitraries.oneOf(Arbitraries.of(LOINC, "http://snomed.info/sct"), code);
		Arbitrary<String> tokens = Arbitraries.oneOf(code, Combinators.combine(system, code).as((s, c) -> s + "|" + c));
		return scopesOf(Arbitraries.of(ResourceType.class), Arbitraries.subsetOf(Permission.values()).ofMinSize(1),
		    tokens);
	}

	/** Scopes from so few values that one often covers another. */
	@Provide
	Arbitrary<Scope> smallScopes() {
		return scopesOf(Arbitraries.of(ResourceType.OBSERVATION, ResourceType.ANY),
		    Arbitraries.subsetOf(Permission.READ, Permission.SEARCH).ofMinSize(1), Arbitraries.of("a", LOINC + "|a"));
	}

	private static Arbitrary<Scope> scopesOf(Arbitrary<ResourceType> types, Arbitrary<Set<Permission>> permissions,
	        Arbitrary<String> tokens) {
		return types.flatMap(type -> Combinators
		        .combine(Arbitraries.of(ScopeContext.class), permissions, parametersFor(type, tokens))
		        .as((context, granted, parameters) -> new Scope(context, type, granted, parameters)));
	}

	private static Arbitrary<SortedMap<String, SortedSet<String>>> parametersFor(ResourceType type,
	        Arbitrary<String> tokens) {
		if (type.parameters().isEmpty()) {
			return Arbitraries.just(new TreeMap<>());
		}
		return Arbitraries.maps(Arbitraries.of(type.parameters()), tokens.set().ofMinSize(1).ofMaxSize(3))
		        .ofMaxSize(type.parameters().size()).map(ScopePropertiesTest::sorted);
	}

	private static SortedMap<String, SortedSet<String>> sorted(Map<String, ? extends Set<String>> parameters) {
		SortedMap<String, SortedSet<String>> sorted = new TreeMap<>();
		parameters.forEach((name, tokens) -> sorted.put(name, new TreeSet<>(tokens)));
		return sorted;
	}

	private static void parseOrRefuse(String text) {
		try {
			Scope scope = Scope.parse(text);
			assertThat(Scope.parse(scope.canonical())).isEqualTo(scope);
		}
		catch (AddonMarketException e) {
			assertThat(e.getCode().name()).startsWith("SCOPE_");
			assertThat(e.getMessage()).isNotBlank();
			assertThat(e.getField()).isNull();
		}
	}

	/** Inserts, deletes or replaces one to three characters. */
	private static String mutate(String text, Random random) {
		StringBuilder mutant = new StringBuilder(text);
		for (int edits = 1 + random.nextInt(3); edits > 0; edits--) {
			char ch = random.nextInt(4) == 0 ? (char) random.nextInt(0x3000)
			        : EDIT_CHARS.charAt(random.nextInt(EDIT_CHARS.length()));
			int kind = mutant.length() == 0 ? 0 : random.nextInt(3);
			if (kind == 0) {
				mutant.insert(random.nextInt(mutant.length() + 1), ch);
			} else if (kind == 1) {
				mutant.deleteCharAt(random.nextInt(mutant.length()));
			} else {
				mutant.setCharAt(random.nextInt(mutant.length()), ch);
			}
		}
		return mutant.toString();
	}

	/** Another spelling: parameters and values shuffled, a value repeated, characters percent-encoded at random. */
	private static String respell(Scope scope, Random random) {
		StringBuilder out = new StringBuilder(scope.context().token()).append('/')
		        .append(scope.resourceType().fhirName()).append('.').append(Scope.letters(scope.permissions()));
		List<String> names = new ArrayList<>(scope.parameters().keySet());
		Collections.shuffle(names, random);
		char separator = '?';
		for (String name : names) {
			List<String> tokens = new ArrayList<>(scope.parameters().get(name));
			tokens.add(tokens.get(random.nextInt(tokens.size())));
			Collections.shuffle(tokens, random);
			out.append(separator).append(name).append('=');
			for (int i = 0; i < tokens.size(); i++) {
				out.append(i == 0 ? "" : ",").append(encodeSome(tokens.get(i), random));
			}
			separator = '&';
		}
		return out.toString();
	}

	private static String encodeSome(String token, Random random) {
		StringBuilder out = new StringBuilder();
		token.codePoints().forEach(codePoint -> {
			boolean must = "&=,%".indexOf(codePoint) >= 0 || PercentEncoding.isSpaceOrControl(codePoint);
			if (must || random.nextInt(4) == 0) {
				for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
					String hex = String.format("%%%02X", b & 0xFF);
					out.append(random.nextBoolean() ? hex : hex.toLowerCase(java.util.Locale.ROOT));
				}
			} else {
				out.appendCodePoint(codePoint);
			}
		});
		return out.toString();
	}

	/** A scope that {@code scope} covers: a narrower context, type, permissions and values, more restrictions. */
	private static Scope narrowed(Scope scope, Random random) {
		ScopeContext context = scope.context() == ScopeContext.USER && random.nextBoolean() ? ScopeContext.PATIENT
		        : scope.context();
		ResourceType type = scope.resourceType();
		if (type == ResourceType.ANY && random.nextBoolean()) {
			List<ResourceType> fitting = new ArrayList<>();
			for (ResourceType candidate : ResourceType.values()) {
				if (candidate.parameters().containsAll(scope.parameters().keySet())) {
					fitting.add(candidate);
				}
			}
			type = fitting.get(random.nextInt(fitting.size()));
		}
		Set<Permission> permissions = EnumSet.noneOf(Permission.class);
		for (Permission permission : scope.permissions()) {
			if (permissions.isEmpty() || random.nextBoolean()) {
				permissions.add(permission);
			}
		}
		SortedMap<String, SortedSet<String>> parameters = new TreeMap<>();
		scope.parameters().forEach((name, tokens) -> parameters.put(name, narrowedTokens(tokens, random)));
		for (String name : type.parameters()) {
			if (!parameters.containsKey(name) && random.nextInt(4) == 0) {
				parameters.put(name, new TreeSet<>(Set.of(LOINC + "|new")));
			}
		}
		return new Scope(context, type, permissions, parameters);
	}

	/** A non-empty subset of the tokens, with bare codes sometimes pinned to one system. */
	private static SortedSet<String> narrowedTokens(Set<String> tokens, Random random) {
		SortedSet<String> narrowed = new TreeSet<>();
		for (String token : tokens) {
			if (narrowed.isEmpty() || random.nextBoolean()) {
				narrowed.add(token.indexOf('|') < 0 && random.nextBoolean() ? LOINC + "|" + token : token);
			}
		}
		return narrowed;
	}

	/** Record values near a scope's restriction: its tokens, bare codes in some system, and one that it refuses. */
	private static List<String> recordTokens(Set<String> restriction, Random random) {
		List<String> tokens = new ArrayList<>();
		if (restriction != null) {
			for (String token : restriction) {
				if (random.nextBoolean()) {
					tokens.add(token.indexOf('|') < 0 && random.nextBoolean() ? "http://any.org|" + token : token);
				}
			}
		}
		tokens.add("http://other.org|unrelated");
		return tokens;
	}
}
