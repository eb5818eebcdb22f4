package vn.phoihop.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;
import java.net.http.HttpTimeoutException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.events.EventJson;
import vn.phoihop.notification.contact.AgencyContact;
import vn.phoihop.notification.notification.Notification;
import vn.phoihop.notification.notification.NotificationView;
import vn.phoihop.platform.time.ServiceClock;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * POSTs the notification as JSON to the agency's system, signed so that it can check it came from us:
 * {@code X-PhoiHop-Signature: v1=<hex HMAC-SHA256 of "<timestamp>.<body>" with the agency's secret>} and
 * {@code X-PhoiHop-Timestamp} (Unix seconds; the receiver should refuse old ones to stop replays).
 */
@ApplicationScoped
public class WebhookChannel {
    public static final String TIMESTAMP = "X-PhoiHop-Timestamp";
    public static final String SIGNATURE = "X-PhoiHop-Signature";
    public static final String DELIVERY = "X-PhoiHop-Delivery";

    private static final Logger LOG = Logger.getLogger(WebhookChannel.class);

    @Inject
    ServiceClock clock;

    @Inject
    WebhookAddresses addresses;

    @Inject
    WebhookSecrets secrets;

    @ConfigProperty(name = "phoihop.webhook.timeout", defaultValue = "10s")
    Duration timeout;

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public void send(Delivery d, Notification n) throws Exception {
        prepare(d, n).run();
    }

    /** Reads the agency's secret and signs the body now; the returned sending only talks HTTP. */
    public Sending prepare(Delivery d, Notification n) {
        AgencyContact contact = AgencyContact.findById(d.agencyCode);
        if (contact == null || contact.webhookSecret == null) {
            throw new IllegalStateException("the agency has no webhook secret");
        }
        String body = EventJson.write(NotificationView.of(n));
        String timestamp = Long.toString(clock.now().getEpochSecond());
        HttpRequest request = HttpRequest.newBuilder(URI.create(d.recipient))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(TIMESTAMP, timestamp)
                .header(SIGNATURE, WebhookSignature.header(secrets.open(contact.webhookSecret), timestamp, body))
                .header(DELIVERY, d.id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        java.util.UUID id = d.id;
        String recipient = d.recipient;
        return () -> {
            // checked again right before sending, so that a name resolving elsewhere by now is refused
            Optional<String> refused = addresses.refusal(recipient);
            if (refused.isPresent()) {
                throw new IOException("refused: the webhook URL " + refused.get());
            }
            // The delivery log is shown to the agency: it says what happened in our words only, never what the
            // remote side answered (its body is not even read) nor how a connection failed; the details go to our log.
            HttpResponse<Void> response;
            try {
                response = client.send(request, HttpResponse.BodyHandlers.discarding());
            } catch (HttpTimeoutException e) {
                LOG.infof("webhook delivery %s to %s timed out: %s", id, recipient, e.getMessage());
                throw new IOException("the agency's system did not answer in time");
            } catch (IOException e) {
                LOG.infof("webhook delivery %s to %s failed: %s", id, recipient, e.toString());
                throw new IOException("the agency's system could not be reached");
            }
            if (response.statusCode() / 100 != 2) {
                throw new IOException("the agency's system answered HTTP " + response.statusCode());
            }
        };
    }
}
