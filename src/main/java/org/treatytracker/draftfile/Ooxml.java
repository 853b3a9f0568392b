package org.treatytracker.draftfile;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small readers of WordprocessingML elements by their local names, over the DOM that POI's XML beans expose. */
final class Ooxml {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Ooxml() {
    }

    /** The element's children that are elements, in order. */
    static List<Element> children(Node parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The text of an element's text children (XML beans' DOM has no getTextContent). */
    static String text(Node e) {
        StringBuilder out = new StringBuilder();
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
                out.append(n.getNodeValue());
            }
        }
        return out.toString();
    }

    /** The first child element with this local name, or null. */
    static Element child(Node parent, String name) {
        for (Node n = parent == null ? null : parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) {
                return e;
            }
        }
        return null;
    }

    /** The {@code w:val} of the named child, or null when there is no such child or it has no value. */
    static String val(Node parent, String name) {
        return attr(child(parent, name), "val");
    }

    /** A {@code w:} attribute of an element (null when absent or the element is null). */
    static String attr(Element e, String name) {
        if (e == null) {
            return null;
        }
        String v = e.getAttributeNS(W, name);
        if (v == null || v.isEmpty()) {
            v = e.getAttribute("w:" + name);
        }
        return v == null || v.isEmpty() ? null : v;
    }

    /** An on/off property ({@code <w:isLgl/>}, {@code <w:vanish w:val="0"/>}): present and not switched off. */
    static boolean on(Node parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return false;
        }
        String v = attr(e, "val");
        return v == null || !(v.equals("0") || v.equalsIgnoreCase("false") || v.equalsIgnoreCase("off"));
    }

    /** A whole number attribute, or the fallback when absent or not a number. */
    static long number(String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException notANumber) {
            return fallback;
        }
    }
}
