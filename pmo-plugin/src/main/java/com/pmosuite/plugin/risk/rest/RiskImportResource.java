package com.pmosuite.plugin.risk.rest;

import com.atlassian.jira.project.Project;
import com.atlassian.plugins.rest.api.security.annotation.AnonymousSiteAccess;
import com.atlassian.plugins.rest.api.security.annotation.LicensedOnly;
import com.pmosuite.plugin.platform.auth.PmoAccess;
import com.pmosuite.plugin.platform.csv.SpreadsheetCsv;
import com.pmosuite.plugin.platform.rest.JsonBody;
import com.pmosuite.plugin.platform.rest.PmoJson;
import com.pmosuite.plugin.risk.wiring.RiskModule;
import com.pmosuite.risk.RiskCsv;
import com.pmosuite.risk.RiskRegister;
import com.pmosuite.risk.RiskSettings;
import com.pmosuite.risk.imports.ImportEncoding;
import com.pmosuite.risk.imports.ImportField;
import com.pmosuite.risk.imports.ImportMapping;
import com.pmosuite.risk.imports.ImportTable;
import com.pmosuite.risk.imports.MappedImport;
import com.pmosuite.risk.imports.MappingSuggestion;
import com.pmosuite.risk.imports.SavedMapping;
import com.pmosuite.risk.imports.SavedMappings;
import com.pmosuite.risk.imports.Separators;
import com.pmosuite.shared.Names;
import com.pmosuite.shared.ValidationFailed;
import com.pmosuite.shared.WholeNumbers;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import java.io.InputStream;
import java.net.URI;
import java.util.Arrays;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * REST API of the mapped import, under {@code /rest/pmo/1.0/projects/{key}/risks/import/...}: any register's file
 * (separator and encoding detected), mapped onto our fields, previewed, dry-run and imported; and the project's saved
 * mappings. Looking at a file writes nothing and needs Browse Projects (it is a POST only because it carries the
 * file); importing and saving mappings need Edit Issues (or PMO admin). Every body is JSON of at most
 * {@link PmoJson#MAX_BODY_CHARS} characters, read after the permission check; XSRF protection is the host's.
 */
@Path("/")
@AnonymousSiteAccess
@Produces(MediaType.APPLICATION_JSON)
public class RiskImportResource {
    private static final String JSON = MediaType.APPLICATION_JSON + ";charset=UTF-8";
    private static final String CHANGE_RISKS = "change its risks";
    /** Rows shown by an analysis and a preview: enough to judge a mapping, little enough to read. */
    static final int SAMPLE_ROWS = 20;
    /** Stops reading a file at the first bound {@link ImportTable} checks, with the same messages. */
    private static final SpreadsheetCsv.Limits LIMITS = new SpreadsheetCsv.Limits(RiskCsv.MAX_ROWS,
            ImportTable.MAX_COLUMNS, ImportTable.MAX_CELL_CHARS);

    private final RiskRegister register;
    private final SavedMappings savedMappings;
    private final PmoAccess access;

    @Inject
    public RiskImportResource(RiskModule risks, PmoAccess access) {
        this.register = risks.register();
        this.savedMappings = risks.savedMappings();
        this.access = access;
    }

    /** The wire form of a saved mapping, also for the 409 answer to a stale save. */
    public static JsonBody savedJson(SavedMapping mapping) {
        return RiskImportJson.saved(mapping);
    }

    /**
     * Reads a file and suggests a mapping: the separator and encoding found, the header, the first rows, the
     * distinct values of mapped columns and the date formats each date column fits.
     */
    @POST
    @Path("projects/{projectKey}/risks/import/analyse")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response analyse(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.browsable(projectKey);
        ImportFileBody input = PmoJson.read(body, ImportFileBody.class);
        File file = file(input);
        RiskSettings settings = register.settings(project.getKey());
        MappingSuggestion suggestion = MappingSuggestion.suggest(file.table(), settings);
        ImportMapping mapping = suggestion.mapping();
        return ok(new RiskImportJson.Analysis(Separators.wireName(file.table().separator()),
                file.decoded().encoding().wireName(), file.decoded().byteOrderMark(), file.table().header(),
                file.table().rows().stream().limit(SAMPLE_ROWS).map(r -> r.cells()).toList(),
                file.table().rows().size(), suggestion.ownExport(), ImportMappingJson.of(mapping),
                RiskImportJson.byColumn(suggestion.dateFormats()), RiskImportJson.byColumn(suggestion.sampleValues()),
                Arrays.stream(ImportField.values()).map(f -> new RiskImportJson.FieldJson(f.wireName(),
                        Names.of(f.kind()))).toList(),
                MappingSuggestion.DATE_FORMATS, settings.matrix().size(),
                savedMappings.list(project.getKey()).stream().map(RiskImportJson::saved).toList()));
    }

    /** The first rows as they would be saved, each with every problem. Nothing is written. */
    @POST
    @Path("projects/{projectKey}/risks/import/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response preview(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.browsable(projectKey);
        ImportFileBody input = PmoJson.read(body, ImportFileBody.class);
        File file = file(input);
        ImportMapping mapping = mapping(project, input);
        return ok(new RiskImportJson.Preview(file.table().rows().size(),
                register.previewImport(project.getKey(), file.table(), mapping, SAMPLE_ROWS).stream()
                        .map(RiskImportJson::row).toList()));
    }

    /**
     * Imports the file through the mapping; with {@code ?dryRun=true} checks every row and writes nothing (Browse
     * Projects suffices then). Without {@code skipRefused} in the body, one refused row and nothing is written.
     */
    @POST
    @LicensedOnly
    @Path("projects/{projectKey}/risks/import/mapped")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response importMapped(@PathParam("projectKey") String projectKey, @QueryParam("dryRun") String dryRun,
                                 InputStream body) {
        boolean dry = flag("dryRun", dryRun);
        Project project = dry ? access.browsable(projectKey) : access.editable(projectKey, CHANGE_RISKS);
        ImportFileBody input = PmoJson.read(body, ImportFileBody.class);
        File file = file(input);
        ImportMapping mapping = mapping(project, input);
        boolean skip = Boolean.TRUE.equals(input.skipRefused());
        MappedImport result = register.importMapped(project.getKey(), file.table(), mapping, dry, skip,
                access.currentUserKey());
        RiskImportJson.Outcome outcome = RiskImportJson.outcome(result, dry, skip);
        return Response.status(outcome.status()).type(JSON).entity(PmoJson.write(outcome)).build();
    }

    /** The project's saved mappings, by name. */
    @GET
    @Path("projects/{projectKey}/risks/import/mappings")
    public Response listMappings(@PathParam("projectKey") String projectKey) {
        Project project = access.browsable(projectKey);
        return Response.ok(PmoJson.write(savedMappings.list(project.getKey()).stream().map(RiskImportJson::saved)
                .toList()), JSON).build();
    }

    /** Saves a mapping under a name (unique in the project). */
    @POST
    @LicensedOnly
    @Path("projects/{projectKey}/risks/import/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response saveMapping(@PathParam("projectKey") String projectKey, InputStream body) {
        Project project = access.editable(projectKey, CHANGE_RISKS);
        SavedMappingBody input = PmoJson.read(body, SavedMappingBody.class);
        SavedMapping saved = savedMappings.create(project.getKey(), input.name(), required(input.mapping()),
                register.settings(project.getKey()), access.currentUserKey());
        return Response.created(URI.create("mappings/" + saved.id())).type(JSON)
                .entity(PmoJson.write(RiskImportJson.saved(saved))).build();
    }

    /** Replaces a saved mapping's name and columns; the body carries the {@code version} read (409 when stale). */
    @PUT
    @LicensedOnly
    @Path("projects/{projectKey}/risks/import/mappings/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response updateMapping(@PathParam("projectKey") String projectKey, @PathParam("id") String id,
                                  InputStream body) {
        Project project = access.editable(projectKey, CHANGE_RISKS);
        long mappingId = id(id);
        SavedMappingBody input = PmoJson.read(body, SavedMappingBody.class);
        if (input.version() == null) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        return ok(RiskImportJson.saved(savedMappings.update(project.getKey(), mappingId, input.version(),
                input.name(), required(input.mapping()), register.settings(project.getKey()),
                access.currentUserKey())));
    }

    /** Deletes a saved mapping at {@code ?version=N} (409 when someone saved it since). Its history stays. */
    @DELETE
    @LicensedOnly
    @Path("projects/{projectKey}/risks/import/mappings/{id}")
    public Response deleteMapping(@PathParam("projectKey") String projectKey, @PathParam("id") String id,
                                  @QueryParam("version") String version) {
        Project project = access.editable(projectKey, CHANGE_RISKS);
        long mappingId = id(id);
        OptionalInt expected = version == null ? OptionalInt.empty() : WholeNumbers.parseInt(version.strip());
        if (expected.isEmpty()) {
            throw ValidationFailed.of("version", "is required: send the version you last read");
        }
        savedMappings.delete(project.getKey(), mappingId, expected.getAsInt(), access.currentUserKey());
        return Response.noContent().build();
    }

    /** A file decoded and read into rows. */
    private record File(ImportEncoding.Decoded decoded, ImportTable table) {
    }

    private static File file(ImportFileBody input) {
        byte[] bytes = input.bytes();
        // Text sent as text is UTF-8 already, whatever encoding the client named.
        ImportEncoding asked = input.text() != null && !input.text().isEmpty() ? ImportEncoding.UTF_8
                : input.encodingAsked();
        Character separator = Separators.named(input.separator(), "separator");
        ImportEncoding.Decoded decoded = ImportEncoding.decode(bytes, asked, "content");
        if (decoded.text().isBlank()) {
            throw ValidationFailed.of("content", "is empty: expected a header line and at least one risk");
        }
        char used = separator == null ? Separators.detect(decoded.text()) : separator;
        return new File(decoded, ImportTable.of(used, SpreadsheetCsv.read(decoded.text(), used, LIMITS)));
    }

    /** The mapping sent inline, or the saved one named by {@code mappingId}. */
    private ImportMapping mapping(Project project, ImportFileBody input) {
        if (input.mapping() != null && input.mappingId() != null) {
            throw ValidationFailed.of("mappingId", "send a mapping or a mappingId, not both");
        }
        if (input.mappingId() != null) {
            return savedMappings.get(project.getKey(), input.mappingId()).mapping();
        }
        return required(input.mapping());
    }

    private static ImportMapping required(ImportMappingJson mapping) {
        if (mapping == null) {
            throw ValidationFailed.of("mapping", "is required: which column goes into which field");
        }
        return mapping.toMapping();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw ValidationFailed.of(name, "must be true or false");
    }

    private static long id(String id) {
        OptionalLong parsed = id == null ? OptionalLong.empty() : WholeNumbers.parseLong(id.strip());
        if (parsed.isEmpty() || parsed.getAsLong() < 1) {
            throw new com.pmosuite.shared.NotFound("Import mapping " + id);
        }
        return parsed.getAsLong();
    }

    private static Response ok(JsonBody body) {
        return Response.ok(PmoJson.write(body), JSON).build();
    }
}
