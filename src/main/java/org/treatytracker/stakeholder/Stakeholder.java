package org.treatytracker.stakeholder;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Version;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.Collection;

/**
 * A State, UN body, intergovernmental organisation, NGO or group that speaks in a negotiation. States carry
 * their ISO 3166-1 alpha-3 code; a group (the EU, a regional group, G-77 and China) has members and can be
 * named as the group a position is spoken for.
 */
@Entity
@org.hibernate.envers.Audited
public class Stakeholder {

    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StakeholderKind kind;

    @Column(name = "iso_code")
    private String isoCode;

    @Column(name = "is_group", nullable = false)
    private boolean group;

    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "stakeholder_member", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    private Set<Stakeholder> members = new LinkedHashSet<>();

    /** Other names reports use for it; looked up case- and accent-insensitively (StakeholderNames). */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "stakeholder_alias", joinColumns = @JoinColumn(name = "stakeholder_id"))
    @Column(name = "alias", nullable = false)
    private Set<String> aliases = new LinkedHashSet<>();

    @Version
    private long version;

    protected Stakeholder() {
    }

    public Stakeholder(String name, StakeholderKind kind, String isoCode, boolean group) {
        describe(name, kind, isoCode, group);
    }

    public static boolean isIsoCode(String code) {
        return code != null && ISO_CODES.contains(code);
    }

    public void describe(String name, StakeholderKind kind, String isoCode, boolean group) {
        if (kind.isState() && !isIsoCode(isoCode)) {
            throw new IllegalArgumentException("a State needs its ISO 3166-1 alpha-3 code");
        }
        if (!kind.isState() && isoCode != null) {
            throw new IllegalArgumentException("only States carry an ISO 3166 code");
        }
        this.name = Objects.requireNonNull(name);
        this.kind = kind;
        this.isoCode = isoCode;
        this.group = group;
        if (!group) {
            members.clear();
        }
    }

    public void replaceMembers(Set<Stakeholder> newMembers) {
        if (!group && !newMembers.isEmpty()) {
            throw new IllegalArgumentException("only a group has members");
        }
        if (newMembers.contains(this)) {
            throw new IllegalArgumentException("a group cannot be its own member");
        }
        members.clear();
        members.addAll(newMembers);
    }

    public void replaceAliases(Collection<String> newAliases) {
        aliases.clear();
        for (String alias : newAliases) {
            String stripped = alias.strip();
            if (!stripped.isEmpty() && !stripped.equals(name)) {
                aliases.add(stripped);
            }
        }
    }

    public Set<String> getAliases() {
        return aliases;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public StakeholderKind getKind() {
        return kind;
    }

    public String getIsoCode() {
        return isoCode;
    }

    public boolean isGroup() {
        return group;
    }

    public Set<Stakeholder> getMembers() {
        return members;
    }

    public long getVersion() {
        return version;
    }
}
