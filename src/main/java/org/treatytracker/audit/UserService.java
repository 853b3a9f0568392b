package org.treatytracker.audit;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
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

    @ConfigProperty(name = "treaty.admin.password", defaultValue = "")
    String adminPassword;

    void onStart(@Observes StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        if (adminPassword == null || adminPassword.isBlank()) {
            LOG.warn("no user exists and TREATY_ADMIN_PASSWORD is not set: the API is read-only until an admin is configured");
            return;
        }
        users.persist(new AppUser(adminUsername, adminPassword, true));
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
