package vn.phoihop.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.databind.MappingIterator;
import org.junit.jupiter.api.Test;
import vn.phoihop.testing.Stack;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The Kafka users of deploy/k8s/kafka-users.yaml grant each service exactly what its configuration consumes:
 * Read on every topic an incoming channel reads and on that channel's consumer group, Write on its dead-letter
 * topics, and no Read beyond that. Read from the services' application.properties (with the platform's shared
 * defaults), so that a new channel without its ACLs, or an ACL left behind, fails here rather than in a cluster.
 */
class KafkaAclTest {
    static final Path ROOT = Stack.repositoryRoot();
    static final Pattern INCOMING = Pattern.compile("mp\\.messaging\\.incoming\\.([^.]+)\\.connector");

    record Acl(String type, String name, String pattern, String operation) {
    }

    @Test
    void everyServiceMayReadWhatItConsumesAndNothingElse() throws IOException {
        Map<String, List<Acl>> users = users();
        List<String> problems = new ArrayList<>();
        for (String service : Stack.SERVICES) {
            Properties config = config(service);
            Set<String> readTopics = new TreeSet<>();
            Set<String> groups = new TreeSet<>();
            Set<String> writeTopics = new TreeSet<>();
            for (String key : config.stringPropertyNames()) {
                Matcher m = INCOMING.matcher(key);
                if (!m.matches() || !"smallrye-kafka".equals(value(config, key))) {
                    continue;
                }
                String channel = m.group(1);
                String prefix = "mp.messaging.incoming." + channel + ".";
                String topic = config.getProperty(prefix + "topic") != null ? value(config, prefix + "topic") : channel;
                String group = firstOf(config, prefix + "group.id", "mp.messaging.connector.smallrye-kafka.group.id",
                        "kafka.group.id", "quarkus.application.name");
                readTopics.add(topic);
                groups.add(group);
                if (config.getProperty(prefix + "dead-letter-queue.topic") != null) {
                    writeTopics.add(value(config, prefix + "dead-letter-queue.topic"));
                }
            }
            List<Acl> acls = users.getOrDefault(service, List.of());
            for (String topic : readTopics) {
                if (!allows(acls, "topic", topic, "Read")) {
                    problems.add(service + " consumes " + topic + " but its KafkaUser has no Read on it");
                }
                if (!allows(acls, "topic", topic, "Describe")) {
                    problems.add(service + " consumes " + topic + " but its KafkaUser has no Describe on it");
                }
            }
            for (String group : groups) {
                if (!allows(acls, "group", group, "Read")) {
                    problems.add(service + " consumes in group " + group + " but its KafkaUser has no Read on that group");
                }
            }
            for (String topic : writeTopics) {
                if (!allows(acls, "topic", topic, "Write")) {
                    problems.add(service + " dead-letters to " + topic + " but its KafkaUser has no Write on it");
                }
            }
            for (Acl acl : acls) {
                if (acl.operation().equals("Read") && acl.type().equals("topic") && !readTopics.contains(acl.name())) {
                    problems.add(service + "'s KafkaUser may Read " + acl.name() + ", which no incoming channel of it consumes");
                }
                if (acl.operation().equals("Read") && acl.type().equals("group") && !groups.contains(acl.name())) {
                    problems.add(service + "'s KafkaUser may Read group " + acl.name() + ", which none of its channels uses");
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    static boolean allows(List<Acl> acls, String type, String name, String operation) {
        return acls.stream().anyMatch(a -> a.type().equals(type)
                && (a.operation().equals(operation) || a.operation().equals("All"))
                && ("prefix".equals(a.pattern()) ? name.startsWith(a.name()) : name.equals(a.name())));
    }

    /** The platform's shared settings, then the service's own over them (as the config ordinals order them). */
    static Properties config(String service) throws IOException {
        Properties config = new Properties();
        for (Path file : List.of(ROOT.resolve("platform/src/main/resources/META-INF/microprofile-config.properties"),
                ROOT.resolve(service).resolve("src/main/resources/application.properties"))) {
            if (Files.exists(file)) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    config.load(in);
                }
            }
        }
        return config;
    }

    /** A value with ${name} and ${name:default} expanded from the same files (environment not consulted). */
    static String value(Properties config, String key) {
        String raw = config.getProperty(key);
        Matcher m = Pattern.compile("\\$\\{([^}:]+)(?::([^}]*))?}").matcher(raw);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String inner = config.getProperty(m.group(1)) != null ? value(config, m.group(1)) : m.group(2) == null ? "" : m.group(2);
            m.appendReplacement(out, Matcher.quoteReplacement(inner));
        }
        m.appendTail(out);
        return out.toString();
    }

    static String firstOf(Properties config, String... keys) {
        for (String key : keys) {
            if (config.getProperty(key) != null) {
                return value(config, key);
            }
        }
        throw new IllegalStateException("none of " + List.of(keys) + " is set");
    }

    static Map<String, List<Acl>> users() throws IOException {
        Map<String, List<Acl>> users = new HashMap<>();
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
        try (MappingIterator<JsonNode> documents = yaml.readerFor(JsonNode.class)
                .readValues(ROOT.resolve("deploy/k8s/kafka-users.yaml").toFile())) {
            while (documents.hasNext()) {
                JsonNode user = documents.next();
                if (user == null || !"KafkaUser".equals(user.path("kind").asText())) {
                    continue;
                }
                List<Acl> acls = new ArrayList<>();
                for (JsonNode acl : user.path("spec").path("authorization").path("acls")) {
                    JsonNode resource = acl.path("resource");
                    for (JsonNode operation : acl.path("operations")) {
                        acls.add(new Acl(resource.path("type").asText(), resource.path("name").asText(),
                                resource.path("patternType").asText("literal"), operation.asText()));
                    }
                }
                users.put(user.path("metadata").path("name").asText(), acls);
            }
        }
        return users;
    }
}
