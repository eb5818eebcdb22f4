package vn.phoihop.events;

/** Delivery channels of notifications. */
public enum Channel {
    EMAIL, WEBHOOK, STREAM
}
