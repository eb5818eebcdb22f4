package vn.phoihop.task.delivery;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.admin.UserScramCredentialDeletion;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.admin.UserScramCredentialsDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AccessControlEntryFilter;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclBindingFilter;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.ResourceNotFoundException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourcePatternFilter;
import org.apache.kafka.common.quota.ClientQuotaAlteration;
import org.apache.kafka.common.quota.ClientQuotaEntity;
import org.apache.kafka.common.quota.ClientQuotaFilter;
import org.apache.kafka.common.quota.ClientQuotaFilterComponent;
import org.apache.kafka.common.resource.ResourceType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.Function;

/**
 * The broker side of an agency's access, through the Kafka Admin API: its delivery topic, its
 * SCRAM-SHA-512 user and the ACLs that let it read that topic only. Every operation is idempotent, so a
 * provisioning that failed half-way is repaired by running it again. Failures become
 * {@link BrokerProblems}: clear problem+json answers, never a stack trace.
 */
@ApplicationScoped
public class BrokerAccess {
    static final ScramMechanism MECHANISM = ScramMechanism.SCRAM_SHA_512;
    /** Kafka accepts 4096–16384; 8192 is what Strimzi's User Operator uses too. */
    static final int SCRAM_ITERATIONS = 8192;

    /**
     * An outside system must not starve the services: 1 MiB/s of fetches and 10 % of the broker's request
     * threads per agency user (the same as the Strimzi example in deploy/k8s/agency-delivery.yaml).
     */
    static final Map<String, Double> QUOTAS = Map.of("consumer_byte_rate", 1_048_576.0, "request_percentage", 10.0);

    @Inject
    DeliveryConfig config;

    /** Fails before anything is changed when the broker cannot enforce ACLs at all. */
    public void requireAuthorizer() {
        run(admin -> admin.describeAcls(aclsOf("requireAuthorizer-probe")).values());
    }

    public void ensureTopic(String code) {
        NewTopic topic = new NewTopic(AgencyNames.topic(code), Optional.of(config.topic().partitions()),
                config.topic().replicationFactor())
                .configs(Map.of(TopicConfig.RETENTION_MS_CONFIG, Long.toString(config.topic().retentionMs()),
                        TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
        try {
            run(admin -> admin.createTopics(List.of(topic)).all());
        } catch (BrokerProblems.AlreadyThere e) {
            // kept from an earlier provisioning (revoking keeps the topic and its backlog)
        }
    }

    /** Sets the user's password, creating the user if needed. Kafka keeps only the salted SCRAM hash. */
    public void setPassword(String code, String password) {
        UserScramCredentialUpsertion upsert = new UserScramCredentialUpsertion(AgencyNames.user(code),
                new ScramCredentialInfo(MECHANISM, SCRAM_ITERATIONS), password);
        run(admin -> admin.alterUserScramCredentials(List.of(upsert)).all());
    }

    /** Read and describe its own topic (literal name); its own consumer groups (prefixed). */
    public void grant(String code) {
        String principal = AgencyNames.principal(code);
        ResourcePattern topic = new ResourcePattern(ResourceType.TOPIC, AgencyNames.topic(code), PatternType.LITERAL);
        ResourcePattern groups = new ResourcePattern(ResourceType.GROUP, AgencyNames.groupPrefix(code), PatternType.PREFIXED);
        List<AclBinding> acls = List.of(
                new AclBinding(topic, allow(principal, AclOperation.READ)),
                new AclBinding(topic, allow(principal, AclOperation.DESCRIBE)),
                new AclBinding(groups, allow(principal, AclOperation.READ)),
                new AclBinding(groups, allow(principal, AclOperation.DESCRIBE)));
        run(admin -> admin.createAcls(acls).all());
        setQuotas(code, true);
    }

    private void setQuotas(String code, boolean on) {
        List<ClientQuotaAlteration.Op> ops = QUOTAS.entrySet().stream()
                .map(q -> new ClientQuotaAlteration.Op(q.getKey(), on ? q.getValue() : null)).toList();
        ClientQuotaAlteration alteration = new ClientQuotaAlteration(userEntity(code), ops);
        run(admin -> admin.alterClientQuotas(List.of(alteration)).all());
    }

    private static ClientQuotaEntity userEntity(String code) {
        return new ClientQuotaEntity(Map.of(ClientQuotaEntity.USER, AgencyNames.user(code)));
    }

    /** Removes every ACL of the agency's user and its SCRAM credentials; the topic and its data stay. */
    public void revoke(String code) {
        run(admin -> admin.deleteAcls(List.of(aclsOf(AgencyNames.user(code)))).all());
        setQuotas(code, false);
        try {
            run(admin -> admin.alterUserScramCredentials(List.of(
                    new UserScramCredentialDeletion(AgencyNames.user(code), MECHANISM))).all());
        } catch (BrokerProblems.NotThere e) {
            // no credentials left: already revoked
        }
    }

    public BrokerState describe(String code) {
        int partitions = 0;
        try {
            Map<String, TopicDescription> topics = run(admin -> admin.describeTopics(List.of(AgencyNames.topic(code))).allTopicNames());
            partitions = topics.get(AgencyNames.topic(code)).partitions().size();
        } catch (BrokerProblems.NotThere e) {
            // no topic
        }
        List<String> mechanisms = new ArrayList<>();
        try {
            Map<String, UserScramCredentialsDescription> users =
                    run(admin -> admin.describeUserScramCredentials(List.of(AgencyNames.user(code))).all());
            users.values().forEach(u -> u.credentialInfos().forEach(i -> mechanisms.add(i.mechanism().mechanismName())));
        } catch (BrokerProblems.NotThere e) {
            // no credentials
        }
        List<String> acls = run(admin -> admin.describeAcls(aclsOf(AgencyNames.user(code))).values()).stream()
                .map(BrokerAccess::describe).sorted().toList();
        Map<String, Double> quotas = run(admin -> admin.describeClientQuotas(ClientQuotaFilter.containsOnly(List.of(
                ClientQuotaFilterComponent.ofEntity(ClientQuotaEntity.USER, AgencyNames.user(code))))).entities())
                .getOrDefault(userEntity(code), Map.of());
        return new BrokerState(partitions > 0, partitions, List.copyOf(mechanisms), acls, new java.util.TreeMap<>(quotas));
    }

    private static String describe(AclBinding acl) {
        return acl.entry().permissionType() + " " + acl.entry().operation() + " " + acl.pattern().resourceType() + " "
                + acl.pattern().patternType() + " " + acl.pattern().name();
    }

    private static AccessControlEntry allow(String principal, AclOperation operation) {
        return new AccessControlEntry(principal, "*", operation, AclPermissionType.ALLOW);
    }

    private static AclBindingFilter aclsOf(String user) {
        return new AclBindingFilter(ResourcePatternFilter.ANY,
                new AccessControlEntryFilter("User:" + user, null, AclOperation.ANY, AclPermissionType.ANY));
    }

    private <T> T run(Function<Admin, KafkaFuture<T>> operation) {
        try (Admin admin = Admin.create(adminProperties())) {
            return operation.apply(admin).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw BrokerProblems.unavailable(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof TopicExistsException) {
                throw new BrokerProblems.AlreadyThere();
            }
            if (cause instanceof UnknownTopicOrPartitionException || cause instanceof ResourceNotFoundException) {
                throw new BrokerProblems.NotThere();
            }
            throw BrokerProblems.of(cause);
        } catch (org.apache.kafka.common.KafkaException e) {
            throw BrokerProblems.of(e);
        }
    }

    Map<String, Object> adminProperties() {
        DeliveryConfig.Admin a = config.admin();
        Map<String, Object> p = new HashMap<>();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, a.bootstrapServers());
        p.put(AdminClientConfig.CLIENT_ID_CONFIG, "task-service-delivery-admin");
        p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, a.timeoutMs());
        p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, a.timeoutMs());
        a.securityProtocol().ifPresent(v -> p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, v));
        a.saslMechanism().ifPresent(v -> p.put(SaslConfigs.SASL_MECHANISM, v));
        a.saslJaasConfig().ifPresent(v -> p.put(SaslConfigs.SASL_JAAS_CONFIG, v));
        a.sslTruststoreLocation().ifPresent(v -> p.put(SslConfigs.SSL_TRUSTSTORE_LOCATION_CONFIG, v));
        a.sslTruststoreType().ifPresent(v -> p.put(SslConfigs.SSL_TRUSTSTORE_TYPE_CONFIG, v));
        return p;
    }
}
