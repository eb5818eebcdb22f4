package vn.phoihop.plan.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.plan.plan.Plan;
import vn.phoihop.plan.plan.PlanAccess;
import vn.phoihop.plan.plan.Status;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The plan tree: a document and the documents that implement it (ministry → province → department → district
 * → commune), each with the progress of its own assignments and the progress rolled up from its subtree.
 */
@Path("/plans/{id}/tree")
public class PlanTreeResource {
    /** Deep enough for ministry → commune; guards against a cycle entered by mistake. */
    private static final int MAX_DEPTH = 8;

    @Inject
    PlanAccess access;

    @Inject
    Caller caller;

    public record Node(UUID id, String number, String subject, String issuerCode, Status status, LocalDate issuedOn,
                       UUID parentTaskId, Progress progress, Progress rolledUp, List<Node> children) {
    }

    @GET
    @RolesAllowed({Roles.COORDINATOR, Roles.OFFICER, Roles.ADMIN})
    @Transactional
    @Operation(summary = "The document, the issued documents implementing it, and their progress from task events",
            description = "progress counts the document's own assignments by status; rolledUp adds the whole subtree.")
    @APIResponse(responseCode = "404", description = "No such document, or not one the caller's agency may read")
    public Node tree(@PathParam("id") UUID id) {
        return node(access.readable(id), 0);
    }

    private Node node(Plan plan, int depth) {
        Progress own = Progress.of(AssignmentProgress.list("planId", plan.id));
        List<Node> children = depth >= MAX_DEPTH ? List.of()
                : Plan.<Plan>list("parentPlanId = ?1 and status <> ?2 order by issuedOn, createdAt", plan.id, Status.DRAFT)
                .stream().filter(child -> visibleUnder(plan, child)).map(child -> node(child, depth + 1)).toList();
        Progress rolledUp = own;
        for (Node child : children) {
            rolledUp = rolledUp.plus(child.rolledUp());
        }
        return new Node(plan.id, plan.number, plan.subject, plan.issuerCode, plan.status, plan.issuedOn, plan.parentTaskId,
                own, rolledUp, children);
    }

    /**
     * A child shows (and counts in rolledUp) when the caller reads it, or issued the document it implements:
     * a child is attached only under a document its issuer takes part in, so it answers to that document's
     * issuer. Sibling documents the caller does not read stay out of its tree.
     */
    private boolean visibleUnder(Plan parent, Plan child) {
        return access.canRead(child) || caller.actsFor(parent.issuerCode);
    }
}
