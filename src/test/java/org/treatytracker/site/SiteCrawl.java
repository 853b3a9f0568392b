package org.treatytracker.site;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A bounded walk of the site from {@code /}, breadth first, as plain HTTP: every page's links answer 2xx or 3xx and
 * every {@code #anchor} exists on its target; each page is kept with its depth (clicks from {@code /}) and the page
 * it was first reached from, so that a question's answer can be replayed click by click in the browser.
 */
final class SiteCrawl {

    private static final Pattern HREF = Pattern.compile("<a [^>]*href=\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile(" id=\"([^\"]+)\"");

    /** A page reached: its HTML, its ids, its depth, and the page it was first linked from. */
    record Visit(String path, String html, Set<String> ids, int depth, String from) {
    }

    final Map<String, Visit> pages = new LinkedHashMap<>();
    final List<String> broken = new ArrayList<>();
    final Set<String> otherLinks = new LinkedHashSet<>();
    private final Map<String, List<String>> anchorsWanted = new HashMap<>();

    /** Walks at most {@code max} pages; links to /api, /q and /downloads are checked for their status only. */
    static SiteCrawl walk(int max) {
        SiteCrawl crawl = new SiteCrawl();
        Deque<String[]> queue = new ArrayDeque<>();
        Set<String> seen = new HashSet<>();
        queue.add(new String[] {"/", null, "0"});
        seen.add("/");
        while (!queue.isEmpty() && crawl.pages.size() < max) {
            String[] next = queue.poll();
            String path = next[0];
            int depth = Integer.parseInt(next[2]);
            Response answer = given().redirects().follow(true).accept("text/html").get(path);
            if (answer.statusCode() >= 400) {
                crawl.broken.add(path + " answers " + answer.statusCode() + " (linked from " + next[1] + ")");
                continue;
            }
            String html = answer.asString();
            Set<String> ids = new HashSet<>();
            Matcher id = ID.matcher(html);
            while (id.find()) {
                ids.add(id.group(1));
            }
            crawl.pages.put(path, new Visit(path, html, ids, depth, next[1]));
            Matcher href = HREF.matcher(html);
            while (href.find()) {
                String link = href.group(1).replace("&amp;", "&");
                if (link.startsWith("http:") || link.startsWith("https:") || link.startsWith("mailto:")) {
                    continue;
                }
                String target = link.startsWith("#") ? path : link.replaceAll("#.*", "");
                if (link.contains("#")) {
                    crawl.anchorsWanted.computeIfAbsent(target, k -> new ArrayList<>()).add(link.substring(link.indexOf('#') + 1) + " from " + path);
                }
                if (target.startsWith("/api/") || target.startsWith("/q/") || target.startsWith("/downloads/") || target.startsWith("/assets/")) {
                    crawl.otherLinks.add(target);
                } else if (seen.add(target)) {
                    queue.add(new String[] {target, path, String.valueOf(depth + 1)});
                }
            }
        }
        crawl.checkAnchors();
        return crawl;
    }

    /** Every #anchor asked for on a page walked exists there (a page past the bound is not judged). */
    private void checkAnchors() {
        anchorsWanted.forEach((target, anchors) -> {
            Visit visit = pages.get(target);
            if (visit == null) {
                return;
            }
            for (String wanted : anchors) {
                String anchor = wanted.substring(0, wanted.indexOf(" from "));
                if (!anchor.isEmpty() && !visit.ids().contains(anchor)) {
                    broken.add(target + "#" + wanted + ": no such anchor");
                }
            }
        });
    }

    /** The other links (JSON, Swagger UI, downloads, assets) answer 2xx or 3xx; at most {@code max} of them are asked. */
    void checkOtherLinks(int max) {
        otherLinks.stream().limit(max).forEach(link -> {
            int status = given().redirects().follow(false).get(link).statusCode();
            if (status >= 400) {
                broken.add(link + " answers " + status);
            }
        });
    }

    /** The clicks from / to a page: the paths of the pages on the way, / excluded, the page included. */
    List<String> clicksTo(String path) {
        List<String> clicks = new ArrayList<>();
        for (Visit visit = pages.get(path); visit != null && visit.from() != null; visit = pages.get(visit.from())) {
            clicks.add(0, visit.path());
        }
        return clicks;
    }

    /** The page kind of a path, for screenshots and per-kind checks. */
    static String kind(String path) {
        String p = path.replaceAll("\\?.*", "");
        if (p.equals("/")) {
            return "home";
        }
        if (p.matches("/negotiations/[^/]+")) {
            return "negotiation";
        }
        if (p.matches("/negotiations/[^/]+/(compare|reports|stakeholders)")) {
            return p.replaceAll(".*/", "").replace("compare", "comparison");
        }
        if (p.matches("/readings/\\d+/text")) {
            return "reading-text";
        }
        return p.replaceAll("^/([a-z-]+).*", "$1").replaceAll("s$", "").replace("-version", "");
    }
}
