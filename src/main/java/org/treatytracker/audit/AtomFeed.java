package org.treatytracker.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Writes the changes feed as an Atom (RFC 4287) document with the JDK's StAX writer, which escapes for us. */
final class AtomFeed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    static String write(List<AuditDto.Change> changes, String base) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:treaty-tracker:changes");
            element(xml, "title", "Treaty Tracker: changes");
            element(xml, "updated", (changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()).toString());
            xml.writeEmptyElement("link");
            xml.writeAttribute("rel", "self");
            xml.writeAttribute("href", base + "api/v1/changes.atom");
            for (AuditDto.Change change : changes) {
                xml.writeStartElement("entry");
                element(xml, "id", "urn:treaty-tracker:revision:" + change.revision());
                String what = change.entities().stream().map(e -> e.action() + " " + e.type() + " " + e.id()).collect(Collectors.joining(", "));
                element(xml, "title", change.user() + ": " + (what.isEmpty() ? "change" : what));
                element(xml, "updated", change.at().toString());
                xml.writeStartElement("author");
                element(xml, "name", change.user() == null ? "unknown" : change.user());
                xml.writeEndElement();
                for (AuditDto.Changed entity : change.entities()) {
                    if (entity.href() != null) {
                        xml.writeEmptyElement("link");
                        xml.writeAttribute("rel", "related");
                        xml.writeAttribute("href", base + entity.href().substring(1));
                    }
                }
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
