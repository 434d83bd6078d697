package com.clinicsuite.web.rest;

import com.clinicsuite.patients.application.ConcurrentEditException;
import com.clinicsuite.patients.application.PatientRecord;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.application.PossibleDuplicatesException;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.ejb.EJBAccessException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one set of exception mappers of the API: every failure becomes an {@link ApiError} with the
 * right status, and no stack trace leaves the server.
 */
public final class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class.getName());

    private ErrorMappers() {
    }

    static Response json(Response.Status status, ApiError error) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(error).build();
    }

    /** The service refused the caller's role: 403, decided by {@code @RolesAllowed} on the EJB. */
    @Provider
    public static class Forbidden implements ExceptionMapper<EJBAccessException> {
        @jakarta.ws.rs.core.Context
        private jakarta.ws.rs.core.UriInfo uri;

        @Override
        public Response toResponse(EJBAccessException e) {
            com.clinicsuite.web.security.Denials.record(uri == null ? "api" : "api " + uri.getPath());
            return json(Response.Status.FORBIDDEN, new ApiError("forbidden", "Your role is not allowed to do this."));
        }
    }

    /** A business rule was broken: 422 with the rule's key and message (404 for a missing record, 403 for an access rule). */
    @Provider
    public static class RuleBroken implements ExceptionMapper<BusinessRuleException> {
        @Override
        public Response toResponse(BusinessRuleException e) {
            List<ApiError.FieldError> fields = e.field().map(f -> List.of(new ApiError.FieldError(f, e.getMessage())))
                    .orElse(List.of());
            int status = e.key().endsWith(".notFound") ? 404 : e.key().startsWith("access.") ? 403 : 422;
            return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ApiError(e.key(), e.getMessage(), fields)).build();
        }
    }

    /** Possible duplicates: 409 with the matches; register again with confirmDuplicate=true if it is another person. */
    @Provider
    public static class Duplicates implements ExceptionMapper<PossibleDuplicatesException> {
        @Override
        public Response toResponse(PossibleDuplicatesException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new DuplicateError(e.key(), e.getMessage(), e.matches())).build();
        }
    }

    /** The body of a duplicate warning. */
    public record DuplicateError(String error, String message, List<PatientSummary> matches) {
    }

    /** A stale version: 409 with the record as it is now stored. */
    @Provider
    public static class StaleEdit implements ExceptionMapper<ConcurrentEditException> {
        @Override
        public Response toResponse(ConcurrentEditException e) {
            return Response.status(Response.Status.CONFLICT).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(new ConflictError(e.key(), e.getMessage(), e.current())).build();
        }
    }

    /** The body of an edit conflict. */
    public record ConflictError(String error, String message, PatientRecord current) {
    }

    /** Input failed Bean Validation: 400 with one message per field. */
    @Provider
    public static class Invalid implements ExceptionMapper<ConstraintViolationException> {
        @Override
        public Response toResponse(ConstraintViolationException e) {
            List<ApiError.FieldError> fields = e.getConstraintViolations().stream()
                    .map(v -> new ApiError.FieldError(lastNode(v), v.getMessage()))
                    .sorted(java.util.Comparator.comparing(ApiError.FieldError::field))
                    .toList();
            return json(Response.Status.BAD_REQUEST, new ApiError("invalid", "Some fields are not valid.", fields));
        }

        private static String lastNode(ConstraintViolation<?> v) {
            String name = null;
            for (Path.Node node : v.getPropertyPath()) {
                name = node.getName();
            }
            return name;
        }
    }

    /** Someone else saved first: 409, nothing overwritten. */
    @Provider
    public static class Conflict implements ExceptionMapper<OptimisticLockException> {
        @Override
        public Response toResponse(OptimisticLockException e) {
            return json(Response.Status.CONFLICT, new ApiError("conflict",
                    "The record was changed by someone else; reload it and try again."));
        }
    }

    /** The body could not be read (malformed JSON, a date that is not yyyy-MM-dd): 400. */
    @Provider
    public static class Unreadable implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            String property = null;
            for (Throwable t = e; t != null && property == null; t = t.getCause()) {
                java.util.regex.Matcher m = PROPERTY.matcher(String.valueOf(t.getMessage()));
                property = m.find() ? m.group(1) : null;
            }
            List<ApiError.FieldError> fields = property == null ? List.of()
                    : List.of(new ApiError.FieldError(property, "This value could not be read; dates are yyyy-MM-dd."));
            return json(Response.Status.BAD_REQUEST, new ApiError("unreadable",
                    "The request body is not valid JSON for this endpoint.", fields));
        }
    }

    private static final java.util.regex.Pattern PROPERTY = java.util.regex.Pattern.compile("property '([A-Za-z0-9_]+)'");

    /** Everything else: JAX-RS errors keep their status; unexpected ones are logged with a reference. */
    @Provider
    public static class Unexpected implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            if (e instanceof WebApplicationException web) {
                Response.StatusType status = web.getResponse().getStatusInfo();
                return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                        .entity(new ApiError("http-" + status.getStatusCode(),
                                status.getStatusCode() < 500 && web.getMessage() != null ? web.getMessage()
                                        : status.getReasonPhrase())).build();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Unexpected API error, reference " + reference, e);
            return json(Response.Status.INTERNAL_SERVER_ERROR,
                    new ApiError("internal", "Something went wrong on the server (reference " + reference + ")."));
        }
    }
}
