package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.application.PatientListQuery;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.domain.Mrn;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.shared.domain.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.util.List;
import java.util.Locale;

/**
 * The patient list as a DTO projection with a separate count. Each filter has an index behind it
 * (see V1 of the patients schema): MRN is unique, and the folded name columns carry
 * {@code text_pattern_ops} indexes for the prefix match.
 */
@ApplicationScoped
public class JpaPatientListQuery implements PatientListQuery {

    private static final String SELECT = "SELECT new com.clinicsuite.patients.application.PatientSummary("
            + "p.id, p.mrn, p.familyName, p.givenName, p.birthDate, p.active) FROM Patient p";

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public PageResult<PatientSummary> find(String text, PageRequest page) {
        Filter filter = Filter.of(text);
        TypedQuery<PatientSummary> rows = em.createQuery(SELECT + filter.where + orderBy(page), PatientSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT count(p) FROM Patient p" + filter.where, Long.class);
        filter.bind(rows);
        filter.bind(count);
        List<PatientSummary> list = rows.getResultList();
        return new PageResult<>(list, count.getSingleResult());
    }

    private static String orderBy(PageRequest page) {
        String dir = page.ascending() ? " ASC" : " DESC";
        Sort sort = parse(page.sortField());
        return switch (sort) {
            case BIRTH_DATE -> " ORDER BY p.birthDate" + dir + ", p.searchFamily, p.id";
            case MRN -> " ORDER BY p.mrn" + dir;
            case NAME -> " ORDER BY p.searchFamily" + dir + ", p.id";
        };
    }

    private static Sort parse(String field) {
        if (field == null || field.isBlank()) {
            return Sort.NAME;
        }
        try {
            return Sort.valueOf(field.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return Sort.NAME;
        }
    }

    /** The WHERE clause for one search text and the parameter it binds. */
    private record Filter(String where, String parameter) {

        static Filter of(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty()) {
                return new Filter("", null);
            }
            if (Mrn.looksLikeMrn(trimmed)) {
                return new Filter(" WHERE p.mrn = :q", trimmed);
            }
            String prefix = escapeLike(SearchText.fold(trimmed.replace(",", " "))) + "%";
            return new Filter(" WHERE (p.searchFamily LIKE :q ESCAPE '\\' OR p.searchGiven LIKE :q ESCAPE '\\')", prefix);
        }

        void bind(TypedQuery<?> query) {
            if (parameter != null) {
                query.setParameter("q", parameter);
            }
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
