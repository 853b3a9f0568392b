package org.treatytracker.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.Objects;

/**
 * One treaty process (the UN cybercrime convention, the Paris Agreement), known in URLs by its slug.
 * Several negotiations live side by side; each owns its readings, provisions and source documents.
 */
@Entity
@org.hibernate.envers.Audited
public class Negotiation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String slug;

    @Column(nullable = false)
    private String title;

    private String description;

    @Version
    private long version;

    protected Negotiation() {
    }

    public Negotiation(String slug, String title, String description) {
        this.slug = Objects.requireNonNull(slug);
        rename(title, description);
    }

    public void rename(String title, String description) {
        this.title = Objects.requireNonNull(title);
        this.description = description;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public long getVersion() {
        return version;
    }
}
