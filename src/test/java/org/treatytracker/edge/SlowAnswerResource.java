package org.treatytracker.edge;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * A test-only public read that takes a known time and counts how often it is made, so that a test can make
 * readers arrive together while an answer is being made (a real page is too fast to overlap reliably).
 */
@Path("/api/v1/test-only/slow-answer")
public class SlowAnswerResource {

    static final long MAKING_MILLIS = 600;
    static final AtomicInteger MADE = new AtomicInteger();

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Map<String, Object> answer(@QueryParam("token") String token) throws InterruptedException {
        MADE.incrementAndGet();
        Thread.sleep(MAKING_MILLIS);
        if (token != null && token.startsWith("missing")) {
            throw new NotFoundException("No answer for " + token);
        }
        return Map.of("token", String.valueOf(token));
    }
}
