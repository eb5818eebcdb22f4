package vn.phoihop.task.delivery;

import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.GroupAuthorizationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.junit.jupiter.api.Test;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.testing.KafkaBroker;

import java.util.List;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.instanceOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The broker itself keeps agencies apart: a real broker with SCRAM-SHA-512 and the standard authorizer,
 * agencies provisioned through {@link BrokerAccess}, and their credentials used as an agency system would.
 */
class BrokerIsolationTest {
    static final String NEWSPAPER = "DKN.BAODAKNONG";       // Báo Đắk Nông
    static final String STATION = "DKN.DAIPTTH";            // Đài Phát thanh - Truyền hình tỉnh

    @Test
    void eachAgencyReadsOnlyItsOwnTopicAndLosesAccessWhenRevoked() {
        BrokerAccess broker = Brokers.access(SecureKafka.plaintext());
        broker.requireAuthorizer();
        String newspaperPassword = AgencyAccessService.newPassword();
        String stationPassword = AgencyAccessService.newPassword();
        for (String code : List.of(NEWSPAPER, STATION)) {
            broker.ensureTopic(code);
            broker.setPassword(code, code.equals(NEWSPAPER) ? newspaperPassword : stationPassword);
            broker.grant(code);
        }
        AgencyClients.write(AgencyNames.topic(NEWSPAPER), NEWSPAPER, "Báo Đắk Nông: giao nhiệm vụ tuyên truyền");
        AgencyClients.write(AgencyNames.topic(STATION), STATION, "Đài PT-TH tỉnh: giao nhiệm vụ chủ trì");

        // each reads its own
        assertEquals("Báo Đắk Nông: giao nhiệm vụ tuyên truyền", AgencyClients.read(NEWSPAPER, newspaperPassword,
                AgencyNames.topic(NEWSPAPER), r -> true).value());
        assertEquals(STATION, AgencyClients.read(STATION, stationPassword, AgencyNames.topic(STATION), r -> true).key());

        // and the broker refuses the other's topic, and every agency's shared event topic
        assertThat(AgencyClients.refusal(NEWSPAPER, newspaperPassword, AgencyNames.topic(STATION)),
                instanceOf(TopicAuthorizationException.class));
        assertThat(AgencyClients.refusal(NEWSPAPER, newspaperPassword, Topics.TASK),
                instanceOf(TopicAuthorizationException.class));
        // a wrong password does not log in
        assertThat(AgencyClients.refusal(NEWSPAPER, stationPassword, AgencyNames.topic(NEWSPAPER)),
                instanceOf(SaslAuthenticationException.class));

        BrokerState state = broker.describe(NEWSPAPER);
        assertTrue(state.topicExists());
        assertEquals(List.of("SCRAM-SHA-512"), state.scramMechanisms());
        assertEquals(List.of(
                "ALLOW DESCRIBE GROUP PREFIXED agency-dkn-baodaknong.",
                "ALLOW DESCRIBE TOPIC LITERAL phoihop.inbox.DKN.BAODAKNONG",
                "ALLOW READ GROUP PREFIXED agency-dkn-baodaknong.",
                "ALLOW READ TOPIC LITERAL phoihop.inbox.DKN.BAODAKNONG"), state.acls());
        assertEquals(java.util.Map.of("consumer_byte_rate", 1_048_576.0, "request_percentage", 10.0), state.quotas());

        // rotation: the old password stops working, the new one reads
        String rotated = AgencyAccessService.newPassword();
        broker.setPassword(NEWSPAPER, rotated);
        assertThat(AgencyClients.eventuallyRefused(NEWSPAPER, newspaperPassword, AgencyNames.topic(NEWSPAPER)),
                instanceOf(SaslAuthenticationException.class));
        AgencyClients.read(NEWSPAPER, rotated, AgencyNames.topic(NEWSPAPER), r -> true);

        // revocation: refused from then on; the other agency is unaffected
        broker.revoke(NEWSPAPER);
        KafkaException refused = AgencyClients.eventuallyRefused(NEWSPAPER, rotated, AgencyNames.topic(NEWSPAPER));
        assertThat(refused, instanceOf(SaslAuthenticationException.class));
        BrokerState revoked = broker.describe(NEWSPAPER);
        assertEquals(List.of(), revoked.acls());
        assertEquals(List.of(), revoked.scramMechanisms());
        assertEquals(java.util.Map.of(), revoked.quotas());
        assertTrue(revoked.topicExists(), "the topic and its backlog are kept");
        AgencyClients.read(STATION, stationPassword, AgencyNames.topic(STATION), r -> true);
        broker.revoke(NEWSPAPER);   // revoking twice is harmless
    }

    @Test
    void anAgencyMayUseOnlyConsumerGroupsOfItsOwnPrefix() {
        BrokerAccess broker = Brokers.access(SecureKafka.plaintext());
        String code = "DKN.CUJUT";
        String password = AgencyAccessService.newPassword();
        broker.ensureTopic(code);
        broker.setPassword(code, password);
        broker.grant(code);
        AgencyClients.write(AgencyNames.topic(code), code, "UBND huyện Cư Jút");
        AgencyClients.read(code, password, AgencyNames.topic(code), r -> true);

        // the commune office under it (DKN.CUJUT.PVHTT) has groups "agency-dkn-cujut-pvhtt.…": not this prefix
        assertFalse(("agency-dkn-cujut-pvhtt.reader").startsWith(AgencyNames.groupPrefix(code)));
        KafkaException refused = AgencyClients.refusalInGroup(code, password, AgencyNames.topic(code),
                AgencyNames.groupPrefix("DKN.CUJUT.PVHTT") + "reader");
        assertThat(refused, instanceOf(GroupAuthorizationException.class));
    }

    @Test
    void aBrokerWithoutAnAuthorizerIsAClearProblemAndNothingIsProvisioned() {
        BrokerAccess plain = Brokers.access(KafkaBroker.bootstrapServers());
        ProblemException problem = assertThrows(ProblemException.class, plain::requireAuthorizer);
        assertEquals(503, problem.status());
        assertThat(problem.title(), containsString("authorizer"));
        assertThat(problem.getMessage(), containsString("authorizer.class.name"));
    }
}
