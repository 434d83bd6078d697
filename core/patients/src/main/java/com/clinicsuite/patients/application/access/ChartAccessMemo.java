package com.clinicsuite.patients.application.access;

import jakarta.enterprise.context.RequestScoped;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The care-team decisions already taken during this request, by patient and user: a chart page asks the services for
 * header, intake, notes, questionnaires and plans, and each asks the same question. Nothing outlives the request, so
 * a grant that expires or a team that changes is seen by the next one.
 */
@RequestScoped
public class ChartAccessMemo {

    private final Map<String, ChartAccessStatus> decided = new HashMap<>();

    ChartAccessStatus get(UUID patientId, String user) {
        return decided.get(patientId + "/" + user);
    }

    void put(UUID patientId, String user, ChartAccessStatus status) {
        decided.put(patientId + "/" + user, status);
    }
}
