package org.treatytracker.edge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.Adler32;
import java.util.zip.CRC32C;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import org.treatytracker.persistence.DataRevision;
import org.treatytracker.config.TreatyConfig;

/**
 * Conditional requests and a cache of serialised public reads. Every GET under /api, and every page of the public
 * site (site/, HTML keyed apart from JSON by Accept), answers with an ETag (an
 * aggregate's version where it has one, else a hash of the body) and honours If-None-Match with 304. Bodies
 * of anonymous reads are kept, keyed by the request and the {@link DataRevision}: a hit costs one primary-key
 * lookup and no serialisation, and a write anywhere (on any instance) moves every later read to a new key.
 * Private answers (users, admin, anything asked with credentials) are never kept.
 *
 * <p>Readers who arrive together for an answer nobody has kept yet (the first visit to a page, every page just after
 * a write) do not each make it: the first one makes it, and the others wait for its bytes. Eight readers of a
 * provision page nobody had visited used to build it and its history's diffs eight times over on two cores, and
 * none was answered within two seconds. A reader who asks for an answer made afresh (no-cache) makes its own.
 */
public class ResponseCache {

    private static final String KEY = ResponseCache.class.getName() + ".key";
    private static final String HIT = ResponseCache.class.getName() + ".hit";
    private static final String MAKING = ResponseCache.class.getName() + ".making";
    /**
     * How long a reader waits for another's answer before making its own: far longer than any page has been
     * measured to take (the heaviest, a Paris provision page made afresh, p99 171 ms), but bounded, so that a stuck
     * maker holds nobody for ever.
     */
    static final long WAIT_SECONDS = 30;
    private static final String LINK = "Link";
    /** Shared caches may keep a public read but must ask again each time (the data can change at any moment). */
    static final String PUBLIC = "public, no-cache";

    /** One kept answer: the bytes, their media type, their entity tag and its web links (paging, alternates). */
    record Cached(byte[] body, String mediaType, EntityTag etag, List<String> links) {
    }

    @Inject
    DataRevision revision;

    @Inject
    ObjectMapper json;

    private final Cache<String, Cached> bodies;

    /** The answers being made, by key: each completes with the kept answer, or with null when none was kept. */
    private final ConcurrentHashMap<String, CompletableFuture<Cached>> making = new ConcurrentHashMap<>();

    @Inject
    ResponseCache(TreatyConfig config) {
        this.bodies = Caffeine.newBuilder().maximumWeight(config.cache().maxBytes())
                .weigher((String key, Cached cached) -> key.length() * 2 + cached.body().length + 64).build();
    }

    @ServerRequestFilter
    public Response serveKeptAnswer(ContainerRequestContext request, RoutingContext exchange) {
        if (!isPublicRead(request)) {
            return null;
        }
        String key = keyOf(request);
        // "Cache-Control: no-cache" asks for an answer made afresh (it is then kept for the next reader).
        boolean fresh = String.valueOf(request.getHeaderString(HttpHeaders.CACHE_CONTROL)).contains("no-cache");
        Cached kept = fresh ? null : bodies.getIfPresent(key);
        if (kept == null && !fresh) {
            kept = awaitOrMake(request, exchange, key);
        }
        if (kept == null) {
            request.setProperty(KEY, key);
            return null;
        }
        request.setProperty(HIT, Boolean.TRUE);
        Response.ResponseBuilder answer = matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), kept.etag())
                ? Response.notModified() : Response.ok(kept.body(), kept.mediaType());
        kept.links().forEach(link -> answer.header(LINK, link));
        return answer.tag(kept.etag()).header(HttpHeaders.CACHE_CONTROL, PUBLIC).header(HttpHeaders.VARY, HttpHeaders.ACCEPT).build();
    }

    @ServerResponseFilter
    public void tagAndKeep(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getProperty(HIT) != null || !"GET".equals(request.getMethod()) || response.getStatus() != 200
                || !response.hasEntity() || !cacheable(request.getUriInfo().getPath())) {
            return;
        }
        // A Response built without a type is negotiated later; every such resource here produces JSON.
        MediaType type = response.getMediaType() == null ? MediaType.APPLICATION_JSON_TYPE : response.getMediaType();
        if (response.getEntity() instanceof StreamingOutput) {
            tagStreamed(request, response);
            return;
        }
        byte[] body = bytesOf(response.getEntity(), type);
        if (body == null) {
            return;
        }
        EntityTag etag = response.getEntityTag() != null ? response.getEntityTag() : new EntityTag(hash(body));
        Object key = request.getProperty(KEY);
        if (key != null) {
            List<String> links = response.getStringHeaders().getOrDefault(LINK, List.of());
            Cached kept = new Cached(body, type.toString(), etag, List.copyOf(links));
            bodies.put((String) key, kept);
            releaseWaiters(request, kept);  // the waiters go now, before this answer is even written
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
            response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        }
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        } else {
            response.setEntity(body, response.getEntityAnnotations(), type);
        }
    }

    /**
     * The answer another reader is making for this key, once made; or null, and then this reader makes it (and, for
     * a GET, is the one others wait for). A request filter of a blocking resource runs on a worker thread, so
     * waiting holds no event loop; one that runs on an event loop never waits.
     */
    private Cached awaitOrMake(ContainerRequestContext request, RoutingContext exchange, String key) {
        if (Context.isOnEventLoopThread()) {
            return null;
        }
        CompletableFuture<Cached> theirs = making.get(key);
        if (theirs == null && "GET".equals(request.getMethod())) {  // a HEAD keeps nothing, so nobody waits for one
            CompletableFuture<Cached> mine = new CompletableFuture<>();
            theirs = making.putIfAbsent(key, mine);
            if (theirs == null) {
                request.setProperty(MAKING, mine);
                // Whatever becomes of this request (an error, a closed connection), its end lets the waiters go.
                exchange.addEndHandler(ended -> finish(key, mine, null));
                return null;
            }
        }
        if (theirs == null) {
            return null;
        }
        try {
            return theirs.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            making.remove(key, theirs);  // a maker this slow is not waited for again: the next reader makes it
            return null;
        } catch (ExecutionException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Lets go the readers waiting for this request's answer, if it is the one they wait for. */
    @SuppressWarnings("unchecked")
    private void releaseWaiters(ContainerRequestContext request, Cached kept) {
        if (request.getProperty(MAKING) instanceof CompletableFuture<?> mine) {
            finish((String) request.getProperty(KEY), (CompletableFuture<Cached>) mine, kept);
        }
    }

    private void finish(String key, CompletableFuture<Cached> future, Cached kept) {
        future.complete(kept);
        making.remove(key, future);
    }

    /**
     * A streamed answer (a CSV or XML export) is never held in memory, so it is not kept and not hashed: its tag
     * is a hash of what made it, the data revision read before the data and the request with its Accept. The
     * same tag thus always names the same bytes (exports are sorted deterministically), and a matching
     * If-None-Match answers 304 before the export's query has run (it runs when the body is written).
     */
    private void tagStreamed(ContainerRequestContext request, ContainerResponseContext response) {
        Object key = request.getProperty(KEY);
        releaseWaiters(request, null);  // nothing will be kept: the waiters make theirs now, not after the stream
        EntityTag etag = new EntityTag(hash((key != null ? (String) key : keyOf(request)).getBytes(StandardCharsets.UTF_8)));
        response.getHeaders().putSingle(HttpHeaders.ETAG, etag);
        response.getHeaders().putSingle(HttpHeaders.VARY, HttpHeaders.ACCEPT);
        if (key != null) {
            response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, PUBLIC);
        }
        if (matches(request.getHeaderString(HttpHeaders.IF_NONE_MATCH), etag)) {
            response.setStatus(304);
            response.setEntity(null);
        }
    }

    /** What a kept answer is looked up by: the data revision, the Accept header and the request's path and query. */
    private String keyOf(ContainerRequestContext request) {
        return revision.current() + " " + request.getHeaderString(HttpHeaders.ACCEPT) + " "
                + request.getUriInfo().getRequestUri().getRawPath() + "?" + request.getUriInfo().getRequestUri().getRawQuery();
    }

    /** GETs of the public API that are not private ({@link PrivateResponses}: users, admin, anything with credentials). */
    static boolean isPublicRead(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        return ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) && cacheable(path)
                && !PrivateResponses.isPrivate(path, request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /** The API, and the site's pages: every Jakarta REST path is one or the other (/q/ is Quarkus' own). */
    static boolean cacheable(String path) {
        return path.startsWith("/api/") || !path.startsWith("/q/");
    }

    private byte[] bytesOf(Object entity, MediaType type) {
        if (entity instanceof byte[] bytes) {
            return bytes;
        }
        if (entity instanceof String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
        if (type == null || !(type.getSubtype().equals("json") || type.getSubtype().endsWith("+json"))) {
            return null;
        }
        try {
            return json.writeValueAsBytes(entity);
        } catch (JsonProcessingException e) {
            return null;  // left to the normal writer, whose failure the mappers answer
        }
    }

    /** If-None-Match by weak comparison (RFC 9110, 13.1.2): "*", or any listed tag with the same opaque value. */
    static boolean matches(String ifNoneMatch, EntityTag etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals("\"" + etag.getValue() + "\"")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A tag that changes when the bytes do: their length, CRC-32C and Adler-32 (72 bits). Both checksums run as CPU
     * instructions or native code; SHA-256, which runs as Java code when only C1 compiles (the small-server settings),
     * was 23–41 % of a fresh answer. A tag is no secret and guards against no forger: only an editor changes the data,
     * and a matching If-None-Match can at worst keep a client on a copy until the next change.
     */
    static String hash(byte[] body) {
        CRC32C crc = new CRC32C();
        crc.update(body);
        Adler32 adler = new Adler32();
        adler.update(body);
        return String.format("%x-%08x%08x", body.length, crc.getValue(), adler.getValue());
    }
}
