package vn.phoihop.plan.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.phoihop.events.EventParts;
import vn.phoihop.events.EventTypes;
import vn.phoihop.events.PlanAmended;
import vn.phoihop.events.PlanIssued;
import vn.phoihop.events.PlanTasksPart;
import vn.phoihop.events.Topics;
import vn.phoihop.platform.outbox.Outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Publishes PlanIssued and PlanAmended sized by design: the event carries the document's header and the first
 * part of its tasks; the other parts follow as PlanTasksPart events with the same key (plan id), in the same
 * transaction, so they leave in order behind it. A letter to 100,000 communes is some 1,000 events of at most
 * {@code phoihop.plan.event-part.max-bytes} each instead of one of 56 MB that no broker accepts.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class PlanEventPublisher {
    @Inject
    Outbox outbox;

    @ConfigProperty(name = "phoihop.plan.event-part.max-tasks", defaultValue = "" + EventParts.DEFAULT_MAX_ITEMS)
    int maxTasks;

    @ConfigProperty(name = "phoihop.plan.event-part.max-bytes", defaultValue = "" + EventParts.DEFAULT_MAX_BYTES)
    int maxBytes;

    /** Publishes the issue; {@code whole} carries every task, which this splits into parts. */
    public PlanIssued issued(PlanIssued whole) {
        List<List<PlanIssued.Task>> parts = EventParts.split(whole.tasks(), maxTasks, maxBytes);
        PlanIssued first = new PlanIssued(whole.planId(), whole.number(), whole.issuerCode(), whole.subject(),
                whole.issuedOn(), parts.get(0), whole.documentKind(), whole.periodFrom(), whole.periodTo(),
                whole.parentPlanId(), whole.parentTaskId(), whole.targets(), whole.version(), whole.tasks().size(),
                parts.size());
        String key = whole.planId().toString();
        outbox.publish(Topics.PLAN, key, EventTypes.PLAN_ISSUED, whole.issuerCode(), first);
        for (int k = 1; k < parts.size(); k++) {
            outbox.publish(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, whole.issuerCode(),
                    new PlanTasksPart(whole.planId(), whole.number(), whole.issuerCode(), whole.version(), k + 1,
                            parts.size(), parts.get(k), List.of()));
        }
        return first;
    }

    /**
     * Publishes the amendment; {@code whole} carries every change. Added, changed and removed tasks are split
     * together in that order; part 1 keeps the deadline moves of its own changed tasks (the later parts carry
     * their tasks as they are now, which is what consumers reconcile against).
     */
    public PlanAmended amended(PlanAmended whole) {
        List<Object> changes = new ArrayList<>(whole.tasksAdded());
        changes.addAll(whole.tasksChanged());
        changes.addAll(whole.tasksRemoved());
        List<List<Object>> parts = EventParts.split(changes, maxTasks, maxBytes);
        Set<UUID> addedIds = whole.tasksAdded().stream().map(PlanIssued.Task::taskId).collect(Collectors.toSet());
        List<Object> head = parts.get(0);
        List<PlanIssued.Task> headChanged = tasks(head).stream().filter(t -> !addedIds.contains(t.taskId())).toList();
        Set<UUID> headChangedIds = headChanged.stream().map(PlanIssued.Task::taskId).collect(Collectors.toSet());
        PlanAmended first = new PlanAmended(whole.planId(), whole.number(), whole.issuerCode(), whole.version(),
                whole.amendedOn(), whole.reason(),
                tasks(head).stream().filter(t -> addedIds.contains(t.taskId())).toList(), removed(head), headChanged,
                whole.deadlinesMoved().stream().filter(m -> headChangedIds.contains(m.taskId())).toList(),
                whole.targets(), parts.size());
        String key = whole.planId().toString();
        outbox.publish(Topics.PLAN, key, EventTypes.PLAN_AMENDED, whole.issuerCode(), first);
        for (int k = 1; k < parts.size(); k++) {
            outbox.publish(Topics.PLAN, key, EventTypes.PLAN_TASKS_PART, whole.issuerCode(),
                    new PlanTasksPart(whole.planId(), whole.number(), whole.issuerCode(), whole.version(), k + 1,
                            parts.size(), tasks(parts.get(k)), removed(parts.get(k))));
        }
        return first;
    }

    private static List<PlanIssued.Task> tasks(List<Object> part) {
        return part.stream().filter(PlanIssued.Task.class::isInstance).map(PlanIssued.Task.class::cast).toList();
    }

    private static List<UUID> removed(List<Object> part) {
        return part.stream().filter(UUID.class::isInstance).map(UUID.class::cast).toList();
    }
}
