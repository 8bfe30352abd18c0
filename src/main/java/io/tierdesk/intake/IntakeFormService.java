package io.tierdesk.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tierdesk.api.model.IntakeFormDto;
import io.tierdesk.api.model.TicketCategoryDto;
import io.tierdesk.api.model.TicketCreateDto;
import io.tierdesk.api.model.TicketPriorityDto;
import io.tierdesk.common.Caller;
import io.tierdesk.common.FieldError;
import io.tierdesk.common.NotFound;
import io.tierdesk.common.RuleViolation;
import io.tierdesk.solution.Solution;
import io.tierdesk.solution.SolutionRepository;
import io.tierdesk.ticket.Ticket;
import io.tierdesk.ticket.TicketService;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The contact-support form of a solution, and tickets raised by submitting it. */
@ApplicationScoped
class IntakeFormService {

    /** A form and its strong entity tag, a digest of everything the form says. */
    record Served(IntakeFormDto form, String etag) {}

    private final SolutionRepository solutions;
    private final TicketService tickets;
    private final ObjectMapper json;
    private final Caller caller;

    IntakeFormService(SolutionRepository solutions, TicketService tickets, ObjectMapper json, Caller caller) {
        this.solutions = solutions;
        this.tickets = tickets;
        this.json = json;
        this.caller = caller;
    }

    Served form(UUID solutionId) {
        IntakeFormTemplate.Subject subject = subject(solutionId);
        IntakeFormDto form = new IntakeFormDto()
                .solutionId(solutionId)
                .tierId(subject.tierId())
                .schema(IntakeFormTemplate.schema(subject))
                .ui(IntakeFormTemplate.ui(subject));
        return new Served(form, digest(form));
    }

    /** Raises a ticket about the solution from values the form's schema accepts; otherwise a 422 problem. */
    Ticket submit(UUID solutionId, Map<String, Object> values) {
        IntakeFormTemplate.Subject subject = subject(solutionId);
        List<FieldError> errors = IntakeFormValidator.errors(IntakeFormTemplate.schema(subject), values).stream()
                .map(error -> new FieldError(error.getField(), error.getMessage()))
                .toList();
        if (!errors.isEmpty()) {
            throw new RuleViolation(
                    "invalid-intake-submission",
                    "Invalid form submission",
                    "The submission breaks " + errors.size() + " rule" + (errors.size() == 1 ? "" : "s")
                            + " of the solution's form.",
                    errors);
        }
        Object priority = values.get("priority");
        return tickets.create(new TicketCreateDto()
                .solutionId(solutionId)
                .category(TicketCategoryDto.fromValue((String) values.get("category")))
                .priority(priority == null ? TicketPriorityDto.P3 : TicketPriorityDto.fromValue((String) priority))
                .title((String) values.get("title"))
                .description((String) values.get("description")));
    }

    private IntakeFormTemplate.Subject subject(UUID solutionId) {
        Solution solution = solutions.findById(solutionId);
        // A requester learns nothing of a solution not offered to end users: it answers as a missing one.
        if (solution == null || (caller.onlyRequester() && !solution.availableToEndUsers())) {
            throw new NotFound("solution", solutionId);
        }
        return new IntakeFormTemplate.Subject(
                solutionId.toString(), solution.name, solution.tierId, "/api/v1/intake-forms/" + solutionId);
    }

    private String digest(IntakeFormDto form) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(form).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 16);
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The intake form cannot be digested", e);
        }
    }
}
