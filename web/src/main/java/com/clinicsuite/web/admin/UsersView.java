package com.clinicsuite.web.admin;

import com.clinicsuite.shared.application.ClinicUsers;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import java.io.Serializable;

/** Administrators see who has which role; changes are made in Keycloak's console (linked). */
@Named
@ViewScoped
public class UsersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ClinicUsers users;

    private ClinicUsers.Overview overview;

    public ClinicUsers.Overview getOverview() {
        if (overview == null) {
            overview = users.overview();
        }
        return overview;
    }
}
