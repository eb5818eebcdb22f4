package vn.phoihop.notification.stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One item of a live stream.
 *
 * @param stream "agency" (an agency's own notifications) or "issuer" (events of the plans an agency issued)
 * @param agency the agency whose stream it belongs to
 * @param type   the notification kind, or the event type
 * @param data   the notification, or the event's payload
 */
public record StreamMessage(String stream, String agency, String type, JsonNode data) {
    public static final String AGENCY = "agency";
    public static final String ISSUER = "issuer";
}
