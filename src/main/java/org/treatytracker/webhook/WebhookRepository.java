package org.treatytracker.webhook;

import io.quarkus.hibernate.orm.panache.PanacheRepository;
import jakarta.enterprise.context.ApplicationScoped;

/** Subscriptions. */
@ApplicationScoped
public class WebhookRepository implements PanacheRepository<Webhook> {
}
