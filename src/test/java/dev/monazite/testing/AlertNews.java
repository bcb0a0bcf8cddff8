package dev.monazite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three small batches of news written for the alert tests (our own sentences): a first price; then
 * a higher price, an export control, a magnet flow to the US; then a third outlet's price that
 * disagrees with the second.
 */
public final class AlertNews {
    private AlertNews() {}

    /** The first batch: PrNd oxide at 500,000 CNY/t on 2 October 2025. */
    public static Path first(Path dir) throws IOException {
        return write(dir.resolve("batch1"), "a1.txt", """
                Oxide prices climb in Baotou
                Metal Desk Weekly · 2025-10-02 09:00
                The price of praseodymium-neodymium oxide reached 500,000 yuan per tonne on October 2, 2025.
                """);
    }

    /** The second batch: 560,000 CNY/t on 9 October (+12%), a CN export control, 300 t of magnets CN→US. */
    public static Path second(Path dir) throws IOException {
        return write(dir.resolve("batch2"), "a2.txt", """
                Oxide prices jump again after the holiday
                Baotou Market Letter · 2025-10-09 10:00
                The price of praseodymium-neodymium oxide reached 560,000 yuan per tonne on October 9, 2025.
                China's Ministry of Commerce announced export controls on seven medium and heavy rare earth elements in October 2025.
                China exported 300 tons of NdFeB magnets to the United States in October 2025.
                """);
    }

    /** The third batch: another outlet's 620,000 CNY/t for 9 October, disagreeing with the second. */
    public static Path third(Path dir) throws IOException {
        return write(dir.resolve("batch3"), "a3.txt", """
                Another desk sees a higher oxide price
                Rare Earth Wire · 2025-10-09 15:00
                The price of praseodymium-neodymium oxide reached 620,000 yuan per tonne on October 9, 2025.
                """);
    }

    private static Path write(Path folder, String name, String text) throws IOException {
        Files.createDirectories(folder);
        Files.writeString(folder.resolve(name), text);
        return folder;
    }

    /** The delivery settings of a data directory: a webhook and an SMTP server on this machine. */
    public static void deliverTo(Path data, String webhook, int smtpPort) throws IOException {
        Files.createDirectories(data);
        Files.writeString(data.resolve("alerts.properties"), "webhook.url=" + webhook + "\nsmtp.host=127.0.0.1\n"
                + "smtp.port=" + smtpPort + "\nmail.from=monazite@test.invalid\nmail.to=analyst@test.invalid\n"
                + "web.base=http://127.0.0.1:8080\n");
    }
}
