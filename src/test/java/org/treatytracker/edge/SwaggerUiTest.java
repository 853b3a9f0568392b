package org.treatytracker.edge;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Swagger UI answers with a Content-Security-Policy that keeps it to this server's own scripts, styles and calls. */
@QuarkusTest
class SwaggerUiTest {

    @Test
    void swaggerUiHasAContentSecurityPolicy() {
        String page = given().get("/q/swagger-ui/").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"), containsString("script-src 'self'"),
                        containsString("connect-src 'self'"), containsString("frame-ancestors 'none'"), not(containsString("*"))))
                .extract().asString();
        // Every script it loads is its own (a relative src), which script-src 'self' allows.
        org.junit.jupiter.api.Assertions.assertFalse(page.matches("(?s).*<script[^>]+src=\"(https?:)?//.*"), "an external script");
        given().get("/q/swagger-ui/swagger-ui-bundle.js").then().statusCode(200)
                .header("Content-Security-Policy", containsString("script-src 'self'"));
    }
}
