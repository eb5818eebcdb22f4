package vn.phoihop.plan.numbering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import java.time.LocalDate;

/**
 * Allocates document numbers (số): sequential per issuer, kind and calendar year, restarting at 1 on
 * 1 January. The upsert locks the sequence row until the issuing transaction ends, so concurrent
 * issues queue up; a rolled-back issue releases its number. No gaps, no duplicates.
 */
@ApplicationScoped
public class DocumentNumbers {
    @Inject
    EntityManager em;

    /** E.g. {@code 45/KH-STTTT} for the 45th plan the department issues in that year. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String next(String issuerCode, String issuerSymbol, String kind, LocalDate issuedOn) {
        Number n = (Number) em.createNativeQuery("""
                        insert into document_number_sequence (issuer_code, kind, year, last_number)
                        values (:issuer, :kind, :year, 1)
                        on conflict (issuer_code, kind, year)
                        do update set last_number = document_number_sequence.last_number + 1
                        returning last_number""")
                .setParameter("issuer", issuerCode)
                .setParameter("kind", kind)
                .setParameter("year", issuedOn.getYear())
                .getSingleResult();
        return n.intValue() + "/" + kind + "-" + issuerSymbol;
    }
}
