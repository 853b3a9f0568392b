package org.treatytracker.site;

import java.util.Locale;
import org.treatytracker.text.Html;
import java.util.List;

/**
 * One small bar chart (SVG, drawn on the server) of the bracket sets a chapter holds at each reading: one bar per
 * reading, oldest first, each labelled with its reading and its count, so that the chart reads without colour and
 * without JavaScript. A reading at which the chapter does not exist gets no bar and says so. Each chapter is drawn
 * on its own scale (the counts are printed), so that a small chapter's fall is as visible as a large one's.
 */
final class BracketChart {

    static final int WIDTH = 240;
    static final int HEIGHT = 150;
    private static final int TOP = 22;
    private static final int BOTTOM = 30;
    private static final int SIDE = 8;

    /** One bar: the reading's short label and the number of sets, null when the chapter is absent at that reading. */
    record Bar(String reading, String readingTitle, Integer sets) {
    }

    private BracketChart() {
    }

    static String svg(String id, String chapter, List<Bar> bars) {
        int max = bars.stream().filter(b -> b.sets() != null).mapToInt(Bar::sets).max().orElse(0);
        int plot = HEIGHT - TOP - BOTTOM;
        double slot = (WIDTH - 2.0 * SIDE) / Math.max(1, bars.size());
        double barWidth = Math.min(48, slot * 0.7);
        StringBuilder description = new StringBuilder();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            double x = SIDE + slot * i + (slot - barWidth) / 2;
            double centre = x + barWidth / 2;
            description.append(i == 0 ? "" : "; ").append(bar.readingTitle()).append(": ")
                    .append(bar.sets() == null ? "not in this reading" : bar.sets() + (bar.sets() == 1 ? " set" : " sets"));
            if (bar.sets() != null) {
                double height = max == 0 ? 0 : Math.max(bar.sets() > 0 ? 1 : 0, plot * (double) bar.sets() / max);
                double y = TOP + plot - height;
                out.append("<rect class=\"bar\" data-reading=\"").append(Html.escape(bar.reading())).append("\" data-sets=\"")
                        .append(bar.sets()).append("\" x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y))
                        .append("\" width=\"").append(fmt(barWidth)).append("\" height=\"").append(fmt(height)).append("\"/>");
                out.append("<text class=\"value\" x=\"").append(fmt(centre)).append("\" y=\"").append(fmt(y - 5))
                        .append("\" text-anchor=\"middle\">").append(bar.sets()).append("</text>");
            } else {
                out.append("<text class=\"absent\" x=\"").append(fmt(centre)).append("\" y=\"").append(fmt(TOP + plot - 5))
                        .append("\" text-anchor=\"middle\">none</text>");
            }
            out.append("<text class=\"reading\" x=\"").append(fmt(centre)).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(Html.escape(bar.reading())).append("</text>");
        }
        return "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + WIDTH + " " + HEIGHT + "\" width=\""
                + WIDTH + "\" height=\"" + HEIGHT + "\" role=\"img\" aria-labelledby=\"" + id + "\"><title id=\"" + id + "\">"
                + Html.escape("Bracket sets in " + chapter + " by reading: " + description) + "</title>"
                + "<line class=\"axis\" x1=\"" + SIDE + "\" y1=\"" + (TOP + plot) + "\" x2=\"" + (WIDTH - SIDE) + "\" y2=\""
                + (TOP + plot) + "\"/>" + out + "</svg>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
