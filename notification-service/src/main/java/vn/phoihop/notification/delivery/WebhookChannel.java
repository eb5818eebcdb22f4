package vn.phoihop.notification.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
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

    @Inject
    ServiceClock clock;

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
                .header(SIGNATURE, WebhookSignature.header(contact.webhookSecret, timestamp, body))
                .header(DELIVERY, d.id.toString())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
        return () -> {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IOException("webhook answered HTTP " + response.statusCode());
            }
        };
    }
}
