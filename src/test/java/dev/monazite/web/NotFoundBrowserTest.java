package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A page that does not exist, in a real headless Chromium: the workspace's header and styles, what
 * was asked for, and a link home that leads to search. Screenshot: target/screenshots/not-found.png.
 */
class NotFoundBrowserTest extends WorkspaceBrowserTest {

    @Test
    void missingPage_showsNotFoundInTheWorkspaceStyle_andLinksHome() throws Exception {
        browser.driver().get(web.base + "/reports/<i>2026</i>");
        assertEquals("Not found", browser.driver().findElement(By.tagName("h1")).getText());
        assertEquals("/reports/<i>2026</i>", browser.driver().findElement(By.id("path")).getText());
        assertTrue(browser.driver().findElements(By.tagName("i")).isEmpty(), "the path is text, not markup");
        // the workspace's stylesheet applies: its header bar is dark blue
        String header = browser.driver().findElement(By.tagName("header")).getCssValue("background-color");
        assertEquals("rgba(31, 59, 87, 1)", header);
        browser.shot("not-found");
        browser.driver().findElement(By.id("home")).click();
        browser.waiting().until(ExpectedConditions.urlToBe(web.base + "/"));
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form")));
    }

    @Test
    void articlePageOfAnUnknownId_isTheNotFoundPage() {
        browser.driver().get(web.base + "/articles/ffffffffffffffff");
        assertEquals("Not found", browser.driver().findElement(By.tagName("h1")).getText());
        assertTrue(browser.driver().getTitle().contains("not found"));
    }
}
