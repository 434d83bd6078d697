package com.clinicsuite.web.schedule;

import com.clinicsuite.scheduling.application.SchedulingRows;

import java.io.Serializable;
import java.util.List;
import java.util.UUID;

/**
 * What a provider or room drop-down keeps in its view: the id and the name. A view that kept the full rows held every
 * provider's working hours too (800 providers, 1.8 MB per session under the 100-user benchmark).
 */
public final class Choices {

    private Choices() {
    }

    /** A provider to choose, as the drop-downs show it. */
    public record Provider(UUID id, String displayName) implements Serializable {
    }

    /** A room or chair to choose. */
    public record Resource(UUID id, String name) implements Serializable {
    }

    static List<Provider> providers(List<SchedulingRows.ProviderRow> rows) {
        return rows.stream().map(p -> new Provider(p.id(), p.displayName())).toList();
    }

    static List<Resource> resources(List<SchedulingRows.ResourceRow> rows) {
        return rows.stream().map(r -> new Resource(r.id(), r.name())).toList();
    }
}
