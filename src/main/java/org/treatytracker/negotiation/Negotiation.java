package org.treatytracker.negotiation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.treatytracker.text.StatusVocabulary;

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

    /** The negotiation's own tag forms, one per line: KIND, status (or "-"), words, separated by tabs. */
    @Column(name = "status_terms")
    private String statusTerms;

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

    /** Its own tag forms, added to the common ones: "[agreed in informals]" as a status, "[Editor's note …]" as a note. */
    public void useStatusTerms(List<StatusVocabulary.Term> terms) {
        this.statusTerms = terms == null || terms.isEmpty() ? null : terms.stream()
                .map(t -> t.kind() + "\t" + (t.status() == null ? "-" : t.status()) + "\t" + t.form().strip().replaceAll("\\s+", " "))
                .collect(Collectors.joining("\n"));
    }

    public List<StatusVocabulary.Term> getStatusTerms() {
        if (statusTerms == null) {
            return List.of();
        }
        return statusTerms.lines().map(line -> line.split("\t", 3))
                .map(f -> new StatusVocabulary.Term(f[2], StatusVocabulary.Kind.valueOf(f[0]), "-".equals(f[1]) ? null : f[1])).toList();
    }

    /** How this negotiation's drafts mark status and notes: the common forms and its own. */
    public StatusVocabulary statusVocabulary() {
        return statusTerms == null ? StatusVocabulary.COMMON : StatusVocabulary.COMMON.with(getStatusTerms());
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
