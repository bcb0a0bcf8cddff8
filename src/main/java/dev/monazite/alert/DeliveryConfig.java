package dev.monazite.alert;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Where alerts go besides the workspace: a webhook and an SMTP server, read from DATA/alerts.properties,
 * each key overridden by its environment variable (MONAZITE_ and the key in capitals, dots as
 * underscores: webhook.url → MONAZITE_WEBHOOK_URL). A channel without its address is off.
 *
 * @param link the workspace's address, put before the paths alerts link to (web.base)
 */
public record DeliveryConfig(URI webhook, String smtpHost, int smtpPort, String smtpUser, String smtpPassword,
                             boolean startTls, String mailFrom, List<String> mailTo, String link) {
    /** The file in the data directory that holds the settings. */
    public static final String FILE = "alerts.properties";

    /** Whether alerts go to a webhook. */
    public boolean webhookOn() {
        return webhook != null;
    }

    /** Whether alerts go out by e-mail. */
    public boolean mailOn() {
        return smtpHost != null && !mailTo.isEmpty();
    }

    /** The channels that are on: "webhook", "email". */
    public List<String> channels() {
        return java.util.stream.Stream.of(webhookOn() ? "webhook" : null, mailOn() ? "email" : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    /**
     * The settings for a data directory, the environment's overriding the file's.
     *
     * @throws IllegalArgumentException naming the file or variable and key whose value cannot be used
     */
    public static DeliveryConfig load(Path dataDir, Map<String, String> env) {
        Properties p = new Properties();
        Path file = dataDir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException(file + " cannot be read: " + e.getMessage()
                        + "; write it as key=value lines (see README, 'Watches and alerts')", e);
            }
        }
        Settings s = new Settings(p, env, file);
        String webhook = s.get("webhook.url");
        String to = s.get("mail.to");
        return new DeliveryConfig(webhook == null ? null : s.uri("webhook.url", webhook), s.get("smtp.host"),
                s.port(), s.get("smtp.user"), s.get("smtp.password"), "true".equalsIgnoreCase(s.get("smtp.starttls")),
                s.getOr("mail.from", "monazite@localhost"),
                to == null ? List.of() : List.of(to.split("\\s*,\\s*")).stream().filter(x -> !x.isBlank()).toList(),
                s.getOr("web.base", "http://127.0.0.1:8080").replaceAll("/+$", ""));
    }

    private record Settings(Properties file, Map<String, String> env, Path path) {
        String get(String key) {
            String v = env.get("MONAZITE_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_'));
            if (v == null) {
                v = file.getProperty(key);
            }
            return v == null || v.isBlank() ? null : v.strip();
        }

        String getOr(String key, String fallback) {
            String v = get(key);
            return v == null ? fallback : v;
        }

        String where(String key) {
            return "MONAZITE_" + key.toUpperCase(java.util.Locale.ROOT).replace('.', '_') + " or " + key + " in " + path;
        }

        URI uri(String key, String value) {
            try {
                URI u = new URI(value);
                if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
                    throw new java.net.URISyntaxException(value, "not an http(s) address");
                }
                return u;
            } catch (java.net.URISyntaxException e) {
                throw new IllegalArgumentException(where(key) + ": '" + value + "' is not an http:// or https:// address");
            }
        }

        int port() {
            String v = getOr("smtp.port", "25");
            try {
                int port = Integer.parseInt(v);
                if (port < 1 || port > 65535) {
                    throw new NumberFormatException();
                }
                return port;
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(where("smtp.port") + ": '" + v + "' is not a port (1-65535)");
            }
        }
    }
}
