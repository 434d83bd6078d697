package com.clinicsuite.web.faces;

import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where failures become what the user sees: rule and input violations next to their
 * field, a refused action as the 403 page, a concurrent edit as a conflict message, anything else as
 * the error page with a reference number. Stack traces go to the server log only.
 */
public class ClinicExceptionHandler extends ExceptionHandlerWrapper {

    static final String CONFLICT = "Someone else changed this record while you were editing it. "
            + "Nothing was overwritten: reload to see their changes, then make yours again.";
    private static final Logger LOG = Logger.getLogger(ClinicExceptionHandler.class.getName());

    public ClinicExceptionHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
        while (events.hasNext()) {
            Throwable thrown = events.next().getContext().getException();
            FacesContext context = FacesContext.getCurrentInstance();
            try {
                if (handled(context, thrown)) {
                    events.remove();
                }
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "Could not handle an exception", e);
            }
        }
        getWrapped().handle();
    }

    private boolean handled(FacesContext context, Throwable thrown) {
        var outsideTeam = find(thrown, com.clinicsuite.patients.application.access.CareTeamRequiredException.class);
        if (outsideTeam != null) {
            // the chart offers emergency access ("break the glass") with a reason
            return redirect(context, "/patients/chart.xhtml?id=" + outsideTeam.patientId());
        }
        BusinessRuleException rule = find(thrown, BusinessRuleException.class);
        if (rule != null) {
            Messages.error(clientIdOf(context, rule.field().orElse(null)), rule.getMessage());
            return stayOnPage(context);
        }
        ConstraintViolationException invalid = find(thrown, ConstraintViolationException.class);
        if (invalid != null) {
            for (ConstraintViolation<?> v : invalid.getConstraintViolations()) {
                Messages.error(clientIdOf(context, lastNode(v.getPropertyPath())), v.getMessage());
            }
            return stayOnPage(context);
        }
        if (find(thrown, OptimisticLockException.class) != null) {
            Messages.error(null, CONFLICT);
            return stayOnPage(context);
        }
        if (find(thrown, EJBAccessException.class) != null) {
            com.clinicsuite.web.security.Denials.record("page " + context.getExternalContext().getRequestServletPath());
            return redirect(context, "/error/403.xhtml");
        }
        if (find(thrown, ViewExpiredException.class) != null) {
            context.getExternalContext().getFlash().setKeepMessages(true);
            Messages.error(null, "The page had expired, so nothing was saved. Please enter it again.");
            return redirect(context, context.getExternalContext().getRequestServletPath());
        }
        String reference = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Unexpected error, reference " + reference, thrown);
        if (context.getExternalContext().getRequestServletPath().startsWith("/error/")) {
            return false; // an error page failed: leave it to the container, never loop
        }
        return redirect(context, "/error/500.xhtml?ref=" + reference);
    }

    private static boolean stayOnPage(FacesContext context) {
        context.validationFailed();
        context.renderResponse();
        return true;
    }

    private static boolean redirect(FacesContext context, String path) {
        ExternalContext external = context.getExternalContext();
        try {
            if (!external.isResponseCommitted()) {
                external.redirect(external.getRequestContextPath() + path);
            }
            context.responseComplete();
            return true;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The client id of the input whose id is {@code field}, so the message appears next to it; on a page with several
     * forms, the one in the submitted form wins.
     */
    private static String clientIdOf(FacesContext context, String field) {
        if (field == null || context.getViewRoot() == null) {
            return null;
        }
        String submitted = context.getExternalContext().getRequestParameterMap().keySet().stream()
                .filter(k -> context.getExternalContext().getRequestParameterMap().get(k).equals(k)).findFirst().orElse(null);
        AtomicReference<String> found = new AtomicReference<>();
        context.getViewRoot().visitTree(VisitContext.createVisitContext(context), (visit, component) -> {
            if (field.equals(component.getId())) {
                String id = component.getClientId(visit.getFacesContext());
                if (found.get() == null) {
                    found.set(id);
                }
                if (submitted != null && id.startsWith(submitted + ":")) {
                    found.set(id);
                    return VisitResult.COMPLETE;
                }
            }
            return VisitResult.ACCEPT;
        });
        return found.get();
    }

    private static String lastNode(Path path) {
        String name = null;
        for (Path.Node node : path) {
            name = node.getName();
        }
        return name;
    }

    private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
        for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

}
