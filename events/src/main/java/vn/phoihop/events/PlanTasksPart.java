package vn.phoihop.events;

import java.util.List;
import java.util.UUID;

/**
 * Part {@code part} of {@code parts} of the tasks of one version of a plan: what did not fit in the PlanIssued
 * or PlanAmended that opened that version. A ministry's letter to every commune has tens of thousands of tasks;
 * carried in one event it would exceed the broker's message limit, so the plan-service splits them into parts
 * of bounded size. Key: plan id, like every plan event, so the parts arrive after the event that opened the
 * version and before the next one. Each part is applied on its own and idempotently (assignments are matched
 * by task, obligation, period and agency), so a redelivered part changes nothing.
 *
 * @param version      the plan version these tasks belong to (1 for PlanIssued, n for the amendment to n)
 * @param part         2..parts (part 1 is the PlanIssued or PlanAmended itself)
 * @param parts        how many parts the version has
 * @param tasks        tasks in full as they are now: issued ones, or for an amendment added or changed ones
 * @param tasksRemoved for an amendment, ids of tasks that no longer exist
 */
public record PlanTasksPart(
        UUID planId,
        String number,
        String issuerCode,
        int version,
        int part,
        int parts,
        List<PlanIssued.Task> tasks,
        List<UUID> tasksRemoved) {
}
