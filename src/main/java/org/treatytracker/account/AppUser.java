package org.treatytracker.account;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.treatytracker.api.Roles;

/**
 * Someone who may write: an editor, or an admin (who also manages users). The password is kept only as a
 * bcrypt hash (Quarkus' BcryptUtil); Quarkus Security checks it on every request with Basic credentials.
 */
@Entity
@Table(name = "app_user")
@UserDefinition
public class AppUser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Username
    @Column(nullable = false, unique = true)
    private String username;

    @Password
    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @io.quarkus.security.jpa.Roles
    @Column(nullable = false)
    private String roles;

    protected AppUser() {
    }

    /** {@code hashCost} is bcrypt's log2 of rounds: each step doubles the work of every check (and of a guess). */
    public AppUser(String username, String password, boolean admin, int hashCost) {
        this.username = Objects.requireNonNull(username);
        changePassword(password, hashCost);
        // An admin is an editor too: managing users does not take away the right to edit.
        this.roles = admin ? Roles.EDITOR + "," + Roles.ADMIN : Roles.EDITOR;
    }

    public void changePassword(String password, int hashCost) {
        this.passwordHash = BcryptUtil.bcryptHash(Objects.requireNonNull(password), hashCost);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public List<String> roleNames() {
        return Arrays.asList(roles.split(","));
    }

    public boolean isAdmin() {
        return roleNames().contains(Roles.ADMIN);
    }
}
