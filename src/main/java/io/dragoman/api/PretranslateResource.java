package io.dragoman.api;

import io.dragoman.account.Role;
import jakarta.annotation.security.RolesAllowed;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dragoman.core.LimitExceededException;
import io.dragoman.tm.MemoryResolver;
import io.dragoman.xliff.PretranslateOptions;
import io.dragoman.xliff.XliffConfig;
import io.dragoman.xliff.Pretranslator;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/pretranslate")
@RolesAllowed(Role.TRANSLATOR_NAME)
@Tag(name = "Pre-translation", description = "Fill XLIFF files from the memory and analyse them by match band")
public class PretranslateResource {
    static final String XLIFF = "application/xliff+xml";

    private final Pretranslator pretranslator;
    private final ObjectMapper json;
    private final MemoryResolver memories;
    private final XliffConfig config;

    PretranslateResource(Pretranslator pretranslator, ObjectMapper json, MemoryResolver memories, XliffConfig config) {
        this.pretranslator = pretranslator;
        this.config = config;
        this.memories = memories;
        this.json = json.copy().configure(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature(), true);
    }

    @POST
    @io.dragoman.audit.Reads
    @Consumes("*/*")
    @Operation(summary = "Pre-translate an XLIFF 1.2 or 2.0 file, or only analyse it",
            description = "The body is the file. Empty targets get the best match at or above the threshold (100 and"
                    + " 101 as final, lower as drafts); other matches become alt-trans (1.2) or the matches module (2.0)."
                    + " The answer is the file, with the report as JSON in the Dragoman-Report header; with"
                    + " analyseOnly=true it is the report alone.")
    public Response pretranslate(InputStream body,
                                 @Parameter(description = "file name quoted in the report and in errors") @QueryParam("file") String file,
                                 @Parameter(description = "lowest score that fills a target, 50 to 101 (default 75)")
                                 @QueryParam("threshold") Integer threshold,
                                 @Parameter(description = MemoryParameter.LOOKUP) @QueryParam("memory") List<String> memory,
                                 @Parameter(description = "other matches added per segment, 0 to 4 (default 3)")
                                 @QueryParam("alternatives") Integer alternatives,
                                 @QueryParam("analyseOnly") boolean analyseOnly) throws IOException {
        PretranslateOptions options = PretranslateOptions.of(threshold, memories.requireAll("memory", memory), alternatives,
                analyseOnly);
        byte[] input = body.readNBytes(config.maxSize() + 1);
        if (input.length > config.maxSize()) {
            throw new LimitExceededException("body", "dragoman.xliff.max-size", config.maxSize(), input.length, "bytes");
        }
        String name = file == null || file.isBlank() ? "upload.xlf" : file;
        Pretranslator.Outcome outcome = pretranslator.run(input, name, options);
        if (analyseOnly) {
            return Response.ok(outcome.report(), MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(outcome.xliff(), XLIFF)
                .header("Dragoman-Report", report(outcome))
                .header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^\\w.-]", "_") + "\"")
                .build();
    }

    private String report(Pretranslator.Outcome outcome) throws JsonProcessingException {
        return json.writeValueAsString(outcome.report());
    }
}
