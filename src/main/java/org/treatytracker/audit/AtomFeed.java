package org.treatytracker.audit;

import java.io.StringWriter;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the changes feed as an Atom (RFC 4287) document with the JDK's StAX writer, which escapes for us. Each
 * entry says in its content what changed and links (alternate) to the site's page that shows what it is about
 * (text/html, for readers) and to its JSON resource (application/json); RFC 4287 allows one alternate per type.
 * A deleted entity has no page or resource left: its entry has content only. Links are built
 * on the configured public base URL; the author is the editor for editors, and a generic one for the public.
 */
final class AtomFeed {

    /** The author of every entry shown to the public, who does not see editors' usernames. */
    static final String PUBLIC_AUTHOR = "Treaty Tracker editors";

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /** {@code base} has no trailing slash; {@code namesEditors} says whether the reader may see usernames. */
    static String write(List<AuditDto.Change> changes, String base, boolean namesEditors) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newInstance().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(ATOM);
            element(xml, "id", "urn:treaty-tracker:changes");
            element(xml, "title", "Treaty Tracker: changes");
            element(xml, "updated", (changes.isEmpty() ? Instant.EPOCH : changes.get(0).at()).toString());
            link(xml, "self", "application/atom+xml", base + "/api/v1/changes.atom");
            link(xml, "alternate", "text/html", base + "/changes");
            link(xml, "alternate", "application/json", base + "/api/v1/changes");
            for (AuditDto.Change change : changes) {
                entry(xml, change, base, namesEditors);
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing to a string cannot fail", e);
        }
        return out.toString();
    }

    private static void entry(XMLStreamWriter xml, AuditDto.Change change, String base, boolean namesEditors) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", "urn:treaty-tracker:revision:" + change.revision());
        // The same digest as the changes page: kinds counted, a few things named, never one line per entity.
        List<ChangeDigest.Group> groups = ChangeDigest.of(change);
        element(xml, "title", "Revision " + change.revision() + ": " + ChangeDigest.summary(change));
        element(xml, "updated", change.at().toString());
        xml.writeStartElement("author");
        element(xml, "name", namesEditors && change.user() != null ? change.user() : PUBLIC_AUTHOR);
        xml.writeEndElement();
        xml.writeStartElement("content");
        xml.writeAttribute("type", "text");
        xml.writeCharacters(content(change, groups, base));
        xml.writeEndElement();
        boolean alternate = true;
        for (AuditDto.Changed entity : groups.stream().flatMap(g -> g.shown().stream()).toList()) {
            if (entity.href() != null) {
                // The first entity with a resource is what the entry is about; the others are related to it.
                String page = entity.action() == ChangeAction.DELETED ? null : EntityKind.pageOf(entity.href());
                if (alternate && page != null) {
                    link(xml, "alternate", "text/html", base + page);
                }
                link(xml, alternate ? "alternate" : "related", "application/json", base + entity.href());
                alternate = false;
            }
        }
        xml.writeEndElement();
    }

    private static String content(AuditDto.Change change, List<ChangeDigest.Group> groups, String base) {
        if (change.entities().isEmpty()) {
            return "Revision " + change.revision() + " at " + change.at() + " recorded no tracked entity.";
        }
        StringBuilder text = new StringBuilder("Revision " + change.revision() + " at " + change.at() + ":");
        for (ChangeDigest.Group group : groups) {
            text.append("\n- ").append(group.words());
            String named = group.shown().stream().map(e -> ChangeDigest.name(e) + (e.href() == null ? "" : " (" + base + shown(e) + ")"))
                    .collect(Collectors.joining(", "));
            text.append(": ").append(named).append(group.count() > group.shown().size() ? ", …" : "");
        }
        return text.toString();
    }

    /** Where a reader sees the entity: its page, else its JSON resource. */
    private static String shown(AuditDto.Changed entity) {
        String page = entity.action() == ChangeAction.DELETED ? null : EntityKind.pageOf(entity.href());
        return page != null ? page : entity.href();
    }

    private static void link(XMLStreamWriter xml, String rel, String type, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
