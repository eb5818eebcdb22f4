package vn.phoihop.events;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The AsyncAPI document must describe what the contracts module really defines: every event type
 * as a message with its own JSON Schema file, every topic as a channel, every reference resolvable.
 * A new event type or topic without its AsyncAPI entry fails here, not in a reader's head.
 */
class AsyncApiTest {
    static final String DOCUMENT = "/asyncapi.yaml";
    static final List<String> SERVICES = List.of("plan-service", "task-service", "report-service", "notification-service");

    static JsonNode doc;

    @BeforeAll
    static void parse() throws IOException {
        try (InputStream in = AsyncApiTest.class.getResourceAsStream(DOCUMENT)) {
            assertNotNull(in, DOCUMENT + " is missing");
            doc = new ObjectMapper(new YAMLFactory()).readTree(in);
        }
    }

    @Test
    void isAnAsyncApi3Document() {
        assertEquals("3.0.0", doc.path("asyncapi").asText());
        assertFalse(doc.path("info").path("title").asText().isBlank());
        assertFalse(doc.path("info").path("version").asText().isBlank());
    }

    @Test
    void everyEventTypeIsAMessageWithItsSchemaAndHeaders() {
        Map<String, JsonNode> byName = messagesByName();
        for (String type : EventTypes.PAYLOADS.keySet()) {
            JsonNode message = byName.get(type);
            assertNotNull(message, "no AsyncAPI message named " + type);
            assertEquals("./schemas/" + type + ".json", message.path("payload").path("$ref").asText(),
                    type + ": payload must reference its JSON Schema file");
            assertTrue(message.path("headers").toString().contains("\"" + type + "\""),
                    type + ": headers must pin ce_type to the type");
            assertTrue(message.path("bindings").path("kafka").has("key"), type + ": the Kafka key must be described");
        }
        Set<String> described = new TreeSet<>(byName.keySet());
        described.removeIf(name -> !name.startsWith("vn.phoihop."));
        assertEquals(new TreeSet<>(EventTypes.PAYLOADS.keySet()), described,
                "messages described but not in EventTypes.PAYLOADS (or the other way round)");
    }

    @Test
    void everyTopicIsAChannelAndCarriesTheMessagesOfItsAggregate() throws IllegalAccessException {
        Map<String, JsonNode> byAddress = channelsByAddress();
        for (String topic : topicConstants()) {
            assertTrue(byAddress.containsKey(topic), "no AsyncAPI channel with address " + topic);
        }
        for (String service : SERVICES) {
            assertTrue(byAddress.containsKey(Topics.deadLetter(service)), "no dead-letter channel for " + service);
        }
        // vn.phoihop.<aggregate>.… travels on phoihop.<aggregate>.events
        for (String type : EventTypes.PAYLOADS.keySet()) {
            String aggregate = type.split("\\.")[2];
            JsonNode channel = byAddress.get("phoihop." + aggregate + ".events");
            assertNotNull(channel, type + ": no channel for its aggregate " + aggregate);
            Set<String> names = new HashSet<>();
            channel.path("messages").forEach(m -> names.add(resolve(m).path("name").asText()));
            assertTrue(names.contains(type), type + " is not a message of channel " + channel.path("address").asText());
        }
    }

    @Test
    void everyChannelHasASenderAndEveryEventChannelOfAConsumerHasAReceiver() {
        Map<String, Set<String>> actionsByChannel = new HashMap<>();
        doc.path("operations").properties().forEach(op -> {
            JsonNode channel = resolve(op.getValue().path("channel"));
            actionsByChannel.computeIfAbsent(channel.path("address").asText(), a -> new HashSet<>())
                    .add(op.getValue().path("action").asText());
        });
        for (String address : channelsByAddress().keySet()) {
            assertTrue(actionsByChannel.getOrDefault(address, Set.of()).contains("send"), address + " has no sender");
        }
        for (String topic : List.of(Topics.PLAN, Topics.TASK, Topics.REPORT)) {
            assertTrue(actionsByChannel.get(topic).contains("receive"), topic + " has no receiver");
        }
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = new ArrayList<>();
        collectRefs(doc, refs);
        assertFalse(refs.isEmpty());
        for (String ref : refs) {
            if (ref.startsWith("#")) {
                assertFalse(doc.at(JsonPointer.compile(ref.substring(1))).isMissingNode(), "dangling reference " + ref);
            } else {
                // relative to this document, which sits at the root of the classpath
                String path = URI.create(DOCUMENT).resolve(ref).getPath();
                assertNotNull(AsyncApiTest.class.getResource(path), "referenced file missing: " + ref);
            }
        }
    }

    private static Map<String, JsonNode> messagesByName() {
        Map<String, JsonNode> byName = new HashMap<>();
        doc.path("components").path("messages").forEach(m -> byName.put(m.path("name").asText(), m));
        return byName;
    }

    private static Map<String, JsonNode> channelsByAddress() {
        Map<String, JsonNode> byAddress = new HashMap<>();
        doc.path("channels").forEach(c -> byAddress.put(c.path("address").asText(), c));
        return byAddress;
    }

    /** Follows one local {@code $ref}, or returns the node itself. */
    private static JsonNode resolve(JsonNode node) {
        JsonNode ref = node.get("$ref");
        return ref == null ? node : resolve(doc.at(JsonPointer.compile(ref.asText().substring(1))));
    }

    private static void collectRefs(JsonNode node, List<String> refs) {
        if (node.isObject()) {
            node.properties().forEach(e -> {
                if (e.getKey().equals("$ref")) {
                    refs.add(e.getValue().asText());
                } else {
                    collectRefs(e.getValue(), refs);
                }
            });
        } else if (node.isArray()) {
            node.forEach(n -> collectRefs(n, refs));
        }
    }

    /** The public String constants of {@link Topics}: every topic a service may write or read. */
    private static Set<String> topicConstants() throws IllegalAccessException {
        Set<String> topics = new TreeSet<>();
        for (Field field : Topics.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                topics.add((String) field.get(null));
            }
        }
        assertFalse(topics.isEmpty());
        return topics;
    }
}
