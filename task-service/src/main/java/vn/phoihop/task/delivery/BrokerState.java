package vn.phoihop.task.delivery;

import java.util.List;
import java.util.Map;

/**
 * What the broker itself holds for one agency, read back rather than remembered.
 *
 * @param topicExists   the delivery topic exists
 * @param partitions    its partition count, 0 when absent
 * @param scramMechanisms the SCRAM mechanisms the agency's user has credentials for (empty: cannot log in)
 * @param acls          the user's ACLs, e.g. {@code ALLOW READ TOPIC LITERAL phoihop.inbox.DKN.BAODAKNONG}
 * @param quotas        the user's client quotas, e.g. {@code consumer_byte_rate=1048576.0}
 */
public record BrokerState(boolean topicExists, int partitions, List<String> scramMechanisms, List<String> acls,
                          Map<String, Double> quotas) {
}
