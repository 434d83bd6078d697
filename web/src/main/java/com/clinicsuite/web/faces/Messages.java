package com.clinicsuite.web.faces;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Short helpers for user-facing messages. */
public final class Messages {

    private Messages() {
    }

    /** An information message that survives the redirect after a successful save. */
    public static void flashInfo(String text) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.getExternalContext().getFlash().setKeepMessages(true);
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An information message on the current page. */
    public static void info(String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
    }

    /** An error shown next to the component with {@code clientId}, or at the top when it is null. */
    public static void error(String clientId, String text) {
        FacesContext.getCurrentInstance().addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
    }
}
