package vn.phoihop.notification.delivery;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import vn.phoihop.notification.contact.AgencyName;
import vn.phoihop.notification.notification.Notification;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** E-mail over SMTP (Quarkus Mailer); subject and body in Vietnamese from Qute templates. */
@ApplicationScoped
public class EmailChannel {
    @Inject
    Mailer mailer;

    @Location("mail/subject.txt")
    Template subject;

    @Location("mail/body.txt")
    Template body;

    public void send(String address, Notification n) throws Exception {
        prepare(address, n).run();
    }

    /**
     * Renders the mail now (reading the agency's name); the returned sending only talks SMTP. The Message-ID is the
     * delivery's own (notification and address), so a mail sent again after a crash between the SMTP server's
     * acceptance and the commit (SMTP cannot be exactly-once) is the same message, which mail systems show once.
     */
    public Sending prepare(String address, Notification n) {
        String agencyName = AgencyName.of(n.agencyCode);
        String subjectText = subject.data("title", n.title).render().strip();
        String text = body.data("title", n.title).data("body", n.body).data("agencyName", agencyName).render();
        Mail mail = Mail.withText(address, subjectText, text);
        mail.addHeader("Message-ID", messageId(n, address));
        return () -> mailer.send(mail);
    }

    /** {@code <notification id>.<name-based UUID of the address>@phoihop}: one per delivery, the same on every attempt. */
    static String messageId(Notification n, String address) {
        return "<" + n.id + "." + UUID.nameUUIDFromBytes(address.getBytes(StandardCharsets.UTF_8)) + "@phoihop>";
    }
}
