package dev.monazite.alert;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Alerts as an Atom 1.0 feed (RFC 4287), newest first; each entry links to its article in the workspace. */
public final class AtomFeed {
    private static final String NS = "http://www.w3.org/2005/Atom";

    private AtomFeed() {}

    /** The feed of these alerts, links made absolute with base (the workspace's address). */
    public static String render(List<Alert> alerts, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter x = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            x.writeStartDocument("UTF-8", "1.0");
            x.writeStartElement("feed");
            x.writeDefaultNamespace(NS);
            text(x, "title", "Monazite alerts");
            text(x, "id", "urn:monazite:alerts");
            text(x, "updated", (alerts.isEmpty() ? Instant.EPOCH : alerts.get(0).raised()).toString());
            link(x, base + "/alerts");
            for (Alert a : alerts) {
                entry(x, a, base);
            }
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing XML to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter x, Alert a, String base) throws XMLStreamException {
        x.writeStartElement("entry");
        text(x, "id", "urn:monazite:alert:" + a.num());
        text(x, "title", "[" + a.watch() + "] " + a.title());
        text(x, "updated", a.raised().toString());
        link(x, base + a.articlePath());
        x.writeStartElement("author");
        text(x, "name", a.source() == null ? "unknown outlet" : a.source());
        x.writeEndElement();
        text(x, "summary", a.matched() + (a.evidence() == null ? "" : " — “" + a.evidence() + "”")
                + (a.published() == null ? "" : " (" + a.published().toLocalDate() + ")"));
        x.writeEndElement();
    }

    private static void text(XMLStreamWriter x, String name, String value) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(clean(value));
        x.writeEndElement();
    }

    private static void link(XMLStreamWriter x, String href) throws XMLStreamException {
        x.writeEmptyElement("link");
        x.writeAttribute("href", clean(href));
    }

    // XML 1.0 cannot carry most control characters, which news text may hold.
    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
    }
}
