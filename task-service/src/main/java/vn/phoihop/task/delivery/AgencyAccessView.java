package vn.phoihop.task.delivery;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.time.Instant;

/**
 * An agency's delivery access as an administrator sees it: our record, and what the broker really
 * holds ({@code broker}, absent in lists). {@code password} and {@code connection} appear only in the
 * answer that set the password: it is shown once and stored nowhere.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AgencyAccessView(
        String agencyCode,
        String kafkaUser,
        String topic,
        String consumerGroupPrefix,
        String status,
        Instant provisionedAt,
        Instant passwordSetAt,
        Instant revokedAt,
        String changedBy,
        BrokerState broker,
        String password,
        Connection connection) {

    /** What an agency system needs to connect, apart from the cluster CA certificate. */
    public record Connection(String bootstrapServers, String securityProtocol, String saslMechanism,
                             String username, String topic, String consumerGroupPrefix) {
    }

    static AgencyAccessView of(AgencyAccess a, BrokerState broker) {
        return new AgencyAccessView(a.agencyCode, a.kafkaUser, a.topic, AgencyNames.groupPrefix(a.agencyCode),
                a.status.name(), a.provisionedAt, a.passwordSetAt, a.revokedAt, a.changedBy, broker, null, null);
    }

    AgencyAccessView withPassword(String password, Connection connection) {
        return new AgencyAccessView(agencyCode, kafkaUser, topic, consumerGroupPrefix, status, provisionedAt,
                passwordSetAt, revokedAt, changedBy, broker, password, connection);
    }
}
