package dev.monazite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * Corrections in a real browser: correct and reject from the facts table, confirm on the article
 * page; each shows its mark, and a rejected fact leaves the table but stays, struck out, on its article.
 */
class CorrectionsBrowserTest extends WorkspaceBrowserTest {

    @Test
    void correctInTheFactsTable_showsTheNewValueAndWhatItWas() throws Exception {
        WebElement row = firstRow("share");
        String id = row.getAttribute("id");
        row.findElement(By.cssSelector("button.open-correct")).click();
        new Select(row.findElement(By.cssSelector("select[name=field]"))).selectByValue("value");
        WebElement value = row.findElement(By.cssSelector("input[name=value]"));
        String was = value.getAttribute("value");
        value.clear();
        value.sendKeys("42.5");
        row.findElement(By.cssSelector("input[name=note]")).sendKeys("misread the table");
        row.findElement(By.cssSelector("form.correct button")).click();
        WebElement mark = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " .review.corrected")));
        assertTrue(mark.getText().startsWith("corrected by "), mark.getText());
        assertTrue(mark.getText().contains("was value " + was), mark.getText() + " / " + was);
        assertTrue(browser.driver().findElement(By.id(id)).getText().contains("42.5"));
        browser.shot("facts-corrected");
    }

    @Test
    void rejectInTheFactsTable_removesTheRow_andTheArticleStrikesItOut() throws Exception {
        WebElement row = firstRow("trade");
        String id = row.getAttribute("id");
        String article = row.findElement(By.cssSelector("td a")).getAttribute("href");
        row.findElement(By.cssSelector("button.reject")).click();
        browser.waiting().until(ExpectedConditions.numberOfElementsToBe(By.id(id), 0));

        browser.driver().get(article);
        WebElement fact = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        assertTrue(fact.getAttribute("class").contains("rejected"), fact.getAttribute("class"));
        assertTrue(fact.findElement(By.cssSelector(".review.rejected")).getText().startsWith("rejected by "));
        browser.shot("article-rejected");
    }

    @Test
    void confirmOnTheArticlePage_marksTheFactConfirmed() throws Exception {
        WebElement row = firstRow("price");
        String id = row.getAttribute("id");
        browser.driver().get(row.findElement(By.cssSelector("td a")).getAttribute("href"));
        WebElement fact = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        fact.findElement(By.cssSelector("button.confirm")).click();
        WebElement mark = browser.waiting().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#" + id + " .review.confirmed")));
        assertTrue(mark.getText().startsWith("confirmed by " + System.getProperty("user.name")), mark.getText());
        browser.shot("article-confirmed");
    }

    // The facts page filtered to one type, and its first row.
    private static WebElement firstRow(String type) {
        browser.driver().get(web.base + "/facts");
        new Select(browser.driver().findElement(By.id("type"))).selectByVisibleText(type);
        browser.driver().findElement(By.cssSelector("#filter button")).click();
        // The page loads every fact first, then the filtered ones: wait for a table of that type alone.
        String id = browser.waiting().until(d -> {
            List<WebElement> rows = d.findElements(By.cssSelector("#facts tbody tr"));
            boolean onlyType = !rows.isEmpty() && rows.stream()
                    .allMatch(r -> r.findElement(By.cssSelector("td")).getText().equals(type));
            return onlyType ? rows.get(0).getAttribute("id") : null;
        });
        WebElement row = browser.driver().findElement(By.id(id));
        assertEquals(type, row.findElement(By.cssSelector("td")).getText());
        assertFalse(id.isEmpty());
        return row;
    }
}
