package org.treatytracker.api;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Guards deletes: counts what still refers to an entity and refuses the delete with 409, naming each kind
 * of dependent and how many there are, so nothing is left dangling or half-deleted.
 */
public final class Dependents {

    private final EntityManager em;
    private final Object target;
    private final Map<String, String> countQueries = new LinkedHashMap<>();

    private Dependents(EntityManager em, Object target) {
        this.em = em;
        this.target = target;
    }

    public static Dependents of(EntityManager em, Object target) {
        return new Dependents(em, target);
    }

    /** {@code countJpql} counts the dependents and names the target as parameter {@code :target}. */
    public Dependents check(String what, String countJpql) {
        countQueries.put(what, countJpql);
        return this;
    }

    public void refuseIfAny(String description) {
        List<String> found = new ArrayList<>();
        countQueries.forEach((what, jpql) -> {
            long n = em.createQuery(jpql, Long.class).setParameter("target", target).getSingleResult();
            if (n > 0) {
                found.add(n + " " + what);
            }
        });
        if (!found.isEmpty()) {
            throw ProblemException.conflict(description + " cannot be deleted: " + String.join(", ", found) + " depend on it");
        }
    }
}
