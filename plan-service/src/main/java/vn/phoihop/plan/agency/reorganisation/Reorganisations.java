package vn.phoihop.plan.agency.reorganisation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.jboss.logging.Logger;
import vn.phoihop.events.AgencyChange;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.agency.AgencyData;
import vn.phoihop.plan.agency.AgencyDirectory;
import vn.phoihop.plan.agency.AgencyEvents;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Stores reorganisations and applies them: at once when dated today or earlier, else on their date
 * ({@link ReorganisationScheduler}). Applying publishes AgencyChanged for every agency touched.
 */
@ApplicationScoped
@Transactional
public class Reorganisations {
    private static final Logger LOG = Logger.getLogger(Reorganisations.class);

    @Inject
    AgencyDirectory directory;
    @Inject
    AgencyEvents events;
    @Inject
    ServiceClock clock;
    @Inject
    ObjectMapper json;

    public Reorganisation submit(ReorganisationRequest request, String requestedBy) {
        ReorganisationRules.check(request);
        Reorganisation r = new Reorganisation();
        r.id = UUID.randomUUID();
        r.kind = request.kind();
        r.effectiveOn = request.effectiveOn();
        r.decision = request.decision();
        r.request = write(request);
        r.requestedBy = requestedBy;
        r.createdAt = clock.now();
        r.status = Reorganisation.Status.SCHEDULED;
        r.persist();
        if (!r.effectiveOn.isAfter(clock.today())) {
            apply(r, request);
        }
        return r;
    }

    public Reorganisation cancel(UUID id) {
        Reorganisation r = find(id);
        if (r.status != Reorganisation.Status.SCHEDULED) {
            throw ProblemException.conflict("reorganisation " + id + " is " + r.status + ", only a scheduled one can be cancelled");
        }
        r.status = Reorganisation.Status.CANCELLED;
        return r;
    }

    public Reorganisation find(UUID id) {
        Reorganisation r = Reorganisation.findById(id);
        if (r == null) {
            throw ProblemException.notFound("reorganisation", id);
        }
        return r;
    }

    /** Ids of scheduled reorganisations whose date has come, oldest first. */
    public List<UUID> due() {
        return Reorganisation.<Reorganisation>find("status = ?1 and effectiveOn <= ?2 order by effectiveOn, createdAt",
                Reorganisation.Status.SCHEDULED, clock.today()).stream().map(r -> r.id).toList();
    }

    /** Applies one due reorganisation in its own transaction; a replica that holds its row lock gets to do it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void applyDue(UUID id) {
        List<?> locked = Reorganisation.getEntityManager().createNativeQuery(
                "select id from agency_reorganisation where id = :id and status = 'SCHEDULED' for update skip locked")
                .setParameter("id", id).getResultList();
        if (locked.isEmpty()) {
            return;
        }
        Reorganisation r = find(id);
        Reorganisation.getEntityManager().refresh(r);
        ReorganisationRequest request = read(r.request);
        try {
            ReorganisationRules.check(request);
        } catch (ProblemException e) {
            // the directory changed since it was requested: record why, change nothing
            r.status = Reorganisation.Status.FAILED;
            r.failure = e.getMessage();
            LOG.warnf("reorganisation %s of %s could not be applied: %s", r.id, r.effectiveOn, e.getMessage());
            return;
        }
        apply(r, request);
    }

    private void apply(Reorganisation r, ReorganisationRequest request) {
        for (AgencyData created : request.created()) {
            directory.register(created, r.effectiveOn);
        }
        if (r.kind == ReorganisationKind.RENAME) {
            rename(directory.find(request.agencyCodes().get(0)), request.rename(), r);
        } else {
            end(request, r);
        }
        r.status = Reorganisation.Status.APPLIED;
        r.appliedAt = clock.now();
        LOG.infof("reorganisation %s (%s, %s) applied", r.id, r.kind, r.effectiveOn);
    }

    private void rename(Agency agency, ReorganisationRequest.Rename rename, Reorganisation r) {
        agency.name = rename.name().strip();
        if (rename.shortName() != null) {
            agency.shortName = rename.shortName().isBlank() ? null : rename.shortName().strip();
        }
        if (rename.symbol() != null && !rename.symbol().isBlank()) {
            agency.symbol = rename.symbol().strip();
        }
        events.changed(agency, AgencyChange.RENAMED, r.effectiveOn);
    }

    private void end(ReorganisationRequest request, Reorganisation r) {
        List<String> successors = request.successors();
        Set<String> ended = new LinkedHashSet<>(request.agencyCodes());
        for (String code : ended) {
            Agency agency = directory.find(code);
            agency.active = false;
            agency.endedOn = r.effectiveOn;
            agency.endedBy = r.kind.change.name();
            agency.successorCodes = new ArrayList<>(successors);
            events.changed(agency, r.kind.change, r.effectiveOn);
        }
        // units below an ended agency now answer to its first successor
        String heir = successors.get(0);
        for (String code : ended) {
            for (Agency child : Agency.<Agency>list("parentCode = ?1 and active = true", code)) {
                if (!ended.contains(child.code)) {
                    child.parentCode = heir;
                    events.changed(child, AgencyChange.UPDATED, r.effectiveOn);
                }
            }
        }
        Set<String> created = new java.util.HashSet<>(request.created().stream().map(AgencyData::code).toList());
        for (String code : successors) {
            if (!created.contains(code)) {
                events.changed(directory.find(code), AgencyChange.UPDATED, r.effectiveOn);
            }
        }
    }

    public ReorganisationRequest read(String stored) {
        try {
            return json.readValue(stored, ReorganisationRequest.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored reorganisation unreadable", e);
        }
    }

    private String write(ReorganisationRequest request) {
        try {
            return json.writeValueAsString(request);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
