package vn.phoihop.plan.importer;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import vn.phoihop.plan.agency.Agency;
import vn.phoihop.plan.importer.grammar.SourceText;
import vn.phoihop.plan.importer.names.AgencyEntry;
import vn.phoihop.plan.importer.names.AgencyMatcher;
import vn.phoihop.platform.problem.ProblemException;
import vn.phoihop.platform.security.Caller;
import vn.phoihop.platform.security.Roles;

import java.util.List;

/** Reads a document as the province wrote it into a proposed draft. Stores nothing. */
@Path("/plans/imports")
public class ImportResource {
    @Inject
    Caller caller;

    @ConfigProperty(name = "phoihop.import.max-bytes", defaultValue = "5242880")
    int maxBytes;

    @ConfigProperty(name = "phoihop.import.max-pages", defaultValue = "60")
    int maxPages;

    @POST
    @RolesAllowed(Roles.COORDINATOR)
    @Transactional
    @Consumes({MediaType.TEXT_PLAIN, DocumentReader.DOCX, "application/pdf", MediaType.APPLICATION_OCTET_STREAM})
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Propose a draft from a document (text, DOCX or a PDF with a text layer)",
            description = "Answers the body of POST /plans as far as the document's own conventions (Decree 30/2020 "
                    + "layout) fill it, where each field came from (offsets into `text` and the words), a confidence, "
                    + "and the questions it could not settle. Nothing is stored. Only a coordinator of the issuing agency.")
    @APIResponse(responseCode = "200", description = "The proposal")
    @APIResponse(responseCode = "403", description = "The document is issued by another agency")
    @APIResponse(responseCode = "413", description = "Larger than the size or page limit")
    @APIResponse(responseCode = "422", description = "A scanned PDF without a text layer")
    public ImportDtos.ImportProposal propose(byte[] body, @HeaderParam("Content-Type") String contentType) {
        DocumentReader.Read read = new DocumentReader(maxBytes, maxPages).read(body, contentType);
        SourceText source = SourceText.of(read.text());
        AgencyMatcher agencies = new AgencyMatcher(directory(), caller.agencyCode());
        if (agencies.issuer() == null) {
            throw ProblemException.forbidden("agency " + caller.agencyCode() + " is not in the directory");
        }
        String other = DocumentImporter.otherIssuer(source, agencies);
        if (other != null) {
            throw ProblemException.forbidden("the document is issued by " + other + ", not by " + caller.agencyCode()
                    + ": only a coordinator of the issuing agency may import it");
        }
        return new DocumentImporter(source, agencies).propose(read.format());
    }

    static List<AgencyEntry> directory() {
        return Agency.<Agency>list("active = true order by code").stream()
                .map(a -> new AgencyEntry(a.code, a.name, a.shortName, a.symbol, a.kind, a.parentCode, a.provinceCode))
                .toList();
    }
}
