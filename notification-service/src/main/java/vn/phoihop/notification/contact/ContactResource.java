package vn.phoihop.notification.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.notification.delivery.WebhookAddresses;
import vn.phoihop.notification.delivery.WebhookSecrets;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;
import vn.phoihop.platform.time.ServiceClock;

import java.util.List;

/** An agency's contacts and channel settings; its own officers and coordinators, or an admin. */
@Path("/agencies/{code}/contact")
@RolesAllowed({Roles.OFFICER, Roles.COORDINATOR, Roles.ADMIN})
public class ContactResource {
    @Inject
    Caller caller;

    @Inject
    WebhookAddresses addresses;

    @Inject
    WebhookSecrets secrets;

    @Inject
    ServiceClock clock;

    /** What may be set. The webhook secret is write-only: omit it to keep the current one. */
    public record ContactRequest(
            @NotNull @Size(max = 20, message = "at most 20 addresses") List<@NotNull @Email @Size(max = 254) String> emails,
            @Size(max = 200) String headName,
            @Size(max = 200) String headTitle,
            @Email String headEmail,
            @Size(max = 2000) @Pattern(regexp = "https?://.+", message = "must be an http(s) URL") String webhookUrl,
            @Size(min = 32, max = 200, message = "must be 32 to 200 characters (or let the server make one: POST .../contact/webhook-secret)") String webhookSecret,
            Boolean emailEnabled,
            Boolean webhookEnabled) {
    }

    public record ContactView(String agencyCode, List<String> emails, String headName, String headTitle,
                              String headEmail, String webhookUrl, boolean webhookSecretSet,
                              boolean emailEnabled, boolean webhookEnabled) {
        static ContactView of(AgencyContact c) {
            return new ContactView(c.agencyCode, c.emailList(), c.headName, c.headTitle, c.headEmail, c.webhookUrl,
                    c.webhookSecret != null, c.emailEnabled, c.webhookEnabled);
        }
    }

    @GET
    @Operation(summary = "The agency's contacts (e-mails, head, webhook) and channel settings")
    @APIResponse(responseCode = "404", description = "Not set yet, or another agency's")
    public ContactView get(@PathParam("code") String code) {
        requireOwn(code);
        AgencyContact c = AgencyContact.findById(code);
        if (c == null) {
            throw ProblemException.notFound("contact of agency", code);
        }
        return ContactView.of(c);
    }

    @PUT
    @Transactional
    @Operation(summary = "Set the agency's contacts and channel settings",
            description = "Ví dụ: {\"emails\":[\"vanthu@daipttt.daknong.gov.vn\"],\"headName\":\"Nguyễn Văn A\","
                    + "\"headTitle\":\"Giám đốc\",\"headEmail\":\"giamdoc@daipttt.daknong.gov.vn\","
                    + "\"webhookUrl\":\"https://qlvb.daknong.gov.vn/phoihop\",\"webhookSecret\":\"…\"}")
    @APIResponse(responseCode = "200", description = "Saved")
    @APIResponse(responseCode = "400", description = "A field is invalid (named in the problem)")
    public ContactView put(@PathParam("code") String code, @Valid @NotNull ContactRequest request) {
        requireOwn(code);
        if (request.webhookUrl() != null) {
            addresses.refusal(request.webhookUrl()).ifPresent(why -> {
                throw ProblemException.invalid("webhookUrl", why);
            });
        }
        if (request.webhookUrl() != null && request.webhookSecret() == null) {
            AgencyContact existing = AgencyContact.findById(code);
            if (existing == null || existing.webhookSecret == null) {
                throw ProblemException.invalid("webhookSecret", "is required with a webhook URL");
            }
        }
        AgencyContact c = AgencyContact.findById(code);
        if (c == null) {
            c = new AgencyContact();
            c.agencyCode = code;
        }
        c.emails = String.join(",", AgencyContact.split(request.emails()));
        c.headName = request.headName();
        c.headTitle = request.headTitle();
        c.headEmail = request.headEmail();
        c.webhookUrl = request.webhookUrl();
        if (request.webhookSecret() != null) {
            c.webhookSecret = secrets.seal(request.webhookSecret());
        }
        c.emailEnabled = request.emailEnabled() == null || request.emailEnabled();
        c.webhookEnabled = request.webhookEnabled() == null || request.webhookEnabled();
        c.updatedAt = clock.now();
        c.persist();
        return ContactView.of(c);
    }

    /** A webhook secret made by the server, shown in this answer only. */
    public record GeneratedSecret(String agencyCode, String webhookSecret) {
    }

    @POST
    @Path("/webhook-secret")
    @Transactional
    @Operation(summary = "Make a new webhook secret (32 random bytes, base64url) and show it once",
            description = "Replaces the current secret at once: deliveries from then on are signed with the new one. "
                    + "The answer is the only time the secret is shown.")
    @APIResponse(responseCode = "200", description = "The new secret; store it in the agency's system now")
    public GeneratedSecret generateWebhookSecret(@PathParam("code") String code) {
        requireOwn(code);
        AgencyContact c = AgencyContact.findById(code);
        if (c == null) {
            c = new AgencyContact();
            c.agencyCode = code;
        }
        String secret = secrets.generate();
        c.webhookSecret = secrets.seal(secret);
        c.updatedAt = clock.now();
        c.persist();
        return new GeneratedSecret(code, secret);
    }

    private void requireOwn(String code) {
        if (!caller.actsFor(code)) {
            throw ProblemException.notFound("agency", code);
        }
    }
}
