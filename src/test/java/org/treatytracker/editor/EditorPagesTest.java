package org.treatytracker.editor;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The editor pages over HTTP: form sign-in and its throttle, CSRF refusals, who may reach what, and each form's action. */
@QuarkusTest
class EditorPagesTest {

    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "test-admin-password";
    private static final String PASSWORD = "an editor's long and unguessable password";
    private static final Pattern TOKEN = Pattern.compile("name=\"csrf-token\" value=\"([^\"]+)\"");

    @BeforeAll
    static void anonymousBrowser() {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
        // A browser sends no Basic credentials; other test classes in the same run leave an admin's set.
        RestAssured.authentication = RestAssured.DEFAULT_AUTH;
    }

    /** A signed-in editor: the session cookie and the CSRF cookie and token its pages carry. */
    record Session(Map<String, String> cookies, String token) {
        Map<String, String> form(String... pairs) {
            Map<String, String> form = new HashMap<>();
            form.put("csrf-token", token);
            for (int i = 0; i < pairs.length; i += 2) {
                form.put(pairs[i], pairs[i + 1]);
            }
            return form;
        }
    }

    private static String newEditor() {
        String username = "editor-" + UUID.randomUUID().toString().substring(0, 8);
        given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", PASSWORD)).post("/api/v1/users").then().statusCode(201);
        return username;
    }

    private static Response postSignIn(String username, String password) {
        return given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParams("j_username", username, "j_password", password).post("/j_security_check");
    }

    private static Session signIn(String username) {
        Response signedIn = postSignIn(username, PASSWORD);
        signedIn.then().statusCode(302);
        Map<String, String> cookies = new HashMap<>(Map.of("quarkus-credential", signedIn.getCookie("quarkus-credential")));
        Response home = given().cookies(cookies).get("/edit");
        home.then().statusCode(200);
        cookies.put("csrf-token", home.getCookie("csrf-token"));
        return new Session(cookies, token(home.asString()));
    }

    private static String token(String html) {
        Matcher m = TOKEN.matcher(html);
        assertTrue(m.find(), "the page carries a CSRF token");
        return m.group(1);
    }

    @Test
    void sendsAnonymousReadersToSignIn() {
        given().redirects().follow(false).get("/edit").then().statusCode(302).header("Location", containsString("/edit/sign-in"));
        given().redirects().follow(false).get("/edit/review?report=1").then().statusCode(302).header("Location", containsString("/edit/sign-in"));
        given().get("/edit/sign-in").then().statusCode(200).header("Cache-Control", "private, no-store")
                .body(containsString("name=\"j_password\""));
    }

    @Test
    void signsInWithTheFormAndOut() {
        String editor = newEditor();
        Response signedIn = postSignIn(editor, PASSWORD);
        signedIn.then().statusCode(302).header("Location", endsWith("/edit"));
        String cookie = signedIn.getHeaders().getValues("Set-Cookie").stream().filter(c -> c.startsWith("quarkus-credential="))
                .findFirst().orElseThrow();
        assertTrue(cookie.toLowerCase().contains("httponly"), cookie);
        assertTrue(cookie.contains("SameSite=Strict"), cookie);
        assertTrue(cookie.contains("Path=/edit"), cookie);
        Session session = signIn(editor);
        given().cookies(session.cookies()).get("/edit").then().statusCode(200).header("Cache-Control", "private, no-store")
                .header("Content-Security-Policy", containsString("script-src 'self'")).body(containsString(editor));
        given().redirects().follow(false).cookies(session.cookies()).contentType(ContentType.URLENC).formParams(session.form())
                .post("/edit/sign-in/out").then().statusCode(303).header("Location", containsString("/edit/sign-in?out=true"))
                .header("Set-Cookie", containsString("quarkus-credential=;"));
    }

    @Test
    void sendsAWrongPasswordBackToTheForm() {
        String editor = newEditor();
        postSignIn(editor, "wrong").then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"))
                .header("Set-Cookie", not(containsString("quarkus-credential=")));
        given().get("/edit/sign-in/failed").then().statusCode(200).body(containsString("do not match"));
    }

    @Test
    void refusesANulInAFormOrASignInName() {
        // PostgreSQL can neither store nor compare a NUL in text: each of these failed with a 500 there.
        postSignIn("ed\u0000itor", PASSWORD).then().statusCode(302).header("Location", endsWith("/edit/sign-in/failed"))
                .header("Set-Cookie", not(containsString("quarkus-credential=")));
        Session s = signIn(newEditor());
        String slug = "nul-" + UUID.randomUUID().toString().substring(0, 6);
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("slug", slug, "title", "A made-up\u0000convention", "description", "")).post("/edit/negotiations")
                .then().statusCode(400).contentType(containsString("text/html")).body(containsString("NUL character"));
        given().get("/api/v1/negotiations/" + slug).then().statusCode(404);
    }

    @Test
    void refusesAFormWithoutOrWithAWrongToken() {
        Session session = signIn(newEditor());
        Map<String, String> form = Map.of("slug", "forged", "title", "Forged");
        given().cookies(session.cookies()).contentType(ContentType.URLENC).formParams(form).post("/edit/negotiations")
                .then().statusCode(403).contentType(containsString("text/html")).body(containsString("CSRF token"));
        Map<String, String> wrong = new HashMap<>(form);
        wrong.put("csrf-token", "AAAAAAAAAAAAAAAAAAAAAA");
        given().cookies(session.cookies()).contentType(ContentType.URLENC).formParams(wrong).post("/edit/negotiations")
                .then().statusCode(403).body(containsString("CSRF token"));
        given().get("/api/v1/negotiations/forged").then().statusCode(404);
    }

    @Test
    void keepsAnEditorFromTheAdminActionsAndTheCookieFromTheApi() {
        String editor = newEditor();
        Session session = signIn(editor);
        // The session cookie authenticates the editor pages only: the API takes Basic credentials.
        given().cookies(session.cookies()).get("/api/v1/users").then().statusCode(401);
        given().cookies(session.cookies()).get("/api/v1/admin/backup").then().statusCode(401);
        given().cookies(session.cookies()).contentType(ContentType.JSON).body(Map.of("slug", "by-cookie", "title", "By cookie"))
                .post("/api/v1/negotiations").then().statusCode(401);
        given().auth().preemptive().basic(editor, PASSWORD).get("/api/v1/users").then().statusCode(403);
        given().auth().preemptive().basic(editor, PASSWORD).get("/api/v1/admin/backup").then().statusCode(403);
        // And Basic credentials do not open the editor pages.
        given().redirects().follow(false).auth().preemptive().basic(editor, PASSWORD).get("/edit").then().statusCode(302);
        given().cookies(session.cookies()).get("/edit").then().body(not(containsString("/api/v1/users")));
    }

    @Test
    void createsANegotiationImportsADraftAndAReportAndReviewsIt() throws IOException {
        String editor = newEditor();
        Session s = signIn(editor);
        String slug = "made-up-" + UUID.randomUUID().toString().substring(0, 6);
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("slug", slug, "title", "A made-up convention", "description", "")).post("/edit/negotiations")
                .then().statusCode(303).header("Location", endsWith("/edit/negotiation?slug=" + slug));
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("title", "A made-up convention, renamed", "description", "Edited in the browser"))
                .post("/edit/negotiations/{slug}", slug).then().statusCode(303);
        given().get("/api/v1/negotiations/{slug}", slug).then().body("title", equalTo("A made-up convention, renamed"));
        given().cookies(s.cookies()).contentType(ContentType.URLENC).formParams(s.form("title", "")).post("/edit/negotiations/{slug}", slug)
                .then().statusCode(422).contentType(containsString("text/html")).body(containsString("title"));

        String location = given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("sequenceNumber", "1", "label", "First reading", "documentSymbol", "MU/1", "date", "2026-03-01", "sessionLabel", ""))
                .post("/edit/negotiations/{slug}/readings", slug).then().statusCode(303).extract().header("Location");
        long reading = Long.parseLong(location.substring(location.indexOf("id=") + 3));

        multipart(s, "draft", "made-up-reading-1.md", bytes("/drafts/made-up-reading-1.md"), "application/octet-stream", Map.of())
                .post("/edit/readings/{id}/draft", reading).then().statusCode(201)
                .header("Cache-Control", "private, no-store").body(containsString("Draft imported")).body(containsString("Warnings ("));
        given().cookies(s.cookies()).get("/edit/reading?id={id}", reading).then().statusCode(200).body(containsString("first reading"));

        // The bulletin's unknown speaker gets a name of its own: registering it must not make it known to other tests.
        String unknown = "GRAND " + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
        byte[] bulletin = new String(bytes("/reports/made-up-bulletin.md"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("GRAND FENWICK", unknown).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Response imported = multipart(s, "report", "made-up-bulletin.md", bulletin, "text/markdown",
                Map.of("reading", String.valueOf(reading))).post("/edit/negotiations/{slug}/reports", slug);
        imported.then().statusCode(201).body(containsString("Report imported"));
        Matcher review = Pattern.compile("/edit/review\\?report=(\\d+)").matcher(imported.asString());
        assertTrue(review.find());
        long report = Long.parseLong(review.group(1));

        Response queue = given().cookies(s.cookies()).get("/edit/review?report={id}", report);
        queue.then().statusCode(200).header("Cache-Control", "private, no-store").body(containsString("<b class=\"cue\">"))
                .body(containsString("The register does not know “" + unknown + "”"));
        var pending = given().get("/api/v1/sources/{id}/suggestions?status=PENDING", report).then().extract().jsonPath();
        int total = pending.getInt("total");
        assertTrue(total >= 3, "suggestions to review: " + total);
        long fenwick = pending.getLong("items.find { it.suggestedStakeholder == '" + unknown + "' }.id");

        // Accepting before the speaker is registered is refused with the reason, on the page.
        given().cookies(s.cookies()).contentType(ContentType.URLENC).formParams(s.form("act", "accept-" + fenwick,
                "speaker-" + fenwick, unknown)).post("/edit/review/{id}", report)
                .then().statusCode(422).body(containsString("register"));
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("name", unknown, "kind", "OTHER_NGO", "suggestion", String.valueOf(fenwick)))
                .post("/edit/review/{id}/speakers", report).then().statusCode(303).header("Location", endsWith("#s-" + fenwick));
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("act", "accept-" + fenwick, "speaker-" + fenwick, unknown, "stance-" + fenwick, "CONCERN"))
                .post("/edit/review/{id}", report).then().statusCode(303).header("Location", containsString("done=1"));
        given().get("/api/v1/suggestions/{id}", fenwick).then().body("status", equalTo("ACCEPTED"));
        long position = given().get("/api/v1/suggestions/{id}", fenwick).then().extract().jsonPath().getLong("positionId");
        given().get("/api/v1/positions/{id}", position).then().body("stance", equalTo("CONCERN"))
                .body("speaker.stakeholder.name", equalTo(unknown));

        var rest = given().get("/api/v1/sources/{id}/suggestions?status=PENDING", report).then().extract().jsonPath();
        long first = rest.getLong("items[0].id");
        long second = rest.getLong("items[1].id");
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("act", "reject-" + first)).post("/edit/review/{id}", report).then().statusCode(303);
        given().get("/api/v1/suggestions/{id}", first).then().body("status", equalTo("REJECTED"));
        Response bulk = given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParam("csrf-token", s.token()).formParam("act", "reject-picked").formParam("pick", String.valueOf(second))
                .post("/edit/review/{id}", report);
        bulk.then().statusCode(303);
        given().get("/api/v1/suggestions/{id}", second).then().body("status", equalTo("REJECTED"));
        given().cookies(s.cookies()).get("/edit/review?report={id}", report).then()
                .body(containsString("<strong>" + (total - 3) + "</strong> pending"))
                .body(containsString("<strong>1</strong> accepted")).body(containsString("<strong>2</strong> rejected"));
        // Audited as the API's changes are: the position made is in the changes feed.
        given().get("/api/v1/changes?size=200").then().statusCode(200)
                .body(containsString("\"href\":\"/api/v1/positions/" + position + "\""));
    }

    @Test
    void correctsAProvisionMatchFromTheReadingsPage() throws IOException {
        Session s = signIn(newEditor());
        String slug = "relink-" + UUID.randomUUID().toString().substring(0, 6);
        given().cookies(s.cookies()).contentType(ContentType.URLENC).formParams(s.form("slug", slug, "title", "Relinked")).post("/edit/negotiations");
        long[] readings = new long[2];
        for (int i = 0; i < 2; i++) {
            String location = given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                    .formParams(s.form("sequenceNumber", String.valueOf(i + 1), "label", "Reading " + (i + 1)))
                    .post("/edit/negotiations/{slug}/readings", slug).then().statusCode(303).extract().header("Location");
            readings[i] = Long.parseLong(location.substring(location.indexOf("id=") + 3));
            multipart(s, "draft", "made-up-reading-" + (i + 1) + ".md", bytes("/drafts/made-up-reading-" + (i + 1) + ".md"), "text/markdown", Map.of())
                    .post("/edit/readings/{id}/draft", readings[i]).then().statusCode(201);
        }
        var later = given().get("/api/v1/readings/{id}/provisions?parts=false&kind=ARTICLE", readings[1]).then().extract().jsonPath();
        long version = later.getLong("items[0].id");
        // A provision of the first reading that nothing in the second continues: the second's first article is given to it.
        long otherVersion = given().auth().preemptive().basic(ADMIN, ADMIN_PASSWORD).contentType(ContentType.JSON)
                .body(Map.of("kind", "ARTICLE", "version", Map.of("readingId", readings[0], "number", "99", "title", "Left behind")))
                .post("/api/v1/negotiations/{slug}/provisions", slug).then().statusCode(201).extract().jsonPath().getLong("id");
        long otherProvision = given().get("/api/v1/provision-versions/{id}", otherVersion).then().extract().jsonPath().getLong("provisionId");
        given().cookies(s.cookies()).get("/edit/reading?id={id}", readings[1]).then().statusCode(200)
                .body(containsString("/edit/provision-versions/" + version + "/relink"));
        given().redirects().follow(false).cookies(s.cookies()).contentType(ContentType.URLENC)
                .formParams(s.form("provisionId", String.valueOf(otherProvision), "reading", String.valueOf(readings[1])))
                .post("/edit/provision-versions/{id}/relink", version).then().statusCode(303).header("Location", endsWith("#v-" + version));
        given().get("/api/v1/provision-versions/{id}", version).then().body("provisionId", equalTo((int) otherProvision));
    }

    /** A multipart form as a browser sends it, with a Content-Length (the server refuses chunked bodies: 411). */
    private static io.restassured.specification.RequestSpecification multipart(Session s, String field, String fileName, byte[] file,
                                                                              String type, Map<String, String> fields) throws IOException {
        String boundary = "----editor" + UUID.randomUUID().toString().replace("-", "");
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        Map<String, String> all = new java.util.LinkedHashMap<>(fields);
        all.put("csrf-token", s.token());
        for (Map.Entry<String, String> e : all.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + e.getKey() + "\"\r\n\r\n" + e.getValue() + "\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + type + "\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return given().cookies(s.cookies()).contentType("multipart/form-data; boundary=" + boundary).body(body.toByteArray());
    }

    private static byte[] bytes(String resource) throws IOException {
        try (InputStream in = EditorPagesTest.class.getResourceAsStream(resource)) {
            return in.readAllBytes();
        }
    }
}
