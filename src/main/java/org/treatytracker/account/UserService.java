package org.treatytracker.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.treatytracker.api.ProblemException;

/**
 * Manages editors and admins. The first admin comes from configuration (TREATY_ADMIN_PASSWORD) at the first
 * start of an empty user table; no default password ships, so a server without one has no writers.
 */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Logger LOG = Logger.getLogger(UserService.class);

    @Inject
    AppUserRepository users;

    @ConfigProperty(name = "treaty.admin.username", defaultValue = "admin")
    String adminUsername;

    /** Optional: SmallRye Config treats an empty value as missing, and a server without it must still start. */
    @ConfigProperty(name = "treaty.admin.password")
    Optional<String> adminPassword;

    void onStart(@Observes StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        String password = adminPassword.filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            LOG.warn("READ-ONLY: no user exists and TREATY_ADMIN_PASSWORD is not set, so nobody can write; "
                    + "restart with TREATY_ADMIN_PASSWORD to create the first admin");
            return;
        }
        users.persist(new AppUser(adminUsername, password, true));
        LOG.infof("created the first admin, '%s'", adminUsername);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<UserDto.View> list() {
        return users.list("order by username").stream().map(UserDto.View::of).toList();
    }

    public AppUser create(UserDto.Create request) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("a user named '" + request.username() + "' already exists");
        }
        AppUser user = new AppUser(request.username(), request.password(), Boolean.TRUE.equals(request.admin()));
        users.persist(user);
        return user;
    }

    public void changePassword(String username, String password) {
        get(username).changePassword(password);
    }

    public void delete(String username, String self) {
        AppUser user = get(username);
        if (username.equals(self)) {
            throw ProblemException.conflict("an admin cannot delete their own account");
        }
        users.delete(user);
    }

    private AppUser get(String username) {
        return users.findByUsername(username).orElseThrow(() -> ProblemException.notFound("user", username));
    }
}
