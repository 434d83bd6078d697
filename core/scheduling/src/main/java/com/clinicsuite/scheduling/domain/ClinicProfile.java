package com.clinicsuite.scheduling.domain;

import com.clinicsuite.shared.domain.AuditedEntity;
import com.clinicsuite.shared.error.BusinessRuleException;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Arrays;

/** The clinic's name, time zone and logo (one row): what every page, calendar and document shows. */
@Entity
@Table(name = "clinic_profile")
public class ClinicProfile extends AuditedEntity {

    public static final int MAX_LOGO_BYTES = 256 * 1024;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

    @Id
    private Integer id;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "time_zone", nullable = false)
    private String timeZone;
    @Basic(fetch = FetchType.LAZY)
    @Column(name = "logo")
    private byte[] logo;
    @Column(name = "logo_type")
    private String logoType;

    protected ClinicProfile() {
        // for JPA
    }

    /** Renames the clinic and moves it to another time zone (an IANA zone such as America/Chicago). */
    public void revise(String newName, String zone) {
        String n = newName == null ? "" : newName.strip();
        if (n.isEmpty() || n.length() > 120) {
            throw new BusinessRuleException("clinic.name", "name", "Give the clinic's name (at most 120 characters).");
        }
        name = n;
        timeZone = zoneOf(zone).getId();
    }

    /** A PNG or JPEG logo of at most 256 KB, recognised by its content, not its file name; {@code null} removes it. */
    public void useLogo(byte[] image) {
        if (image == null || image.length == 0) {
            logo = null;
            logoType = null;
            return;
        }
        if (image.length > MAX_LOGO_BYTES) {
            throw new BusinessRuleException("clinic.logo.size", "logo", "The logo is too large (" + image.length / 1024 + " KB); at most 256 KB.");
        }
        String type = startsWith(image, PNG) ? "image/png" : startsWith(image, JPEG) ? "image/jpeg" : null;
        if (type == null) {
            throw new BusinessRuleException("clinic.logo.type", "logo", "The logo must be a PNG or JPEG image.");
        }
        logo = image.clone();
        logoType = type;
    }

    /** The zone, or a field error that names the problem. */
    public static ZoneId zoneOf(String zone) {
        try {
            return ZoneId.of(zone == null ? "" : zone.strip());
        } catch (DateTimeException e) {
            throw new BusinessRuleException("clinic.timeZone", "timeZone", "Choose a time zone such as America/Chicago.");
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
    }

    public String name() { return name; }
    public ZoneId zone() { return ZoneId.of(timeZone); }
    public byte[] logo() { return logo == null ? null : logo.clone(); }
    public String logoType() { return logoType; }
}
