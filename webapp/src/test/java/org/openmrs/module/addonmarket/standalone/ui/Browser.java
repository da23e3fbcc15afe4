package org.openmrs.module.addonmarket.standalone.ui;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Collectors;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by Debian's chromedriver, with what a person does on the UI's pages: sign in, use
 * the header, type, tick, and a screenshot per step. Without Chromium the test fails, saying how to install it: a
 * browser test that skips itself would pass CI having tested nothing.
 */
final class Browser implements AutoCloseable {

	static final Path CHROMIUM = Path.of(System.getProperty("addonmarket.chromium", "/usr/bin/chromium"));

	static final Path CHROMEDRIVER = Path.of(System.getProperty("addonmarket.chromedriver", "/usr/bin/chromedriver"));

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static final int MAX_SCREENSHOT_HEIGHT = 4000;

	private final ChromeDriver driver;

	private final WebDriverWait wait;

	private final String base;

	private final Path screenshots;

	private final Path profile;

	private final Path downloads;

	private Browser(ChromeDriver driver, String base, Path screenshots, Path profile, Path downloads) {
		this.driver = driver;
		this.base = base;
		this.screenshots = screenshots;
		this.profile = profile;
		this.downloads = downloads;
		this.wait = new WebDriverWait(driver, WAIT);
	}

	/** Fails the test, saying how to install them, when Chromium or its driver is missing. */
	static void requireInstalled() {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			fail("The browser tests need Debian's Chromium and ChromeDriver (" + CHROMIUM + ", " + CHROMEDRIVER
			        + "): install them with `apt-get install -y chromium chromium-driver` (.ci/run does), or point "
			        + "-Daddonmarket.chromium and -Daddonmarket.chromedriver at them");
		}
	}

	/** Opens a browser on a fresh profile, or fails the test when Chromium or its driver is missing. */
	static Browser open(String base, Path screenshots) throws IOException {
		requireInstalled();
		Path profile = Files.createTempDirectory("addonmarket-chromium");
		Path downloads = Files.createDirectories(profile.resolve("downloads"));
		ChromeOptions options = new ChromeOptions();
		options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
		    "download.prompt_for_download", false));
		options.setBinary(CHROMIUM.toFile());
		// Without the background-networking flags Chromium keeps calling Google's hosts, which this network refuses.
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
		    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage", "--no-first-run",
		    "--disable-quic", "--window-size=1440,1000", "--lang=en-GB", "--user-data-dir=" + profile);
		options.setCapability("goog:loggingPrefs", Map.of(LogType.BROWSER, "ALL"));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
		        .usingAnyFreePort().build();
		Files.createDirectories(screenshots);
		ChromeDriver driver = new ChromeDriver(service, options);
		// Headless Chromium saves downloads only when told where, per browser.
		driver.executeCdpCommand("Browser.setDownloadBehavior",
		    Map.of("behavior", "allow", "downloadPath", downloads.toString()));
		return new Browser(driver, base, screenshots, profile, downloads);
	}

	/** Opens a page of the app, e.g. {@code "/"} or {@code "/#/catalog"}. */
	void go(String path) {
		driver.get(base + path);
	}

	/** Signs in with the sign-in form and waits for the header to name the user. */
	void signIn(String username, String password) {
		WebElement user = visible(By.id("username"));
		type(user, username);
		type(driver.findElement(By.id("password")), password);
		click(By.id("sign-in"));
		visible(By.cssSelector("[data-user='" + username + "']"));
	}

	void signOut() {
		click(By.id("sign-out"));
		visible(By.id("username"));
	}

	/** Replaces an input's text the way a person does (select all, type), so that React sees every change. */
	void type(WebElement input, String text) {
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		input.sendKeys(text);
	}

	void type(By input, String text) {
		type(visible(input), text);
	}

	void click(By target) {
		wait.until(ExpectedConditions.elementToBeClickable(target)).click();
	}

	/**
	 * Clicks until a click takes: the element is looked up again and clicked until the text appears in the result
	 * (a list that is still re-rendering, e.g. after a debounced search, can swallow a click on an element it is
	 * about to replace).
	 */
	void clickUntil(By target, By result, String text) {
		wait.until(d -> {
			try {
				d.findElement(target).click();
			}
			catch (StaleElementReferenceException | NoSuchElementException | ElementClickInterceptedException e) {
				return false;
			}
			return textWithin(result, text, Duration.ofSeconds(3));
		});
	}

	/** Ticks or unticks a Carbon checkbox by clicking its label, as a person does (the input itself is hidden). */
	void tick(WebElement checkbox, boolean ticked) {
		if (checkbox.isSelected() != ticked) {
			driver.findElement(By.cssSelector("label[for='" + checkbox.getAttribute("id") + "']")).click();
		}
		wait.until(d -> checkbox.isSelected() == ticked);
	}

	WebElement visible(By target) {
		return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
	}

	void waitForText(By target, String text) {
		wait.until(ExpectedConditions.textToBePresentInElementLocated(target, text));
	}

	/** @return the file a download saved under this name, once it is complete (Chromium's partial file gone) */
	Path downloaded(String name) {
		Path file = downloads.resolve(name);
		Path partial = downloads.resolve(name + ".crdownload");
		wait.until(d -> Files.isRegularFile(file) && !Files.exists(partial));
		return file;
	}

	/** Waits until the element's text holds the text, re-rendered or not, for up to the given time. */
	boolean textWithin(By target, String text, Duration within) {
		try {
			new WebDriverWait(driver, within).until(ExpectedConditions.textToBePresentInElementLocated(target, text));
			return true;
		}
		catch (TimeoutException e) {
			return false;
		}
	}

	List<WebElement> all(By target) {
		return driver.findElements(target);
	}

	ChromeDriver driver() {
		return driver;
	}

	/** Saves a screenshot of the whole page, also what lies below the window, as name.png. */
	Path screenshot(String name) throws IOException {
		Path file = screenshots.resolve(name + ".png");
		// From the top, so that the fixed header sits above the page and not across it.
		driver.executeScript("window.scrollTo(0, 0);");
		@SuppressWarnings("unchecked")
		List<Number> size = (List<Number>) driver.executeScript(
		    "return [document.documentElement.scrollWidth, document.documentElement.scrollHeight];");
		Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height",
		    Math.min(size.get(1).intValue(), MAX_SCREENSHOT_HEIGHT), "scale", 1);
		Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
		    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		return file;
	}

	/**
	 * @return what the page logged as errors other than the API's own refusals (a 401 before sign-in, a 422 for an
	 *         invalid configuration are answers the UI shows): script errors and Content-Security-Policy violations
	 */
	List<String> scriptErrors() {
		return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
		        .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
		        .map(LogEntry::getMessage).filter(m -> !m.contains("Failed to load resource"))
		        .collect(Collectors.toList());
	}

	@Override
	public void close() throws IOException {
		try {
			driver.quit();
		}
		finally {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
