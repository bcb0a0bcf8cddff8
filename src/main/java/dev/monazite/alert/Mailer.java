package dev.monazite.alert;

import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;

/** Sends an alert as a plain-text e-mail through the configured SMTP server. */
final class Mailer {
    private Mailer() {}

    static String subject(Alert a) {
        return "[Monazite] " + a.watch() + ": " + dev.monazite.text.Texts.label(a.title(), 120);
    }

    static String text(Alert a, String link) {
        StringBuilder sb = new StringBuilder();
        sb.append("Watch: ").append(a.watch()).append('\n').append("Matched: ").append(a.matched()).append("\n\n");
        sb.append(a.title()).append('\n');
        sb.append(a.source() == null ? "" : a.source()).append(a.published() == null ? "" : " · " + a.published())
                .append('\n');
        if (a.evidence() != null) {
            sb.append("\n“").append(a.evidence()).append("”\n");
        }
        sb.append('\n').append(link).append(a.articlePath()).append('\n');
        if (a.factId() != null) {
            sb.append("Fact ").append(a.factId()).append(": ").append(link).append(a.factPath()).append('\n');
        }
        return sb.toString();
    }

    /**
     * Sends the alert to every address of mail.to.
     *
     * @throws MessagingException when the server cannot be reached or refuses the message
     */
    static void send(DeliveryConfig c, Alert a) throws MessagingException {
        Properties p = new Properties();
        p.put("mail.smtp.host", c.smtpHost());
        p.put("mail.smtp.port", String.valueOf(c.smtpPort()));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.writetimeout", "20000");
        p.put("mail.smtp.starttls.enable", String.valueOf(c.startTls()));
        p.put("mail.smtp.starttls.required", String.valueOf(c.startTls()));
        Authenticator auth = null;
        if (c.smtpUser() != null) {
            p.put("mail.smtp.auth", "true");
            auth = new Authenticator() {
                @Override
                protected PasswordAuthentication getPasswordAuthentication() {
                    return new PasswordAuthentication(c.smtpUser(), c.smtpPassword() == null ? "" : c.smtpPassword());
                }
            };
        }
        MimeMessage m = new MimeMessage(Session.getInstance(p, auth));
        m.setFrom(new InternetAddress(c.mailFrom()));
        for (String to : c.mailTo()) {
            m.addRecipient(Message.RecipientType.TO, new InternetAddress(to));
        }
        m.setSubject(subject(a), "UTF-8");
        m.setText(text(a, c.link()), "UTF-8");
        m.setHeader("X-Monazite-Alert", String.valueOf(a.num()));
        Transport.send(m);
    }
}
