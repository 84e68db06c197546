package org.rankmeeting.studio;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The studio in a real browser (Debian's chromium through chromium-driver, both installed by .ci/run): each test
 * opens a page as a person would, acts on it, checks what is on the screen and saves a screenshot under
 * {@code target/screenshots/}.
 */
class StudioBrowserTest {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SHOTS = Path.of("target/screenshots");

    /** Selenium's own notes (e.g. which browser-protocol version it fell back to) are not test output: -q stays quiet. */
    private static final java.util.logging.Logger SELENIUM = java.util.logging.Logger.getLogger("org.openqa.selenium");

    static {
        SELENIUM.setLevel(java.util.logging.Level.SEVERE);
    }

    private static WebDriver browser;
    private static WebDriverWait wait;
    private static Path profile;

    @BeforeAll
    static void openBrowser() throws IOException {
        assertThat(CHROMIUM).as("chromium is missing: apt-get install -y chromium chromium-driver (.ci/run does)").exists();
        assertThat(DRIVER).as("chromedriver is missing: apt-get install -y chromium-driver (.ci/run does)").exists();
        Files.createDirectories(SHOTS);
        profile = Files.createTempDirectory("studio-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-proxy-server",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(1400, 1000));
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        StudioFixture.server();
    }

    @AfterAll
    static void closeBrowser() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (profile != null) {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static void open(String path) {
        browser.get(StudioFixture.base() + path);
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
        // a copy 900 pixels wide, the size the README shows (src/docs/screenshots/studio-NAME.png)
        java.awt.image.BufferedImage full = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(png));
        int w = 900;
        int h = full.getHeight() * w / full.getWidth();
        java.awt.image.BufferedImage small = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(full, 0, 0, w, h, null);
        g.dispose();
        javax.imageio.ImageIO.write(small, "png", SHOTS.resolve(name + "-small.png").toFile());
    }

    private static String text(By by) {
        return browser.findElement(by).getText();
    }

    @Test
    void fromTheGalleryACardOfTheBoardOpensItsExplanation() throws IOException {
        open("/");
        assertThat(text(By.tagName("h1"))).isEqualTo("Rank meetings to open");
        shot("gallery");
        browser.findElement(By.cssSelector("a.tile[href='/s/02-a-block-of-img-files']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".col-screened-out")));
        assertThat(text(By.cssSelector("#board-lakeshore-im .col-screened-out"))).contains("Lina (under the cutoff)");
        browser.findElement(By.cssSelector("a.card[data-applicant='sana']")).click();
        WebElement panel = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("panel")));
        wait.until(ExpectedConditions.textToBePresentInElement(panel, "Principal reasons"));
        assertThat(panel.getText()).contains("Sana (a school we know) at Lakeshore Internal Medicine").contains("What held this file back");
        WebElement link = panel.findElement(By.cssSelector("a.hid"));
        assertThat(link.getAttribute("href")).contains("/catalogue#");
        shot("board");
        link.click();
        wait.until(ExpectedConditions.urlContains("/catalogue#"));
        assertThat(text(By.tagName("h1"))).isEqualTo("The heuristics");
        shot("catalogue");
    }

    @Test
    void theReplayStepsWithTheKeyboardAndBack() throws IOException {
        open("/s/09-late-save/replay");
        WebElement where = browser.findElement(By.id("where"));
        assertThat(where.getText()).startsWith("step 1 of ");
        Actions keys = new Actions(browser);
        keys.sendKeys(Keys.ARROW_RIGHT).perform();
        wait.until(ExpectedConditions.textToBePresentInElement(where, "step 2 of"));
        WebElement step = browser.findElement(By.cssSelector("section.step[data-step='2']"));
        assertThat(step.getText()).contains("The coordinator's filters");
        assertThat(step.findElements(By.cssSelector(".line")).stream().filter(WebElement::isDisplayed).count()).isZero();
        keys.sendKeys(Keys.ARROW_RIGHT).sendKeys(Keys.ARROW_RIGHT).perform();
        assertThat(step.findElements(By.cssSelector(".line")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(2);
        keys.sendKeys(Keys.ARROW_LEFT).perform();
        assertThat(step.findElements(By.cssSelector(".line")).stream().filter(WebElement::isDisplayed).count()).isEqualTo(1);
        for (int i = 0; i < 40 && !browser.findElement(By.cssSelector("section.step:not([hidden])")).getText().contains("The committee reads"); i++) {
            keys.sendKeys(Keys.SPACE).perform();
        }
        WebElement reading = browser.findElement(By.cssSelector("section.step:not([hidden])"));
        assertThat(reading.getText()).contains("The committee reads");
        for (int i = 0; i < 4; i++) {
            keys.sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertThat(reading.findElements(By.cssSelector(".line")).stream().filter(WebElement::isDisplayed).count()).isGreaterThanOrEqualTo(3);
        assertThat(reading.getCssValue("font-size")).isEqualTo("30.4px");
        shot("replay");
    }

    @Test
    void myFilePlacementsFollowTheFormAndWhatWouldHelpAnswers() throws IOException {
        open("/myfile");
        WebElement placements = browser.findElement(By.id("placements"));
        wait.until(ExpectedConditions.textToBePresentInElement(placements, "Where my file lands"));
        WebElement cell = browser.findElement(By.cssSelector("#placements span[data-program='strategic-strong-community']"));
        String before = cell.getText();
        WebElement step2 = browser.findElement(By.id("f-step2"));
        step2.clear();
        step2.sendKeys("205");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#placements span[data-program='strategic-strong-community']"), "screened out"));
        assertThat(before).isNotEqualTo("screened out");
        step2.clear();
        step2.sendKeys("246");
        new Select(browser.findElement(By.id("f-region"))).selectByVisibleText("South Asia");
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#placements span[data-program='strategic-strong-community']"), "screened out")));
        shot("myfile");
        new Select(browser.findElement(By.id("f-base"))).selectByValue("01-same-scores-different-alumni");
        wait.until(ExpectedConditions.urlContains("scenario=01-same-scores-different-alumni"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("placements"), "Riverside Internal Medicine"));
        browser.findElement(By.id("help")).click();
        WebElement helps = browser.findElement(By.id("helps"));
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(ExpectedConditions.textToBePresentInElement(helps, "with it"));
        assertThat(helps.getText()).contains("What would help").contains("Riverside Internal Medicine");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('helps').scrollIntoView()");
        shot("myfile-help");
    }

    @Test
    void aPolicyToggleShowsWhoMovedBesideTheBaseline() throws IOException {
        open("/s/01-same-scores-different-alumni/policy");
        assertThat(browser.getPageSource()).contains("Nothing switched off");
        browser.findElement(By.cssSelector("input[name='off'][value='A']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("who-moved")));
        assertThat(text(By.id("who-moved"))).contains("Bola (school we know) at Riverside Internal Medicine: upper-mid → mid");
        assertThat(browser.findElement(By.cssSelector("input[name='off'][value='A']")).isSelected()).isTrue();
        assertThat(text(By.id("group-summary"))).contains("school known here").contains("IMG");
        assertThat(browser.findElements(By.cssSelector(".card.moved")).get(0).getText()).contains("down from upper-mid");
        shot("policy");
    }

    @Test
    void matchDayDrawsWhoMatchedWhere() throws IOException {
        open("/s/14-rank-night-to-match-day/match");
        WebElement svg = browser.findElement(By.id("match-svg"));
        assertThat(svg.findElements(By.cssSelector("path.matched"))).hasSize(2);
        assertThat(svg.findElements(By.cssSelector("path.soap"))).hasSize(2);
        assertThat(svg.getText()).contains("Northgate Internal Medicine").contains("Olena");
        assertThat(text(By.tagName("main"))).contains("Round 1").contains("Pinecrest Internal Medicine offers");
        shot("match");
    }

    @Test
    void judgeDrawsTheFiveComponentsAndNamesTheRedFlags() throws IOException {
        open("/s/08-desperate-vs-strategic/judge");
        WebElement county = browser.findElement(By.id("judge-county-general-im"));
        assertThat(county.findElements(By.cssSelector("rect.bar"))).hasSize(5);
        assertThat(county.findElement(By.cssSelector(".flags")).getText()).isNotBlank().doesNotContain("none in the public data");
        assertThat(county.getText()).contains("desperate for bodies");
        WebElement crest = browser.findElement(By.id("judge-crestview-im"));
        int countyBar = Integer.parseInt(county.findElement(By.cssSelector("rect.bar[data-component='graduate-outcomes']")).getAttribute("width"));
        int crestBar = Integer.parseInt(crest.findElement(By.cssSelector("rect.bar[data-component='graduate-outcomes']")).getAttribute("width"));
        assertThat(crestBar).isGreaterThan(countyBar);
        shot("judge");
    }
}
