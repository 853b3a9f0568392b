package org.treatytracker.provision;

import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.treatytracker.text.Alternative;
import org.treatytracker.text.BracketParser;
import org.treatytracker.text.BracketSet;
import org.treatytracker.text.DraftNode;
import org.treatytracker.text.ParsedDraft;
import org.treatytracker.text.StatusVocabulary;

/**
 * Writes one reading as an Akoma Ntoso 3.0 {@code bill} (a draft of a normative text) with the JDK's StAX
 * writer, element by element to the stream. Plain Java: the reading comes in as {@link Draft}, not entities.
 *
 * <p>The mapping (docs/api.md, "Akoma Ntoso"): the negotiation's draft is the FRBR work, the reading an expression
 * dated by the reading, this XML its manifestation. The preamble's own text is its first {@code p}, its
 * paragraphs are {@code recital}s; chapters and articles keep the project's eId and wId; an article's text is
 * cut into {@code paragraph}s where a line starts with its number ({@code 1.}), outside any bracket. Akoma Ntoso
 * has no bracket element: a bracket set is an {@code inline name="bracketSet"} (an Option group an {@code inline
 * name="optionGroup"}) whose eId ends in {@code __brset_<index>} with the API's bracket set index, and each
 * alternative an {@code inline name="alternative"} (or {@code "option"}) inside it, {@code __alt_<k>}. The
 * delimiters ({@code [ ]}, {@code Option 2:}) and separators stay as text around the alternatives, so the
 * text of each {@code p} is the draft's text as written (a paragraph's number moves to its {@code num}), and
 * nested sets nest.
 */
public final class AkomaNtoso {

    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";
    public static final String MEDIA_TYPE = "application/akn+xml";
    /** The jurisdiction part of the FRBR URIs: the drafts tracked here are negotiated at the United Nations. */
    static final String COUNTRY = "un";
    private static final Pattern NUMBERED = Pattern.compile("^[ \\t]*(\\d+(?:bis|ter|quater)?[a-z]?)\\.[ \\t]+");
    private static final Pattern BLANK_LINE = Pattern.compile("\\n[ \\t]*\\n");

    /** A reading to write: its negotiation, its own identity and its provisions in the reading's order. */
    public record Draft(String slug, String title, LocalDate workDate, int sequenceNumber, String label, String documentSymbol,
                        LocalDate date, Set<String> linkLabels, StatusVocabulary vocabulary, List<Part> parts) {
    }

    /** One provision version: {@code parentId} is the id of the part it sits in, or null. */
    public record Part(long id, ProvisionKind kind, String eId, String wId, String number, String title, String text,
                       Long parentId) {
    }

    private final XMLStreamWriter xml;
    private final Draft draft;
    private final Map<Long, List<Part>> children = new LinkedHashMap<>();

    private AkomaNtoso(XMLStreamWriter xml, Draft draft) {
        this.xml = xml;
        this.draft = draft;
        for (Part part : draft.parts()) {
            children.computeIfAbsent(part.parentId(), k -> new ArrayList<>()).add(part);
        }
    }

    /** Writes the document to {@code out} in UTF-8; the stream is flushed, not closed. */
    public static void write(Draft draft, OutputStream out) throws XMLStreamException {
        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        new AkomaNtoso(xml, draft).document();
        xml.writeEndDocument();
        xml.flush();
    }

    /** The FRBR work URI: the negotiation's draft, dated by its first reading. */
    public static String workUri(Draft draft) {
        return "/akn/" + COUNTRY + "/bill/" + dateOrUnknown(draft.workDate()) + "/" + draft.slug();
    }

    /** The FRBR expression URI: the reading, in English, at its date (or its sequence number when undated). */
    public static String expressionUri(Draft draft) {
        return workUri(draft) + "/eng@" + (draft.date() != null ? draft.date().toString() : "reading-" + draft.sequenceNumber());
    }

    private void document() throws XMLStreamException {
        xml.setDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "akomaNtoso");
        xml.writeDefaultNamespace(NAMESPACE);
        xml.writeStartElement(NAMESPACE, "bill");
        xml.writeAttribute("name", "draftConvention");
        meta();
        preface();
        List<Part> top = children.getOrDefault(null, List.of());
        Part preamble = top.stream().filter(p -> p.kind() == ProvisionKind.PREAMBLE).findFirst().orElse(null);
        if (preamble != null) {
            preamble(preamble);
        }
        xml.writeStartElement(NAMESPACE, "body");
        boolean any = false;
        for (Part part : top) {
            if (part.kind() != ProvisionKind.PREAMBLE) {
                hcontainer(part);
                any = true;
            }
        }
        if (!any) {
            // The schema wants something in a body; a reading with no article yet says so.
            start("hcontainer", "eId", "hcontainer_empty", "name", "noProvisions");
            start("content");
            element("p", "No provisions at this reading.");
            end();
            end();
        }
        end();
        end();
        end();
    }

    private void meta() throws XMLStreamException {
        String work = workUri(draft);
        String expression = expressionUri(draft);
        String date = dateOrUnknown(draft.date());
        start("meta");
        start("identification", "source", "#treatyTracker");
        start("FRBRWork");
        empty("FRBRthis", "value", work + "/!main");
        empty("FRBRuri", "value", work);
        empty("FRBRdate", "date", dateOrUnknown(draft.workDate()), "name", "firstReading");
        empty("FRBRauthor", "href", "#negotiators");
        empty("FRBRcountry", "value", COUNTRY);
        end();
        start("FRBRExpression");
        empty("FRBRthis", "value", expression + "/!main");
        empty("FRBRuri", "value", expression);
        empty("FRBRdate", "date", date, "name", "reading");
        empty("FRBRauthor", "href", "#negotiators");
        empty("FRBRlanguage", "language", "eng");
        end();
        start("FRBRManifestation");
        empty("FRBRthis", "value", expression + "/!main.xml");
        empty("FRBRuri", "value", expression + ".akn");
        empty("FRBRdate", "date", date, "name", "reading");
        empty("FRBRauthor", "href", "#treatyTracker");
        end();
        end();
        start("references", "source", "#treatyTracker");
        empty("TLCOrganization", "eId", "treatyTracker", "href", "/ontology/organization/treatyTracker", "showAs", "Treaty Tracker");
        empty("TLCOrganization", "eId", "negotiators", "href", "/ontology/organization/" + draft.slug(), "showAs",
                "The negotiators of " + draft.title());
        end();
        end();
    }

    private void preface() throws XMLStreamException {
        start("preface");
        start("p");
        element("docTitle", draft.title());
        end();
        start("p");
        element("docStage", draft.label());
        if (draft.documentSymbol() != null) {
            xml.writeCharacters(" ");
            element("docNumber", draft.documentSymbol());
        }
        if (draft.date() != null) {
            xml.writeCharacters(" ");
            start("docDate", "date", draft.date().toString());
            xml.writeCharacters(draft.date().toString());
            end();
        }
        end();
        end();
    }

    private void preamble(Part preamble) throws XMLStreamException {
        start("preamble", "eId", preamble.eId(), "wId", preamble.wId());
        if (!blank(preamble.text())) {
            paragraphsOf(preamble, preamble.text());
        }
        List<Part> recitals = children.getOrDefault(preamble.id(), List.of());
        if (!recitals.isEmpty()) {
            start("recitals", "eId", preamble.eId() + "__recitals");
            for (Part recital : recitals) {
                start("recital", "eId", recital.eId(), "wId", recital.wId());
                num(recital.number());
                paragraphsOf(recital, blank(recital.text()) ? "" : recital.text());
                end();
            }
            end();
        }
        if (blank(preamble.text()) && recitals.isEmpty()) {
            element("p", "");
        }
        end();
    }

    /** A chapter, section or article, with what sits in it. */
    private void hcontainer(Part part) throws XMLStreamException {
        String element = switch (part.kind()) {
            case CHAPTER -> "chapter";
            case SECTION -> "section";
            case SUBSECTION -> "subsection";
            case ARTICLE -> "article";
            case PARAGRAPH -> "paragraph";
            default -> "hcontainer";
        };
        start(element, "eId", part.eId(), "wId", part.wId());
        if (element.equals("hcontainer")) {
            xml.writeAttribute("name", part.kind().name().toLowerCase());
        }
        num(part.number() == null ? null : (switch (part.kind()) {
            case ARTICLE -> "Article ";
            case CHAPTER -> "Chapter ";
            case SECTION -> "Section ";
            case ANNEX -> "Annex ";
            default -> "";
        }) + part.number());
        if (!blank(part.title())) {
            element("heading", part.title());
        }
        List<Part> inside = children.getOrDefault(part.id(), List.of());
        if (inside.isEmpty()) {
            body(part);
        } else {
            if (!blank(part.text())) {
                start("intro");
                paragraphsOf(part, part.text());
                end();
            }
            for (Part child : inside) {
                hcontainer(child);
            }
        }
        end();
    }

    /**
     * An article's text: numbered paragraphs when it has any (what comes before the first is its intro, what
     * follows a paragraph unnumbered stays in it), else one content of paragraphs of text.
     */
    private void body(Part part) throws XMLStreamException {
        ParsedDraft parsed = parse(part.text());
        List<List<DraftNode>> blocks = blocks(parsed);
        List<Integer> numbered = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (number(parsed, blocks.get(i)) != null) {
                numbered.add(i);
            }
        }
        if (numbered.isEmpty() || part.kind() != ProvisionKind.ARTICLE) {
            start("content");
            paragraphs(part, parsed, blocks);
            end();
            return;
        }
        if (numbered.get(0) > 0) {
            start("intro");
            paragraphs(part, parsed, blocks.subList(0, numbered.get(0)));
            end();
        }
        for (int k = 0; k < numbered.size(); k++) {
            int from = numbered.get(k);
            int to = k + 1 < numbered.size() ? numbered.get(k + 1) : blocks.size();
            List<DraftNode> first = new ArrayList<>(blocks.get(from));
            String num = number(parsed, first);
            DraftNode.Agreed lead = (DraftNode.Agreed) first.get(0);
            Matcher m = NUMBERED.matcher(parsed.source().substring(lead.start(), lead.end()));
            m.find();
            first.set(0, new DraftNode.Agreed(lead.start() + m.end(), lead.end()));
            start("paragraph", "eId", part.eId() + "__para_" + num);
            element("num", num + ".");
            start("content");
            List<List<DraftNode>> own = new ArrayList<>();
            own.add(first);
            own.addAll(blocks.subList(from + 1, to));
            paragraphs(part, parsed, own);
            end();
            end();
        }
    }

    private void paragraphsOf(Part part, String text) throws XMLStreamException {
        ParsedDraft parsed = parse(text);
        paragraphs(part, parsed, blocks(parsed));
    }

    private void paragraphs(Part part, ParsedDraft parsed, List<List<DraftNode>> blocks) throws XMLStreamException {
        if (blocks.isEmpty()) {
            element("p", "");
        }
        for (List<DraftNode> block : blocks) {
            start("p");
            nodes(part, parsed, block);
            end();
        }
    }

    private void nodes(Part part, ParsedDraft parsed, List<DraftNode> nodes) throws XMLStreamException {
        for (DraftNode node : nodes) {
            if (node instanceof DraftNode.Bracketed bracketed) {
                set(part, parsed, bracketed.set());
            } else {
                xml.writeCharacters(parsed.source().substring(node.start(), node.end()));
            }
        }
    }

    /** A bracket set and its alternatives, delimiters and separators kept as text between them. */
    private void set(Part part, ParsedDraft parsed, BracketSet set) throws XMLStreamException {
        boolean options = set.kind() == BracketSet.Kind.OPTIONS;
        String setId = part.eId() + "__brset_" + set.index();
        start("inline", "eId", setId, "name", options ? "optionGroup" : "bracketSet");
        int at = set.start();
        for (int k = 0; k < set.alternatives().size(); k++) {
            Alternative alternative = set.alternatives().get(k);
            xml.writeCharacters(parsed.source().substring(at, alternative.contentStart()));
            start("inline", "eId", setId + "__alt_" + k, "name", options ? "option" : "alternative");
            nodes(part, parsed, alternative.content());
            end();
            at = alternative.contentEnd();
        }
        xml.writeCharacters(parsed.source().substring(at, set.end()));
        end();
    }

    /** The top-level nodes cut into blocks at blank lines in agreed text (never inside a bracket set). */
    private static List<List<DraftNode>> blocks(ParsedDraft parsed) {
        List<List<DraftNode>> blocks = new ArrayList<>();
        List<DraftNode> current = new ArrayList<>();
        for (DraftNode node : parsed.nodes()) {
            if (node instanceof DraftNode.Agreed agreed) {
                Matcher blank = BLANK_LINE.matcher(parsed.source()).region(agreed.start(), agreed.end());
                int from = agreed.start();
                while (blank.find()) {
                    addTrimmed(parsed.source(), current, from, blank.start());
                    flush(parsed.source(), blocks, current);
                    current = new ArrayList<>();
                    from = blank.end();
                }
                addTrimmed(parsed.source(), current, from, agreed.end());
            } else {
                current.add(node);
            }
        }
        flush(parsed.source(), blocks, current);
        return blocks;
    }

    private static void addTrimmed(String source, List<DraftNode> block, int from, int to) {
        if (block.isEmpty()) {
            while (from < to && Character.isWhitespace(source.charAt(from)) && source.charAt(from) != ' ') {
                from++;
            }
        }
        if (from < to) {
            block.add(new DraftNode.Agreed(from, to));
        }
    }

    private static void flush(String source, List<List<DraftNode>> blocks, List<DraftNode> block) {
        boolean text = block.stream().anyMatch(n -> n instanceof DraftNode.Bracketed || !source.substring(n.start(), n.end()).isBlank());
        if (text) {
            blocks.add(block);
        }
    }

    /** The paragraph number a block starts with ({@code 1.}, {@code 3bis.}), or null. */
    private static String number(ParsedDraft parsed, List<DraftNode> block) {
        if (block.isEmpty() || !(block.get(0) instanceof DraftNode.Agreed lead)) {
            return null;
        }
        Matcher m = NUMBERED.matcher(parsed.source().substring(lead.start(), lead.end()));
        return m.find() ? m.group(1) : null;
    }

    private ParsedDraft parse(String text) {
        String source = text == null ? "" : text;
        return BracketParser.parse(source, BracketParser.Mode.TOLERANT, draft.linkLabels(), draft.vocabulary());
    }

    private void num(String number) throws XMLStreamException {
        if (!blank(number)) {
            element("num", number);
        }
    }

    private void start(String name, String... attributes) throws XMLStreamException {
        xml.writeStartElement(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void empty(String name, String... attributes) throws XMLStreamException {
        xml.writeEmptyElement(NAMESPACE, name);
        for (int i = 0; i < attributes.length; i += 2) {
            xml.writeAttribute(attributes[i], attributes[i + 1]);
        }
    }

    private void element(String name, String text) throws XMLStreamException {
        start(name);
        xml.writeCharacters(text == null ? "" : text);
        end();
    }

    private void end() throws XMLStreamException {
        xml.writeEndElement();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Akoma Ntoso dates are xsd:date; an undated reading gets the naming convention's placeholder year 9999. */
    private static String dateOrUnknown(LocalDate date) {
        return date == null ? "9999-01-01" : date.toString();
    }
}
