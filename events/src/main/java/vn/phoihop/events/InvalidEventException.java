package vn.phoihop.events;

import java.util.List;

/** An event whose type is unknown or whose data breaks its schema: a poison event. */
public class InvalidEventException extends RuntimeException {
    private final List<String> problems;

    public InvalidEventException(String type, List<String> problems) {
        super("event " + type + " breaks its contract: " + String.join("; ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
