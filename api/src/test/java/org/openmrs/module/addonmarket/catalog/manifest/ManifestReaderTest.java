package org.openmrs.module.addonmarket.catalog.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.Test;
import org.openmrs.module.addonmarket.catalog.pkg.TestPackages;
import org.openmrs.module.addonmarket.error.AddonMarketException;
import org.openmrs.module.addonmarket.error.ErrorCode;

public class ManifestReaderTest {

	private static final ObjectMapper JSON = new ObjectMapper();

	private final ManifestReader reader = TestScopes.manifestReader();

	private static byte[] example(Consumer<ObjectNode> edit) throws Exception {
		ObjectNode manifest = (ObjectNode) JSON.readTree(TestPackages.exampleManifest());
		edit.accept(manifest);
		return JSON.writeValueAsBytes(manifest);
	}

	private static ObjectNode item(ObjectNode manifest, String list, int index) {
		return (ObjectNode) manifest.withArray("/" + list).get(index);
	}

	private List<ManifestError> errors(byte[] json) {
		InvalidManifestException e = catchThrowableOfType(InvalidManifestException.class, () -> reader.read(json));
		assertThat(e).as("refusal").isNotNull();
		return e.getErrors();
	}

	@Test
	public void read_shouldReadTheExampleManifest() throws Exception {
		Manifest manifest = reader.read(TestPackages.exampleManifest().getBytes(StandardCharsets.UTF_8));

		assertThat(manifest.manifestVersion()).isEqualTo(1);
		assertThat(manifest.name()).isEqualTo("Hypertensive crisis alert");
		assertThat(manifest.publisher()).isEqualTo("cardiology-unit");
		assertThat(manifest.categories()).containsExactly("cardiology", "alerts");
		assertThat(manifest.platform()).isEqualTo(">=0.1.0 <1.0.0");
		assertThat(manifest.permissions()).extracting(Permission::optional).containsExactly(false, true, false);
		assertThat(manifest.entry()).isEqualTo("main.js");
		assertThat(manifest.permissions()).extracting(Permission::scope).containsExactly(
		    "patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4", "patient/Patient.r",
		    "user/Notice.c");
		assertThat(manifest.permissions().get(0).elements()).isEmpty();
		assertThat(manifest.permissions().get(1).elements()).containsExactly("name", "birthDate");
		assertThat(manifest.egress()).singleElement().satisfies(egress -> {
			assertThat(egress.url()).isEqualTo("https://api.example.org/");
			assertThat(egress.sends()).containsExactly("Observation");
		});
		assertThat(manifest.actions()).containsExactly(new Action("trend", "Blood pressure trend", ActionContext.PATIENT,
		        "trend"));
		assertThat(manifest.schedules()).containsExactly(new Schedule("0 0 6 * * *", "digest"));
		JsonNode configuration = JSON.readTree(manifest.configuration());
		assertThat(configuration.at("/properties/threshold/default").intValue()).isEqualTo(180);
	}

	@Test
	public void read_shouldReadAManifestWithOnlyTheRequiredFields() {
		String json = "{\"manifestVersion\": 1, \"id\": \"org.example.hello\", \"name\": \"Hello\", \"version\": \"0.1.0\","
		        + " \"publisher\": \"me\", \"description\": \"Says hello\", \"platform\": \"^1.0.0\", \"entry\": \"src/hello.js\"}";

		Manifest manifest = reader.read(json.getBytes(StandardCharsets.UTF_8));

		assertThat(manifest.permissions()).isEmpty();
		assertThat(manifest.triggers()).isEmpty();
		assertThat(manifest.handlers()).isEmpty();
		assertThat(manifest.categories()).isEmpty();
		assertThat(manifest.configuration()).isNull();
		assertThatThrownBy(() -> manifest.permissions().add(null)).isInstanceOf(UnsupportedOperationException.class);
	}

	@Test
	public void read_shouldAcceptAByteOrderMark() {
		byte[] text = ("\uFEFF" + TestPackages.exampleManifest()).getBytes(StandardCharsets.UTF_8);

		assertThat(reader.read(text).id()).isEqualTo("org.example.bp-crisis-alert");
	}

	@Test
	public void read_shouldRefuseTextThatIsNotUtf8() {
		byte[] latin1 = TestPackages.exampleManifest().replace("Alerts", "Alertes \u00e9")
		        .getBytes(StandardCharsets.ISO_8859_1);

		assertThat(errors(latin1)).extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_NOT_JSON);
	}

	@Test
	public void read_shouldNameThePointerOfADuplicateKey() {
		String json = TestPackages.exampleManifest().replace("\"why\": \"Raises an alert for the care team\"",
		    "\"why\": \"Raises an alert\", \"why\": \"Something else\"");

		assertThat(errors(json.getBytes(StandardCharsets.UTF_8))).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST_DUPLICATE_KEY);
			assertThat(e.pointer()).isEqualTo("/permissions/2/why");
			assertThat(e.message()).contains("written twice", "line 16");
		});
	}

	@Test
	public void read_shouldReportEveryFaultInDocumentOrder() throws Exception {
		byte[] json = example(m -> {
			m.put("id", "org");
			m.remove("description");
			m.put("platform", ">= banana");
			item(m, "permissions", 2).put("why", " ");
			item(m, "egress", 0).put("url", "https://api.example.org/#x");
			item(m, "actions", 0).put("id", "Trend");
			item(m, "schedules", 0).put("cron", "0 0 25 * * *");
		});

		List<ManifestError> errors = errors(json);

		assertThat(errors).extracting(ManifestError::pointer).containsExactly("/description", "/id", "/platform",
		    "/permissions/2/why", "/egress/0/url", "/actions/0/id", "/schedules/0/cron");
		assertThat(errors).extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_FIELD_MISSING,
		    ErrorCode.MANIFEST_ID_INVALID, ErrorCode.MANIFEST_PLATFORM_INVALID, ErrorCode.MANIFEST_TEXT_BLANK,
		    ErrorCode.MANIFEST_EGRESS_URL_INVALID, ErrorCode.MANIFEST_ACTION_ID_INVALID, ErrorCode.MANIFEST_CRON_INVALID);
	}

	@Test
	public void read_shouldReportAFaultyValueOnce() throws Exception {
		List<ManifestError> errors = errors(example(m -> m.put("version", "v1.2")));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST_VERSION_INVALID);
			assertThat(e.message()).contains("\"v1.2\"", "semantic version");
		});
	}

	@Test
	public void read_shouldSayWhichFieldsAreAllowedWhenOneIsUnknown() throws Exception {
		List<ManifestError> errors = errors(example(m -> item(m, "triggers", 0).put("when", "always")));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.pointer()).isEqualTo("/triggers/0/when");
			assertThat(e.message()).contains("\"when\"", "event, where, handler");
		});
	}

	@Test
	public void read_shouldRefuseAnEntryOutsideThePackage() throws Exception {
		assertThat(errors(example(m -> m.put("entry", "../main.js")))).extracting(ManifestError::code)
		        .containsExactly(ErrorCode.MANIFEST_ENTRY_INVALID);
		assertThat(errors(example(m -> m.put("entry", "main.ts")))).extracting(ManifestError::code)
		        .containsExactly(ErrorCode.MANIFEST_ENTRY_INVALID);
	}

	@Test
	public void read_shouldRefuseBlankTexts() throws Exception {
		List<ManifestError> errors = errors(example(m -> {
			m.put("name", "   ");
			item(m, "permissions", 0).put("why", "");
			item(m, "actions", 0).put("title", "\t");
		}));

		assertThat(errors).extracting(ManifestError::pointer).containsExactly("/name", "/permissions/0/why",
		    "/actions/0/title");
		assertThat(errors).extracting(ManifestError::code).containsOnly(ErrorCode.MANIFEST_TEXT_BLANK);
	}

	@Test
	public void read_shouldRefuseElementsThatAreNotUniqueElementNames() throws Exception {
		assertThat(errors(example(m -> item(m, "permissions", 1).putArray("elements").add("name").add("name"))))
		        .extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_ELEMENTS_INVALID);
		assertThat(errors(example(m -> item(m, "permissions", 1).putArray("elements").add("name.given"))))
		        .extracting(ManifestError::pointer).containsExactly("/permissions/1/elements/0");
		assertThat(errors(example(m -> item(m, "permissions", 1).putArray("elements"))))
		        .extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_ELEMENTS_INVALID);
	}

	@Test
	public void read_shouldCheckEveryScopeWithItsPointer() {
		List<String> checked = new ArrayList<>();
		ManifestReader recording = new ManifestReader((scope, pointer) -> checked.add(pointer + " " + scope));

		recording.read(TestPackages.exampleManifest().getBytes(StandardCharsets.UTF_8));

		assertThat(checked).containsExactly(
		    "/permissions/0/scope patient/Observation.rs?code=http://loinc.org|8480-6,http://loinc.org|8462-4",
		    "/permissions/1/scope patient/Patient.r", "/permissions/2/scope user/Notice.c");
	}

	@Test
	public void read_shouldReportTheScopeParsersCodeAndPointer() {
		ManifestReader strict = new ManifestReader((scope, pointer) -> {
			if (scope.startsWith("user/")) {
				throw new AddonMarketException(ErrorCode.BAD_PARAMETER,
				        pointer + ": unknown resource type \"Notice\"; expected one of Patient, Observation", pointer);
			}
		});

		InvalidManifestException e = catchThrowableOfType(InvalidManifestException.class,
		    () -> strict.read(TestPackages.exampleManifest().getBytes(StandardCharsets.UTF_8)));

		assertThat(e.getErrors()).containsExactly(new ManifestError(ErrorCode.BAD_PARAMETER, "/permissions/2/scope",
		        "unknown resource type \"Notice\"; expected one of Patient, Observation"));
	}

	@Test
	public void read_shouldRefuseHandlersThatAreNotFunctionNames() throws Exception {
		assertThat(errors(example(m -> item(m, "actions", 0).put("handler", "function")))).singleElement()
		        .satisfies(e -> assertThat(e.message()).contains("reserved word"));
		assertThat(errors(example(m -> item(m, "actions", 0).put("handler", "1trend"))))
		        .extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_HANDLER_INVALID);
	}

	@Test
	public void read_shouldRefuseAHandlerNamedTwiceNamingTheFirst() throws Exception {
		List<ManifestError> errors = errors(example(m -> item(m, "actions", 0).put("handler", "onReading")));

		assertThat(errors).singleElement().satisfies(e -> {
			assertThat(e.code()).isEqualTo(ErrorCode.MANIFEST_HANDLER_DUPLICATE);
			assertThat(e.pointer()).isEqualTo("/actions/0/handler");
			assertThat(e.message()).contains("/triggers/0/handler");
		});
	}

	@Test
	public void read_shouldAllowOnlyTheFiltersOfEachEvent() throws Exception {
		assertThat(errors(example(m -> item(m, "triggers", 0).put("event", "Patient.created"))))
		        .extracting(ManifestError::pointer).containsExactly("/triggers/0/where/code");
		Manifest encounters = reader.read(example(m -> {
			item(m, "triggers", 0).put("event", "Encounter.created");
			item(m, "triggers", 0).putObject("where").put("type", "http://snomed.info/sct|185349003");
		}));
		assertThat(encounters.triggers().get(0).event()).isEqualTo(TriggerEvent.ENCOUNTER_CREATED);
	}

	@Test
	public void read_shouldAllowHttpOnlyToTheMachineItself() throws Exception {
		for (String url : List.of("http://localhost:8080/", "http://127.0.0.1/fhir", "http://[::1]:9000/")) {
			assertThat(reader.read(example(m -> item(m, "egress", 0).put("url", url))).egress().get(0).url())
			        .isEqualTo(url);
		}
		assertThat(errors(example(m -> item(m, "egress", 0).put("url", "http://localhost.evil.org/"))))
		        .extracting(ManifestError::code).containsExactly(ErrorCode.MANIFEST_EGRESS_URL_INVALID);
	}

	@Test
	public void read_shouldRefuseConfigurationSchemasTheModuleCannotUseSafely() throws Exception {
		assertThat(errors(example(m -> m.putObject("configuration").put("type", "array"))))
		        .extracting(ManifestError::pointer).containsExactly("/configuration/type");
		assertThat(errors(example(m -> m.putObject("configuration").put("type", "object")
		        .put("$schema", "http://json-schema.org/draft-04/schema#")))).extracting(ManifestError::pointer)
		        .containsExactly("/configuration/$schema");
		assertThat(errors(example(m -> m.putObject("configuration").put("type", "object").putObject("properties")
		        .putObject("code").put("type", "string").put("pattern", "([a-z")))).extracting(ManifestError::pointer)
		        .containsExactly("/configuration/properties/code/pattern");
		assertThat(errors(example(m -> m.putObject("configuration").put("type", "object").putObject("$defs")
		        .putObject("a").put("$dynamicRef", "https://example.org/schema")))).extracting(ManifestError::pointer)
		        .containsExactly("/configuration/$defs/a/$dynamicRef");
	}

	@Test
	public void read_shouldAcceptReferencesInsideTheConfigurationSchema() throws Exception {
		Manifest manifest = reader.read(example(m -> {
			ObjectNode configuration = m.putObject("configuration").put("type", "object");
			configuration.putObject("$defs").putObject("mmHg").put("type", "integer").put("minimum", 0);
			ObjectNode properties = configuration.putObject("properties");
			properties.putObject("threshold").put("$ref", "#/$defs/mmHg");
			properties.putObject("pattern").put("type", "string").putObject("const").put("$ref", "https://x.org/");
		}));

		assertThat(manifest.configuration()).contains("#/$defs/mmHg");
	}

	@Test
	public void read_shouldAcceptEveryEventAndContext() throws Exception {
		Manifest manifest = reader.read(example(m -> {
			m.withArray("/triggers").addObject().put("event", "Patient.created").put("handler", "onPatient");
			m.withArray("/actions").addObject().put("id", "my-list").put("title", "My list").put("context", "user")
			        .put("handler", "myList");
		}));

		assertThat(manifest.triggers()).extracting(Trigger::event).containsExactly(TriggerEvent.OBSERVATION_CREATED,
		    TriggerEvent.PATIENT_CREATED);
		assertThat(manifest.triggers().get(1).where()).isEmpty();
		assertThat(manifest.actions()).extracting(Action::context).containsExactly(ActionContext.PATIENT,
		    ActionContext.USER);
		assertThat(manifest.handlers()).containsExactly("onReading", "onPatient", "trend", "myList", "digest");
	}
}
