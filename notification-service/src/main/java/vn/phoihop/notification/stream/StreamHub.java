package vn.phoihop.notification.stream;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import vn.phoihop.events.EventJson;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;

/**
 * This instance's side of the live streams: LISTENs on PostgreSQL's {@value StreamNotifier#CHANNEL} over
 * its own connection and broadcasts each message to the SSE clients connected here. Reconnects after
 * a lost connection; what was notified meanwhile is in the inbox (GET /notifications).
 */
@ApplicationScoped
public class StreamHub {
    private static final Logger LOG = Logger.getLogger(StreamHub.class);

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private final BroadcastProcessor<StreamMessage> processor = BroadcastProcessor.create();
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;

    void start(@Observes StartupEvent ignored) {
        running = true;
        listener = new Thread(this::listen, "stream-listener");
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent ignored) {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }

    /**
     * The messages, for one more client. Each client gets its own buffer: a broadcast processor ends a
     * subscriber that has no outstanding demand at the moment of an item (BackPressureFailure), and an
     * SSE client's demand lags while its previous event is being written.
     */
    public Multi<StreamMessage> messages() {
        return processor.onOverflow().buffer(CLIENT_BUFFER);
    }

    /** Items a slow client may lag behind before its stream ends (it reconnects; the inbox has them all). */
    static final int CLIENT_BUFFER = 1024;

    /** Whether the LISTEN connection is up (tests wait for it before they expect messages). */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, user, password.orElse(""));
                 Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + StreamNotifier.CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                listening = true;
                while (running) {
                    PGNotification[] received = pg.getNotifications(500);
                    if (received != null) {
                        for (PGNotification n : received) {
                            publish(n.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (running) {
                    LOG.warn("live stream listener lost its connection; reconnecting", e);
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
        listening = false;
    }

    private void publish(String json) {
        try {
            processor.onNext(EventJson.MAPPER.readValue(json, StreamMessage.class));
        } catch (Exception e) {
            LOG.warn("unreadable live stream message skipped: " + json, e);
        }
    }
}
