package org.treatytracker.account;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.treatytracker.api.Page;
import org.treatytracker.api.PageRequest;
import org.treatytracker.api.ProblemException;
import org.treatytracker.config.TreatyConfig;

/**
 * Manages editors and admins. The first admin comes from configuration (TREATY_ADMIN_PASSWORD) at the first
 * start of an empty user table; no default password ships, so a server without one has no writers. Every
 * password set here must pass the {@link PasswordPolicy}, the first admin's too.
 */
@ApplicationScoped
@Transactional
public class UserService {

    private static final Map<String, String> SORT = Map.of("username", "u.username");

    private static final Logger LOG = Logger.getLogger(UserService.class);

    @Inject
    AppUserRepository users;

    @Inject
    TreatyConfig config;

    void onStart(@Observes StartupEvent event) {
        if (users.count() > 0) {
            return;
        }
        // Optional: SmallRye Config treats an empty value as missing, and a server without it must still start.
        String password = config.admin().password().filter(p -> !p.isBlank()).orElse(null);
        if (password == null) {
            LOG.warn("READ-ONLY: no user exists and TREATY_ADMIN_PASSWORD is not set, so nobody can write; "
                    + "restart with TREATY_ADMIN_PASSWORD to create the first admin");
            return;
        }
        String username = config.admin().username();
        Optional<String> refusal = PasswordPolicy.refusal(username, password);
        if (refusal.isPresent()) {
            // Still start, read-only: refusing to start would take the public reads down with the writes.
            LOG.errorf("READ-ONLY: TREATY_ADMIN_PASSWORD is refused, so the first admin was not created; restart with a "
                    + "stronger one. Why: %s", refusal.get());
            return;
        }
        users.persist(new AppUser(username, password, true, config.passwordHashCost()));
        LOG.infof("created the first admin, '%s'", username);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<UserDto.View> list(PageRequest page) {
        return page.of(users.find("from AppUser u" + page.orderBy(SORT, "username", "u.id")), users.count(), UserDto.View::of);
    }

    public AppUser create(UserDto.Create request) {
        if (users.findByUsername(request.username()).isPresent()) {
            throw ProblemException.conflict("a user named '" + request.username() + "' already exists");
        }
        requireStrong(request.username(), request.password());
        AppUser user = new AppUser(request.username(), request.password(), Boolean.TRUE.equals(request.admin()), config.passwordHashCost());
        users.persist(user);
        return user;
    }

    public void changePassword(String username, String password) {
        AppUser user = get(username);
        requireStrong(username, password);
        user.changePassword(password, config.passwordHashCost());
    }

    /** A weak password is well-formed but refused by policy: 422, with zxcvbn's reasons in the detail. */
    private static void requireStrong(String username, String password) {
        PasswordPolicy.refusal(username, password).ifPresent(why -> {
            throw ProblemException.unprocessable("password", why);
        });
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
