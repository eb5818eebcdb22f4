package vn.phoihop.notification;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import vn.phoihop.events.EventJson;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An agency's system receiving webhooks: a real HTTP server that checks each request's signature
 * itself (HMAC-SHA256 over "timestamp.body", computed here independently) and can be told to fail.
 */
final class WebhookListener implements AutoCloseable {
    record Call(JsonNode body, String timestamp, String signature, boolean signatureValid, int answered) {
    }

    private final HttpServer server;
    private final String secret;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    /** Answer 500 to this many more requests. */
    final AtomicInteger failuresLeft = new AtomicInteger();

    WebhookListener(String secret) {
        this.secret = secret;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/phoihop", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String timestamp = exchange.getRequestHeaders().getFirst("X-PhoiHop-Timestamp");
            String signature = exchange.getRequestHeaders().getFirst("X-PhoiHop-Signature");
            boolean valid = signature != null && timestamp != null && signature.equals("v1=" + hmac(timestamp + "." + body));
            int status = failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0 ? 500 : 204;
            calls.add(new Call(EventJson.MAPPER.readTree(body), timestamp, signature, valid, status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/phoihop";
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private String hmac(String signed) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
