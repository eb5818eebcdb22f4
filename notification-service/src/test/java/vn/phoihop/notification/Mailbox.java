package vn.phoihop.notification;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;

import static org.awaitility.Awaitility.await;

/** Reads a recipient's mailbox on the test SMTP server over IMAP, decoding subject and body. */
final class Mailbox {
    record Mail(String subject, String body, List<String> to) {
    }

    /** Everything delivered to {@code address} so far (GreenMail logs in with the address as password). */
    static List<Mail> of(String address) {
        int port = ConfigProvider.getConfig().getValue("phoihop.test.imap-port", Integer.class);
        try {
            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", port, address, address);
            try {
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                List<Mail> mails = new ArrayList<>();
                for (Message m : inbox.getMessages()) {
                    mails.add(new Mail(m.getSubject(), text(m),
                            Arrays.stream(m.getAllRecipients()).map(Object::toString).toList()));
                }
                inbox.close(false);
                return mails;
            } finally {
                store.close();
            }
        } catch (jakarta.mail.AuthenticationFailedException noMailYet) {
            return List.of(); // the account appears with its first mail
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the mailbox of " + address, e);
        }
    }

    /** Waits (bounded) until a mail matching {@code which} arrived, and returns it. */
    static Mail awaitMail(String address, Predicate<Mail> which) {
        await().atMost(Inboxes.PATIENCE).until(() -> of(address).stream().anyMatch(which));
        return of(address).stream().filter(which).findFirst().orElseThrow();
    }

    static long count(String address, Predicate<Mail> which) {
        return of(address).stream().filter(which).count();
    }

    private static String text(Part part) throws Exception {
        Object content = part.getContent();
        if (content instanceof String s) {
            return s;
        }
        if (content instanceof Multipart multipart) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < multipart.getCount(); i++) {
                text.append(text(multipart.getBodyPart(i)));
            }
            return text.toString();
        }
        return "";
    }

    private Mailbox() {
    }
}
