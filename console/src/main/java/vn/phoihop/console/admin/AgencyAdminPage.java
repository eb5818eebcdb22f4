package vn.phoihop.console.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.FieldErrors;
import vn.phoihop.console.web.Messages;

import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One agency for the admin: its place in the directory, its contacts and webhook (notification-service),
 * and its direct Kafka access (task-service): provision, rotate, revoke. A new password is shown on the
 * answer page only, never stored by the console, and the page is not cached.
 */
@Path("/quan-tri/co-quan/{code}")
public class AgencyAdminPage {
    static final List<String> CONTACT_FIELDS = List.of("emails", "headName", "headTitle", "headEmail", "webhookUrl", "webhookSecret",
            "emailEnabled", "webhookEnabled");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance agency();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    DirectoryAdminApi directory;
    @Inject
    @RestClient
    ChannelAdminApi channels;
    @Inject
    @RestClient
    KafkaAccessApi kafka;

    @GET
    public TemplateInstance page(@PathParam("code") String code, @QueryParam("xong") String done) {
        user.require();
        Map<String, Object> agency = directory.agency(code);
        return view(agency, contactForm(code), FieldErrors.NONE, access(code), null, null, done);
    }

    @POST
    @Path("lien-he")
    public Response saveContact(@PathParam("code") String code, @FormParam("emails") String emails, @FormParam("headName") String headName,
                                @FormParam("headTitle") String headTitle, @FormParam("headEmail") String headEmail,
                                @FormParam("webhookUrl") String webhookUrl, @FormParam("webhookSecret") String webhookSecret,
                                @FormParam("emailEnabled") String emailEnabled, @FormParam("webhookEnabled") String webhookEnabled) {
        user.require();
        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("emails", orEmpty(emails));
        typed.put("headName", orEmpty(headName));
        typed.put("headTitle", orEmpty(headTitle));
        typed.put("headEmail", orEmpty(headEmail));
        typed.put("webhookUrl", orEmpty(webhookUrl));
        typed.put("webhookSecret", orEmpty(webhookSecret));
        typed.put("emailEnabled", emailEnabled == null ? "" : "on");
        typed.put("webhookEnabled", webhookEnabled == null ? "" : "on");
        try {
            channels.saveContact(code, contactBody(typed));
            return Response.seeOther(URI.create("/quan-tri/co-quan/" + code + "?xong=lien-he")).build();
        } catch (ServiceProblem p) {
            if (p.status() != 400) {
                throw p;
            }
            typed.put("webhookSecret", ""); // a secret is never sent back to the browser
            return Response.status(400).entity(view(directory.agency(code), typed, FieldErrors.of(p, CONTACT_FIELDS),
                    access(code), null, null, null)).build();
        }
    }

    @POST
    @Path("kafka/cap")
    public Response provision(@PathParam("code") String code) {
        return kafkaAction(code, () -> kafka.provision(code));
    }

    @POST
    @Path("kafka/doi-mat-khau")
    public Response rotate(@PathParam("code") String code) {
        return kafkaAction(code, () -> kafka.rotate(code));
    }

    @POST
    @Path("kafka/thu-hoi")
    public Response revoke(@PathParam("code") String code) {
        return kafkaAction(code, () -> kafka.revoke(code));
    }

    /** Runs the action and shows the page with its answer: the password once, or the broker's refusal in the Kafka panel. */
    private Response kafkaAction(String code, Supplier<Map<String, Object>> action) {
        user.require();
        Map<String, Object> agency = directory.agency(code);
        try {
            Map<String, Object> answer = action.get();
            Object password = answer.get("password");
            return Response.ok(view(agency, contactForm(code), FieldErrors.NONE, answer, null,
                            password == null ? null : password.toString(), "kafka"))
                    .header("Cache-Control", "no-store").build();
        } catch (ServiceProblem p) {
            if (p.status() == 401 || p.status() == 403) {
                throw p;
            }
            return Response.status(p.status() >= 500 ? 503 : p.status()).entity(view(agency, contactForm(code), FieldErrors.NONE,
                    access(code), kafkaMessage(p), null, null)).build();
        }
    }

    /** task-service's titles for what the broker refused (BrokerProblems), in the admin's words. */
    static final Map<String, String> BROKER_REFUSALS = Map.of(
            "Kafka broker without an authorizer", "máy chủ Kafka chưa bật phân quyền (authorizer), nên không tách riêng được các đơn vị",
            "Kafka broker lacks a needed feature", "máy chủ Kafka thiếu tính năng cần thiết (tài khoản SCRAM cần Kafka 3.5 trở lên ở chế độ KRaft, phân quyền cần authorizer)",
            "task-service may not administer the Kafka broker", "task-service không có quyền quản trị máy chủ Kafka (cần ALTER, DESCRIBE trên cụm và CREATE, DESCRIBE trên các chủ đề phoihop.inbox.)",
            "task-service could not log in to the Kafka broker", "task-service không đăng nhập được vào máy chủ Kafka (xem các thiết lập phoihop.delivery.admin.sasl-*)",
            "Kafka broker unavailable", "máy chủ Kafka không trả lời");

    /** The broker's refusals (no authorizer, no SCRAM, unreachable) said plainly; the service's title says which. */
    static String kafkaMessage(ServiceProblem p) {
        if (p.status() == 409) {
            return "Quyền truy cập đã bị thu hồi: hãy cấp lại trước khi đổi mật khẩu.";
        }
        if (p.status() == 404) {
            return "Cơ quan này chưa được cấp quyền truy cập Kafka.";
        }
        if (p.status() >= 500) {
            return "Máy chủ Kafka không thực hiện được: " + BROKER_REFUSALS.getOrDefault(String.valueOf(p.title()), "máy chủ Kafka không trả lời")
                    + ". Không có gì thay đổi; xin kiểm tra cấu hình máy chủ Kafka rồi thử lại.";
        }
        return Messages.problem(p);
    }

    private Map<String, Object> access(String code) {
        try {
            return kafka.get(code);
        } catch (ServiceProblem p) {
            if (p.status() == 404 || p.status() >= 500) {
                return null;
            }
            throw p;
        }
    }

    private Map<String, String> contactForm(String code) {
        Map<String, Object> contact;
        try {
            contact = channels.contact(code);
        } catch (ServiceProblem p) {
            if (p.status() != 404) {
                throw p;
            }
            contact = Map.of();
        }
        return contactForm(contact);
    }

    /** The stored contact as the form shows it: addresses one per line, the secret never (only whether one is set). */
    static Map<String, String> contactForm(Map<String, Object> contact) {
        Map<String, String> form = new LinkedHashMap<>();
        Object emails = contact.get("emails");
        form.put("emails", emails instanceof List<?> l ? String.join("\n", l.stream().map(String::valueOf).toList()) : "");
        for (String f : List.of("headName", "headTitle", "headEmail", "webhookUrl")) {
            Object v = contact.get(f);
            form.put(f, v == null ? "" : v.toString());
        }
        form.put("webhookSecret", "");
        form.put("webhookSecretSet", Boolean.TRUE.equals(contact.get("webhookSecretSet")) ? "on" : "");
        form.put("emailEnabled", contact.isEmpty() || Boolean.TRUE.equals(contact.get("emailEnabled")) ? "on" : "");
        form.put("webhookEnabled", Boolean.TRUE.equals(contact.get("webhookEnabled")) ? "on" : "");
        return form;
    }

    /** What notification-service reads; a blank secret is left out so that the stored one is kept. */
    static Map<String, Object> contactBody(Map<String, String> typed) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("emails", Arrays.stream(typed.get("emails").split("[,;\\s]+")).filter(s -> !s.isBlank()).map(String::trim).toList());
        for (String f : List.of("headName", "headTitle", "headEmail", "webhookUrl")) {
            String v = typed.get(f);
            body.put(f, v == null || v.isBlank() ? null : v.trim());
        }
        if (!typed.get("webhookSecret").isBlank()) {
            body.put("webhookSecret", typed.get("webhookSecret"));
        }
        body.put("emailEnabled", !typed.get("emailEnabled").isEmpty());
        body.put("webhookEnabled", !typed.get("webhookEnabled").isEmpty());
        return body;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    /** The page with its data, untyped so that the services' JSON (maps and lists) is read as it comes. */
    static TemplateInstance view(Object agency, Object contact, Object errors, Object access, Object accessError, Object password, Object done) {
        return Templates.agency()
                .data("agency", agency)
                .data("contact", contact)
                .data("errors", errors)
                .data("access", access)
                .data("accessError", accessError)
                .data("password", password)
                .data("done", done);
    }
}
