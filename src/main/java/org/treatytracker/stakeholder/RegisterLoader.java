package org.treatytracker.stakeholder;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.treatytracker.config.TreatyConfig;

/**
 * Loads the stakeholder register shipped as data (register/stakeholders.json: every UN Member State and
 * observer State, the European Union, negotiating groups, UN bodies) at start-up, adding only the entries
 * whose name is not stored yet: an editor's changes to an entry are never overwritten, and a second start
 * adds nothing. It goes through StakeholderService, so every entry is validated and audited like an
 * editor's.
 */
@ApplicationScoped
public class RegisterLoader {

    public static final String REGISTER = "register/stakeholders.json";
    private static final Logger LOG = Logger.getLogger(RegisterLoader.class);

    /** The file's shape: three lists of entries. */
    record Register(List<Entry> states, List<Entry> groups, List<Entry> organizations) {
    }

    /** One stakeholder; members are ISO codes of States in the same file. */
    record Entry(String name, StakeholderKind kind, String isoCode, Boolean group, List<String> aliases, List<String> members) {
    }

    @Inject
    TreatyConfig config;

    @Inject
    ObjectMapper json;

    @Inject
    StakeholderService stakeholders;

    @Inject
    StakeholderRepository repository;

    /** Before the seed (an earlier priority), whose reports name stakeholders of the register. */
    void onStart(@Observes @Priority(1000) StartupEvent event) {
        if (!config.register().enabled()) {
            return;
        }
        if (!config.register().inBackground() || QuarkusTransaction.requiringNew().call(repository::count) == 0) {
            load(); // a first start: the seed and the first imports need the register's names
            return;
        }
        // Off the start path: on a cold JVM the check (the register read, every stakeholder's names, the first
        // queries) took about 1.1 s of a 3 s start, and a later start rarely adds anything. Entries appear a moment later.
        Thread loader = new Thread(this::load, "stakeholder-register");
        loader.setDaemon(true);
        loader.start();
    }

    private void load() {
        try {
            int added = loadMissing();
            LOG.infof("stakeholder register %s: %d entries added", REGISTER, added);
        } catch (RuntimeException e) {
            // Nothing is stored half-written (one transaction); the next start tries again.
            LOG.errorf(e, "stakeholder register %s not loaded", REGISTER);
        }
    }

    /**
     * Adds the entries of the register that are missing; answers how many it added. An entry is there when a
     * stakeholder already answers to its name or one of its aliases, so an entry an editor renamed is not
     * added again under its old name.
     */
    @Transactional
    public int loadMissing() {
        Register register = read();
        StakeholderNames.Index<Long> known = stakeholders.names();
        Map<String, Long> idByIso = new HashMap<>();
        int added = 0;
        List<Entry> all = new ArrayList<>(register.states());
        all.addAll(register.groups());
        all.addAll(register.organizations());
        for (Entry entry : all) {
            List<String> aliases = entry.aliases() == null ? List.of() : entry.aliases();
            Long id = known.find(entry.name())
                    .or(() -> aliases.stream().map(known::find).flatMap(Optional::stream).findFirst()).orElse(null);
            if (id == null) {
                List<Long> memberIds = entry.members() == null ? null : entry.members().stream().map(iso -> {
                    Long member = idByIso.get(iso);
                    if (member == null) {
                        throw new IllegalStateException("register group " + entry.name() + " names unknown member " + iso);
                    }
                    return member;
                }).toList();
                id = stakeholders.create(new StakeholderDto.Request(entry.name(), entry.kind(), entry.isoCode(), entry.group(),
                        memberIds, aliases)).getId();
                known.add(id, entry.name(), aliases);
                added++;
            }
            if (entry.isoCode() != null) {
                idByIso.put(entry.isoCode(), id);
            }
        }
        return added;
    }

    private Register read() {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(REGISTER)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + REGISTER);
            }
            // The file also names its sources and, per group, where its members come from: read past them.
            return json.copy().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false).readValue(in, Register.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
