package vn.phoihop.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Plain HTTP/1.1 calls with a bearer token, as an agency system would make them. */
final class Http {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    static HttpResponse<String> send(String url, String method, String token, String body, Duration timeout) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (Exception e) {
            throw new IllegalStateException(method + " " + url + " failed: " + e, e);
        }
    }

    static JsonNode expect(HttpResponse<String> response, int status, String what) {
        if (response.statusCode() != status) {
            String body = response.body();
            throw new IllegalStateException(what + ": HTTP " + response.statusCode() + " "
                    + (body.length() > 800 ? body.substring(0, 800) + " …" : body));
        }
        try {
            return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (Exception e) {
            throw new IllegalStateException(what + ": unreadable answer", e);
        }
    }

    private Http() {
    }
}
