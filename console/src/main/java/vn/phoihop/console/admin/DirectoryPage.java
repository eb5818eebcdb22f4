package vn.phoihop.console.admin;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import vn.phoihop.console.services.ServiceProblem;
import vn.phoihop.console.signin.CurrentUser;
import vn.phoihop.console.web.Messages;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

/**
 * Danh bạ cơ quan (admin): browse and search the directory of a province (diacritics-blind, as plan-service
 * searches), export it as CSV, import a CSV all or nothing with each refused cell shown by line and column.
 */
@Path("/quan-tri")
public class DirectoryPage {
    static final List<String> PROVINCES = List.of("DKN", "DBN", "LSN");

    @CheckedTemplate(requireTypeSafeExpressions = false)
    static class Templates {
        static native TemplateInstance directory();
    }

    @Inject
    CurrentUser user;
    @Inject
    @RestClient
    DirectoryAdminApi directory;

    @GET
    public TemplateInstance page(@QueryParam("q") String q, @QueryParam("province") String province) {
        user.require();
        String p = province == null || province.isBlank() ? defaultProvince() : province;
        return view(list(q, p), q, p, PROVINCES, "", null, List.of(), null);
    }

    @GET
    @Path("danh-ba/{province}.csv")
    public Response export(@PathParam("province") String province) {
        user.require();
        Response upstream = directory.export(province, "csv");
        byte[] body = upstream.readEntity(byte[].class);
        upstream.close();
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"agencies-" + province + ".csv\"")
                .header("Cache-Control", "private, no-store").build();
    }

    @POST
    @Path("danh-ba/nhap")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response importCsv(@RestForm String province, @RestForm String csv, @RestForm("file") FileUpload file) {
        user.require();
        String p = province == null || province.isBlank() ? defaultProvince() : province;
        String text = fileText(file);
        if (text == null) {
            text = csv == null ? "" : csv;
        }
        if (text.isBlank()) {
            return Response.status(400).entity(view(list(null, p), null, p, PROVINCES, text, null, List.of(),
                    "Hãy chọn tệp CSV hoặc dán nội dung danh bạ.")).build();
        }
        try {
            Map<String, Object> outcome = directory.importCsv(p, "text/csv; charset=UTF-8", text);
            return Response.ok(view(list(null, p), null, p, PROVINCES, "", outcome, List.of(), null)).build();
        } catch (ServiceProblem problem) {
            if (problem.status() != 400 && problem.status() != 403) {
                throw problem;
            }
            String error = problem.status() == 403 ? Messages.problem(problem)
                    : "Danh bạ chưa được nhập: có dòng chưa hợp lệ (xem bảng dưới). Không có thay đổi nào được lưu.";
            List<ImportErrors.RowError> rows = problem.status() == 400 ? ImportErrors.of(problem) : List.of();
            return Response.status(problem.status()).entity(view(list(null, p), null, p, PROVINCES, text, null, rows, error)).build();
        }
    }

    private List<Map<String, Object>> list(String q, String province) {
        return directory.agencies(q == null || q.isBlank() ? null : q.trim(), province, null, null);
    }

    /** The admin's own province: the prefix of its agency code (DKN.UBND → DKN). */
    private String defaultProvince() {
        String code = user.require().agencyCode();
        return code != null && code.contains(".") ? code.substring(0, code.indexOf('.')) : PROVINCES.get(0);
    }

    private static String fileText(FileUpload file) {
        if (file == null || file.uploadedFile() == null || file.size() == 0) {
            return null;
        }
        try {
            String text = Files.readString(file.uploadedFile(), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page with its data, untyped so that the services' JSON (maps and lists) is read as it comes. */
    static TemplateInstance view(Object agencies, Object q, Object province, Object provinces, Object csv, Object outcome, Object rowErrors, Object error) {
        return Templates.directory()
                .data("agencies", agencies)
                .data("q", q)
                .data("province", province)
                .data("provinces", provinces)
                .data("csv", csv)
                .data("outcome", outcome)
                .data("rowErrors", rowErrors)
                .data("error", error);
    }
}
