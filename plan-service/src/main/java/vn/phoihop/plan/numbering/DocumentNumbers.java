package vn.phoihop.plan.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Allocates document numbers (số): sequential per issuer, kind and calendar year (Asia/Ho_Chi_Minh),
 * restarting at 1 on 1 January. The upsert locks the sequence row until the issuing transaction ends, so
 * concurrent issues queue up; a rolled-back issue releases its number. No gaps, no duplicates.
 */
@ApplicationScoped
public class DocumentNumbers {
    @Inject
    EntityManager em;

    /** The next sequence number, e.g. 45 for the 45th plan (kind KH) the issuer issues in {@code year}. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int next(String issuerCode, String kind, int year) {
        Number n = (Number) em.createNativeQuery("""
                        insert into document_number_sequence (issuer_code, kind, year, last_number)
                        values (:issuer, :kind, :year, 1)
                        on conflict (issuer_code, kind, year)
                        do update set last_number = document_number_sequence.last_number + 1
                        returning last_number""")
                .setParameter("issuer", issuerCode)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .getSingleResult();
        return n.intValue();
    }

    /**
     * A document issued on paper with number {@code n} is entered: the register continues after it, so the
     * next allocated number is never one the paper register already used.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void registered(String issuerCode, String kind, int year, int n) {
        em.createNativeQuery("""
                        insert into document_number_sequence (issuer_code, kind, year, last_number)
                        values (:issuer, :kind, :year, :n)
                        on conflict (issuer_code, kind, year)
                        do update set last_number = greatest(document_number_sequence.last_number, :n)""")
                .setParameter("issuer", issuerCode)
                .setParameter("kind", kind)
                .setParameter("year", year)
                .setParameter("n", n)
                .executeUpdate();
    }
}
