package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.error.BusinessRuleException;

/** Another booking got the provider, the chair or room, or the patient first. Nothing was saved. */
public class SlotTakenException extends BusinessRuleException {

    private static final long serialVersionUID = 1L;

    public SlotTakenException(String message) {
        super("appointment.slotTaken", "startsAt", message);
    }
}
