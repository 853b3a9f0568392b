package org.treatytracker.webhook;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Request;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.time.temporal.ChronoUnit;
import org.treatytracker.api.ETags;
import org.treatytracker.api.MergePatch;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.api.Roles;
import org.treatytracker.config.TreatyConfig;
import org.treatytracker.negotiation.NegotiationRepository;
import org.treatytracker.stakeholder.StakeholderService;

/**
 * Subscriptions and their delivery log. A subscription is its owner's: others (admins aside) are told it does
 * not exist, so ids reveal nothing. The secret is made here and leaves only in the answer to the creation.
 */
@ApplicationScoped
@Transactional
public class WebhookService {

    private static final Map<String, String> SORT = Map.of("createdAt", "w.createdAt", "url", "w.url");
    private static final Map<String, String> DELIVERY_SORT = Map.of("createdAt", "d.createdAt", "status", "d.status");

    @Inject
    WebhookRepository webhooks;

    @Inject
    NegotiationRepository negotiations;

    @Inject
    StakeholderService stakeholders;

    @Inject
    MergePatch mergePatch;

    @Inject
    SecurityIdentity identity;

    @Inject
    TreatyConfig config;

    /** The new subscription and its secret. */
    public WebhookDto.Created create(WebhookDto.Request request) {
        Webhook webhook = new Webhook(identity.getPrincipal().getName(), WebhookSignature.newSecret(),
                Instant.now().truncatedTo(ChronoUnit.MILLIS));
        configure(webhook, request);
        webhooks.persist(webhook);
        webhooks.flush();
        return new WebhookDto.Created(WebhookDto.View.of(webhook), webhook.getSecret());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDto.View> list(PageRequest page) {
        boolean all = identity.hasRole(Roles.ADMIN);
        String where = all ? "" : " where w.owner = ?1";
        Object[] params = all ? new Object[0] : new Object[] {identity.getPrincipal().getName()};
        return page.of(webhooks.find("from Webhook w" + where + page.orderBy(SORT, "createdAt", "w.id"), params),
                webhooks.count("from Webhook w" + where, params), WebhookDto.View::of);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Webhook get(long id) {
        Webhook webhook = webhooks.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("webhook", id));
        if (!identity.hasRole(Roles.ADMIN) && !webhook.getOwner().equals(identity.getPrincipal().getName())) {
            throw ProblemException.notFound("webhook", id);
        }
        return webhook;
    }

    public Webhook patch(long id, JsonNode patch, Request preconditions) {
        Webhook webhook = get(id);
        ETags.checkIfMatch(preconditions, webhook.getVersion());
        configure(webhook, mergePatch.apply(WebhookDto.Request.of(webhook), patch, WebhookDto.Request.class));
        webhooks.flush();
        return webhook;
    }

    /** Deletes the subscription and its delivery log. */
    public void delete(long id, Request preconditions) {
        Webhook webhook = get(id);
        ETags.checkIfMatch(preconditions, webhook.getVersion());
        var em = webhooks.getEntityManager();
        em.createNativeQuery("delete from webhook_attempt where delivery_id in (select id from webhook_delivery where webhook_id = ?1)")
                .setParameter(1, id).executeUpdate();
        em.createNativeQuery("delete from webhook_delivery where webhook_id = ?1").setParameter(1, id).executeUpdate();
        webhooks.delete(webhook);
    }

    /**
     * The delivery log, newest first: the page of deliveries, their count and their attempts (three statements,
     * whatever the page size).
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<WebhookDto.DeliveryView> deliveries(long id, Delivery.Status status, PageRequest page) {
        get(id);
        var em = webhooks.getEntityManager();
        String where = " where d.webhook.id = :webhook" + (status == null ? "" : " and d.status = :status");
        var query = em.createQuery("from Delivery d" + where + page.orderBy(DELIVERY_SORT, "-createdAt", "d.id"), Delivery.class)
                .setParameter("webhook", id).setFirstResult(page.offset()).setMaxResults(page.size);
        var count = em.createQuery("select count(d) from Delivery d" + where, Long.class).setParameter("webhook", id);
        if (status != null) {
            query.setParameter("status", status);
            count.setParameter("status", status);
        }
        List<Delivery> rows = query.getResultList();
        Map<Long, List<WebhookDto.AttemptView>> attempts = new LinkedHashMap<>();
        rows.forEach(d -> attempts.put(d.getId(), new ArrayList<>()));
        if (!rows.isEmpty()) {
            em.createQuery("from DeliveryAttempt a where a.deliveryId in :ids order by a.deliveryId, a.id", DeliveryAttempt.class)
                    .setParameter("ids", attempts.keySet()).getResultList()
                    .forEach(a -> attempts.get(a.getDeliveryId()).add(WebhookDto.AttemptView.of(a)));
        }
        List<WebhookDto.DeliveryView> items = rows.stream().map(d -> new WebhookDto.DeliveryView(d.getId(), d.getEventId(), d.getKind(),
                d.getStatus(), d.getAttempts(), d.getStatus() == Delivery.Status.PENDING ? d.getNextAttemptAt() : null, d.getLastStatus(),
                d.getLastError(), d.getDeliveredAt(), d.getCreatedAt(), attempts.get(d.getId()))).toList();
        return new Page<>(items, page.page, page.size, count.getSingleResult());
    }

    private void configure(Webhook webhook, WebhookDto.Request request) {
        String refusal = WebhookTargets.refusal(request.url().trim(), config.webhooks().allowPrivateTargets());
        if (refusal != null) {
            throw ProblemException.unprocessable("url", "the url " + refusal);
        }
        List<String> kinds = request.kinds().stream().map(String::trim).distinct().toList();
        for (String kind : kinds) {
            if (!EventKinds.isPattern(kind)) {
                throw ProblemException.unprocessable("kinds", "'" + kind + "' is not a kind of event; kinds are " + String.join(", ",
                        EventKinds.all()) + ", a resource's every action (position.*) or *");
            }
        }
        String negotiation = blankToNull(request.negotiation());
        if (negotiation != null && negotiations.findBySlug(negotiation).isEmpty()) {
            throw ProblemException.unknownReference("negotiation", "negotiation", negotiation);
        }
        stakeholders.referenced("stakeholder", request.stakeholder());
        webhook.configure(request.url().trim(), kinds, negotiation, blankToNull(request.provision()), request.stakeholder(),
                blankToNull(request.description()), request.active() == null || request.active());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
