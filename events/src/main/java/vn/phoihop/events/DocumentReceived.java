package vn.phoihop.events;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An agency named in a document's distribution list (Nơi nhận) or among its addressees received it as an incoming
 * document (văn bản đến), with the reason the list gives. One event per recipient, so that none grows with the
 * list. Key: plan id; CloudEvents subject: the recipient agency.
 *
 * @param incomingId    the incoming document's id at plan-service ({@code /incoming-documents/{id}})
 * @param documentKind  Decree 30/2020 kind symbol: KH, CV (công văn), QĐ …
 * @param purpose       EXECUTE (t/h thực hiện), COOPERATE (p/h phối hợp), INFORMATION (b/c để báo cáo, để biết),
 *                      PUBLISH (đăng tải on its portal) or ARCHIVE (lưu)
 * @param recipientName the line of Nơi nhận as written ("UBND tỉnh (b/c)"), if it came from one
 */
public record DocumentReceived(
        UUID incomingId,
        UUID planId,
        String number,
        String documentKind,
        String issuerCode,
        String subject,
        LocalDate issuedOn,
        String agencyCode,
        String purpose,
        String recipientName) {
}
