package org.treatytracker.draftfile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.w3c.dom.Element;

/**
 * Word's list numbering as Word displays it: the label (e.g. {@code "II."}, {@code "(b)"}, {@code "3.1"}) and
 * suffix that Word draws before a numbered paragraph, from numbering.xml's {@code w:abstractNum}/{@code w:num}
 * definitions and the paragraph's {@code w:numPr}, directly or through its paragraph style and the styles it is
 * based on. Paragraphs must be asked for in document order: each call advances the list's counters.
 *
 * <p>Rendered: numFmt (see {@link ListNumberFormat}) and bullets, lvlText with several levels, start, lvlRestart,
 * isLgl, suff, w:num instances continuing their abstractNum's list, lvlOverride with startOverride (the list
 * restarts at the num's first paragraph) or with a level of its own, numStyleLink, a style's level found by the
 * level's w:pStyle. Not rendered: picture bullets (lvlPicBulletId: drawn as the bullet text) and fonts.
 */
final class WordNumbering {

    /** One level of a list definition. */
    record Level(String format, String text, long start, int restart, boolean legal, String suffix, String style, Integer indent) {
        static final Level NONE = new Level("decimal", "", 0, -1, false, "tab", null, null);
    }

    /** A numbered paragraph's label and the suffix Word puts after it (a tab, a space or nothing). */
    record Label(String text, String suffix, Integer indent) {
        /** The label as the draft's text writes it: a tab after it becomes a space. */
        String typed() {
            return text.isEmpty() || suffix.equals("nothing") ? text : text + " ";
        }
    }

    /** A paragraph style's numbering, and the style it is based on. */
    private record StyleNumbering(String numId, String ilvl, String basedOn) {
    }

    private static final int MAX_STYLE_CHAIN = 32;
    private static final int MAX_STYLE_LINKS = 4;

    private final Map<String, String> numToAbstract = new HashMap<>();
    private final Map<String, Map<Integer, Long>> startOverrides = new HashMap<>();
    private final Map<String, Map<Integer, Level>> levelOverrides = new HashMap<>();
    private final Map<String, Level[]> abstractLevels = new HashMap<>();
    private final Map<String, String> styleLinks = new HashMap<>();
    private final Map<String, StyleNumbering> styles = new HashMap<>();
    private final Set<String> numsStarted = new HashSet<>();
    private final ListCounters counters = new ListCounters();
    private String defaultParagraphStyle;

    private WordNumbering() {
    }

    /** The numbering of a document (none when it has no numbering part). */
    static WordNumbering of(XWPFDocument document) {
        List<Element> abstractNums = new ArrayList<>();
        List<Element> nums = new ArrayList<>();
        List<Element> styleElements = new ArrayList<>();
        if (document.getNumbering() != null) {
            for (XWPFAbstractNum a : document.getNumbering().getAbstractNums()) {
                abstractNums.add((Element) a.getCTAbstractNum().getDomNode());
            }
            for (XWPFNum n : document.getNumbering().getNums()) {
                nums.add((Element) n.getCTNum().getDomNode());
            }
        }
        if (document.getStyles() != null) {
            for (XWPFStyle s : document.getStyles().getStyles()) {
                styleElements.add((Element) s.getCTStyle().getDomNode());
            }
        }
        return of(abstractNums, nums, styleElements);
    }

    /** The numbering given by numbering.xml's w:abstractNum and w:num elements and styles.xml's w:style ones. */
    static WordNumbering of(List<Element> abstractNums, List<Element> nums, List<Element> styleElements) {
        WordNumbering n = new WordNumbering();
        for (Element a : abstractNums) {
            String id = Ooxml.attr(a, "abstractNumId");
            if (id == null || n.abstractLevels.containsKey(id)) {
                continue;
            }
            Level[] levels = new Level[ListCounters.LEVELS];
            for (Element lvl : Ooxml.children(a)) {
                if ("lvl".equals(lvl.getLocalName())) {
                    int ilvl = (int) Ooxml.number(Ooxml.attr(lvl, "ilvl"), -1);
                    if (ilvl >= 0 && ilvl < ListCounters.LEVELS) {
                        levels[ilvl] = level(lvl, null);
                    }
                }
            }
            n.abstractLevels.put(id, levels);
            String link = Ooxml.val(a, "numStyleLink");
            if (link != null) {
                n.styleLinks.put(id, link);
            }
        }
        for (Element num : nums) {
            String id = Ooxml.attr(num, "numId");
            String abstractId = Ooxml.val(num, "abstractNumId");
            if (id == null || abstractId == null) {
                continue;
            }
            n.numToAbstract.putIfAbsent(id, abstractId);
            for (Element override : Ooxml.children(num)) {
                if (!"lvlOverride".equals(override.getLocalName())) {
                    continue;
                }
                int ilvl = (int) Ooxml.number(Ooxml.attr(override, "ilvl"), -1);
                if (ilvl < 0 || ilvl >= ListCounters.LEVELS) {
                    continue;
                }
                String start = Ooxml.val(override, "startOverride");
                if (start != null) {
                    n.startOverrides.computeIfAbsent(id, k -> new HashMap<>()).put(ilvl, clampStart(Ooxml.number(start, 0)));
                }
                Element lvl = Ooxml.child(override, "lvl");
                if (lvl != null) {
                    n.levelOverrides.computeIfAbsent(id, k -> new HashMap<>()).put(ilvl, level(lvl, null));
                }
            }
        }
        for (Element style : styleElements) {
            String id = Ooxml.attr(style, "styleId");
            String type = Ooxml.attr(style, "type");
            if (id == null || (type != null && !type.equals("paragraph"))) {
                continue;
            }
            Element numPr = Ooxml.child(Ooxml.child(style, "pPr"), "numPr");
            n.styles.putIfAbsent(id, new StyleNumbering(Ooxml.val(numPr, "numId"), Ooxml.val(numPr, "ilvl"), Ooxml.val(style, "basedOn")));
            String isDefault = Ooxml.attr(style, "default");
            if (n.defaultParagraphStyle == null && ("1".equals(isDefault) || "true".equals(isDefault))) {
                n.defaultParagraphStyle = id;
            }
        }
        return n;
    }

    private static Level level(Element lvl, Level fallback) {
        Level base = fallback == null ? Level.NONE : fallback;
        String format = Ooxml.val(lvl, "numFmt");
        String text = Ooxml.val(lvl, "lvlText");
        Element lvlText = Ooxml.child(lvl, "lvlText");
        if (text == null && lvlText != null) {
            text = "";
        }
        String start = Ooxml.val(lvl, "start");
        String restart = Ooxml.val(lvl, "lvlRestart");
        String suffix = Ooxml.val(lvl, "suff");
        return new Level(format == null ? base.format() : format, text == null ? base.text() : text,
                start == null ? base.start() : clampStart(Ooxml.number(start, 0)),
                restart == null ? base.restart() : (int) Math.max(0, Math.min(ListCounters.LEVELS, Ooxml.number(restart, -1))),
                Ooxml.on(lvl, "isLgl"), suffix == null ? base.suffix() : suffix, Ooxml.val(lvl, "pStyle"),
                firstLineIndent(Ooxml.child(Ooxml.child(lvl, "pPr"), "ind")));
    }

    /** Where the first line of a paragraph with this w:ind starts, in twips from the margin (null: no w:ind). */
    static Integer firstLineIndent(Element ind) {
        if (ind == null) {
            return null;
        }
        long left = Ooxml.number(Ooxml.attr(ind, "left"), Ooxml.number(Ooxml.attr(ind, "start"), 0));
        long first = Ooxml.number(Ooxml.attr(ind, "firstLine"), 0) - Ooxml.number(Ooxml.attr(ind, "hanging"), 0);
        return (int) Math.max(-31680, Math.min(31680, left + first));
    }

    /** Word keeps starts between 0 and 32767; clamping keeps a hostile value from overflowing a counter. */
    private static long clampStart(long start) {
        return Math.max(0, Math.min(Integer.MAX_VALUE, start));
    }

    /**
     * The label of the next paragraph, given its {@code w:pPr} (may be null), or null when it is not numbered.
     */
    Label next(Element pPr) {
        Element numPr = Ooxml.child(pPr, "numPr");
        String numId = Ooxml.val(numPr, "numId");
        String ilvl = Ooxml.val(numPr, "ilvl");
        if (numId != null && ilvl == null) {
            ilvl = "0"; // a paragraph's own numId without a level is at the first level, whatever its style says
        }
        String style = Ooxml.val(pPr, "pStyle");
        if (style == null) {
            style = defaultParagraphStyle;
        }
        String numberedStyle = null;
        Set<String> seen = new HashSet<>();
        for (String s = style; s != null && (numId == null || ilvl == null) && seen.size() < MAX_STYLE_CHAIN && seen.add(s); ) {
            StyleNumbering sn = styles.get(s);
            if (sn == null) {
                break;
            }
            if (sn.numId() != null || sn.ilvl() != null) {
                if (numId == null) {
                    numId = sn.numId();
                    numberedStyle = s;
                }
                if (ilvl == null) {
                    ilvl = sn.ilvl();
                }
            }
            s = sn.basedOn();
        }
        if (numId == null || numId.strip().equals("0")) {
            return null;
        }
        String list = resolveAbstract(numId);
        if (list == null) {
            return null;
        }
        Level[] levels = levels(numId, list);
        int level = ilvl == null ? styleLevel(levels, numberedStyle) : (int) Ooxml.number(ilvl, 0);
        level = Math.max(0, Math.min(ListCounters.LEVELS - 1, level));
        if (numsStarted.add(numId)) {
            startOverrides.getOrDefault(numId, Map.of()).forEach((l, start) -> counters.restartAt(list, l, start));
        }
        long[] values = counters.advance(list, level, new ListCounters.Levels() {
            @Override
            public long start(int l) {
                return levels[l].start();
            }

            @Override
            public int restart(int l) {
                return levels[l].restart();
            }
        });
        return new Label(render(levels, level, values), levels[level].suffix(), levels[level].indent());
    }

    /** The abstractNum a num uses, following numStyleLink (a list style pointing at the definition it names). */
    private String resolveAbstract(String numId) {
        String abstractId = numToAbstract.get(numId);
        for (int hop = 0; abstractId != null && styleLinks.containsKey(abstractId) && hop < MAX_STYLE_LINKS; hop++) {
            StyleNumbering linked = styles.get(styleLinks.get(abstractId));
            String linkedAbstract = linked == null || linked.numId() == null ? null : numToAbstract.get(linked.numId());
            if (linkedAbstract == null || linkedAbstract.equals(abstractId)) {
                break;
            }
            abstractId = linkedAbstract;
        }
        return abstractId == null || !abstractLevels.containsKey(abstractId) ? null : abstractId;
    }

    private Level[] levels(String numId, String abstractId) {
        Level[] base = abstractLevels.get(abstractId);
        Map<Integer, Level> overrides = levelOverrides.getOrDefault(numId, Map.of());
        Level[] levels = new Level[ListCounters.LEVELS];
        for (int i = 0; i < levels.length; i++) {
            Level own = overrides.get(i);
            levels[i] = own != null ? own : base[i] != null ? base[i] : Level.NONE;
        }
        return levels;
    }

    /** A style's numbering without a level: the level that names the style, else the first. */
    private static int styleLevel(Level[] levels, String style) {
        for (int i = 0; style != null && i < levels.length; i++) {
            if (style.equals(levels[i].style())) {
                return i;
            }
        }
        return 0;
    }

    private static String render(Level[] levels, int level, long[] values) {
        Level own = levels[level];
        String text = own.text();
        if ("bullet".equals(own.format())) {
            return bullet(text);
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int referenced = text.charAt(++i) - '1';
                if (referenced <= level) {
                    String format = own.legal() && !"none".equals(levels[referenced].format()) ? "decimal" : levels[referenced].format();
                    out.append(ListNumberFormat.format(values[referenced], format));
                }
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Symbol-font bullets sit in the private use area (U+F0B7 …): written as a bullet. */
    private static String bullet(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> out.append(cp >= 0xE000 && cp <= 0xF8FF ? "•" : new String(Character.toChars(cp))));
        return out.toString();
    }
}
