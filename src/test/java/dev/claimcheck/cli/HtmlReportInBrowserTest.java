package dev.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A hostile submission (scripts, event handlers, javascript: links, markup that tries to close the
 * report's own tags) rendered in the report and opened in Debian's headless Chromium: nothing runs,
 * nothing is injected, and the page still shows the findings. Skipped where Chromium is not
 * installed, except in CI ({@code CI=true}), where a missing browser fails the test.
 */
class HtmlReportInBrowserTest {
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path ARTIFACTS = Path.of("target/browser");

  @TempDir Path dir;

  @Test
  void aHostileSubmissionRunsNothingInTheBrowser() throws Exception {
    requireBrowser();
    Path report = ARTIFACTS.resolve("malicious-report.html");
    Files.createDirectories(ARTIFACTS);
    Path evilName = Files.copy(Path.of("src/test/resources/articles/malicious/submission.txt"),
        dir.resolve("<img src=x onerror=alert(1)>.txt"));
    CheckCommandTest.Run r = CheckCommandTest.run("check", "--no-config", "--format", "html", "--fail-on", "none",
        "-o", report.toString(), "src/test/resources/articles/malicious/submission.html",
        "src/test/resources/articles/malicious/submission.md", "src/test/resources/articles/malicious/submission.txt",
        evilName.toString());
    assertEquals(0, r.code(), r.err());

    WebDriver driver = startChromium();
    try {
      driver.get(report.toUri().toString());
      Thread.sleep(500); // time for anything that was going to run, to run
      try {
        driver.switchTo().alert();
        fail("an alert opened: script from the submission ran");
      } catch (NoAlertPresentException expected) {
        // nothing ran
      }
      assertEquals(report.toUri().toString(), driver.getCurrentUrl(), "no redirect");
      assertEquals("claimcheck: 4 files", driver.getTitle());
      org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
      assertEquals(null, js.executeScript("return window.__pwned === undefined ? null : String(window.__pwned)"));
      assertTrue(driver.findElements(By.cssSelector("script, iframe, img, svg, object, embed, base, form, input, textarea")).isEmpty(),
          "no active element was injected");
      assertEquals(1L, js.executeScript("return document.querySelectorAll('meta[http-equiv]').length"), "only the CSP meta");
      Object handlers = js.executeScript("return Array.from(document.querySelectorAll('*')).flatMap(e => "
          + "Array.from(e.attributes).filter(a => a.name.startsWith('on')).map(a => e.tagName + ' ' + a.name))");
      assertEquals(List.of(), handlers, "no event handler attributes");
      for (WebElement link : driver.findElements(By.cssSelector("a[href]"))) {
        String href = link.getAttribute("href");
        assertTrue(href.startsWith("https://") || href.startsWith("http://") || href.contains("#"), "link: " + href);
      }
      // The page still works: findings are highlighted and the hostile text is shown as text.
      assertFalse(driver.findElements(By.cssSelector("mark.hl")).isEmpty(), "flagged sentences are highlighted");
      String text = driver.findElement(By.tagName("body")).getText();
      assertTrue(text.contains("onerror=\"window.__pwned='text img'\""), "hostile markup is shown as text");
      assertTrue(text.contains("<img src=x onerror=alert(1)>.txt"), "hostile file names too");
      assertNotEquals("none", js.executeScript("return getComputedStyle(document.body).display"), "the submission's CSS did not apply");
      Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
      Files.copy(shot, ARTIFACTS.resolve("malicious-report.png"), StandardCopyOption.REPLACE_EXISTING);
    } finally {
      driver.quit();
    }
  }

  private static void requireBrowser() {
    boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
      fail("CI must run the browser test: install Debian's chromium and chromium-driver (.ci/run does)");
    }
    Assumptions.assumeTrue(present, "Debian's chromium and chromium-driver are not installed");
  }

  private WebDriver startChromium() throws IOException {
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--allow-file-access-from-files", "--window-size=1400,1600",
        "--user-data-dir=" + Files.createDirectories(dir.resolve("chromium-profile")));
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(60))
        .build();
    return new ChromeDriver(service, options);
  }
}
