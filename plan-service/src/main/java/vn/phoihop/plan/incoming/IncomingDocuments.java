package vn.phoihop.plan.incoming;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import vn.phoihop.events.DocumentReceived;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.Topics;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.PlanDtos;
import vn.phoihop.plan.plan.PlanTask;
import vn.phoihop.plan.plan.Purpose;
import vn.phoihop.platform.outbox.Outbox;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.time.ServiceClock;

import java.net.URI;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Incoming documents (văn bản đến). plan-service keeps them because it alone knows a document's distribution list;
 * each recipient gets one entry per purpose when the document is issued, announced as DocumentReceived so that
 * notification-service tells those who receive it for information (b/c) or to publish (đăng tải).
 */
@ApplicationScoped
@Transactional
public class IncomingDocuments {
    @Inject
    Outbox outbox;

    @Inject
    ServiceClock clock;

    @Inject
    EntityManager em;

    /**
     * Delivers an issued document: every agency of Nơi nhận with the purpose of its line, every addressee of a task
     * (lead: thực hiện, cooperating: phối hợp), "Như trên" standing for those addressees. The issuer does not
     * receive its own document.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deliver(Plan plan) {
        Map<String, IncomingDocument> entries = new LinkedHashMap<>();
        for (PlanTask t : plan.tasks) {
            add(entries, plan, t.leadAgencyCode, Purpose.EXECUTE, null);
            t.cooperatingAgencyCodes.forEach(c -> add(entries, plan, c, Purpose.COOPERATE, null));
        }
        for (PlanDtos.Recipient r : plan.distribution()) {
            if (r.purpose() == null || r.purpose() == Purpose.AS_ABOVE) {
                continue;
            }
            for (String code : r.agencyCodes() == null ? List.<String>of() : r.agencyCodes()) {
                IncomingDocument entry = add(entries, plan, code, r.purpose(), r.name());
                if (entry != null && entry.recipientName == null) {
                    entry.recipientName = r.name();
                }
            }
        }
        for (IncomingDocument d : entries.values()) {
            d.persist();
            outbox.publish(Topics.PLAN, plan.id.toString(), EventTypes.DOCUMENT_RECEIVED, d.agencyCode,
                    new DocumentReceived(d.id, plan.id, plan.number, plan.kind.symbol, plan.issuerCode, plan.subject,
                            plan.issuedOn, d.agencyCode, d.purpose.name(), d.recipientName));
        }
    }

    private IncomingDocument add(Map<String, IncomingDocument> entries, Plan plan, String agencyCode, Purpose purpose,
                                 String recipientName) {
        if (agencyCode == null || agencyCode.equals(plan.issuerCode)) {
            return null;
        }
        return entries.computeIfAbsent(agencyCode + " " + purpose, k -> {
            IncomingDocument d = new IncomingDocument();
            d.id = UUID.randomUUID();
            d.plan = plan;
            d.agencyCode = agencyCode;
            d.purpose = purpose;
            d.recipientName = recipientName;
            d.receivedAt = clock.now();
            return d;
        });
    }

    public record Page(List<IncomingDocument> documents, long total) {
    }

    /** The agency's incoming documents, newest first; {@code q} matches subject and number without diacritics. */
    @SuppressWarnings("unchecked")
    public Page list(String agencyCode, Purpose purpose, String q, int page, int size) {
        List<String> where = new ArrayList<>(List.of("d.agency_code = :agency"));
        Map<String, Object> params = new LinkedHashMap<>(Map.of("agency", agencyCode));
        if (purpose != null) {
            where.add("d.purpose = :purpose");
            params.put("purpose", purpose.name());
        }
        if (q != null && !q.isBlank()) {
            int n = 0;
            for (String word : Normalizer.normalize(q, Normalizer.Form.NFC).split("[^\\p{L}\\p{N}]+")) {
                if (!word.isEmpty()) {
                    where.add("plan_fold(p.subject || ' ' || coalesce(p.number, '')) ~ ('\\m' || plan_fold(:q" + n + ") || '\\M')");
                    params.put("q" + n++, word);
                }
            }
        }
        String from = " from incoming_document d join plan p on p.id = d.plan_id where " + String.join(" and ", where);
        Query count = em.createNativeQuery("select count(*)" + from);
        Query ids = em.createNativeQuery("select d.id" + from + " order by d.received_at desc, p.issued_on desc, d.id")
                .setFirstResult(page * size).setMaxResults(size);
        params.forEach((name, value) -> {
            count.setParameter(name, value);
            ids.setParameter(name, value);
        });
        long total = ((Number) count.getSingleResult()).longValue();
        List<IncomingDocument> documents = ((List<Object>) ids.getResultList()).stream()
                .map(id -> IncomingDocument.<IncomingDocument>findById(id instanceof UUID u ? u : UUID.fromString(id.toString())))
                .toList();
        return new Page(documents, total);
    }

    /** One of the agency's incoming documents; another agency's is not there (404). */
    public IncomingDocument find(UUID id, String agencyCode) {
        IncomingDocument d = IncomingDocument.findById(id);
        if (d == null || !d.agencyCode.equals(agencyCode)) {
            throw ProblemException.notFound("incoming document", id);
        }
        return d;
    }

    /** A recipient asked to publish (đăng tải) says where it did: an http(s) address. */
    public IncomingDocument published(UUID id, String agencyCode, String url) {
        IncomingDocument d = find(id, agencyCode);
        if (d.purpose != Purpose.PUBLISH) {
            throw ProblemException.conflict("the document was sent to " + agencyCode + " for "
                    + IncomingDocumentView.label(d.purpose) + ", not to publish (đăng tải)");
        }
        URI address;
        try {
            address = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("url", "not an address: " + e.getMessage());
        }
        if (address.getScheme() == null || !List.of("http", "https").contains(address.getScheme().toLowerCase())
                || address.getHost() == null) {
            throw ProblemException.invalid("url", "must be the http(s) address of the published page, e.g. "
                    + "https://baodaknong.vn/tuyen-truyen-phong-chong-mua-ban-nguoi.html");
        }
        d.publishedUrl = address.toString();
        d.publishedAt = clock.now();
        return d;
    }
}
