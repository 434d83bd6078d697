package com.clinicsuite.patients.infrastructure;

import com.clinicsuite.patients.application.PatientListQuery;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.patients.domain.Mrn;
import com.clinicsuite.patients.domain.PhoneNumber;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import com.clinicsuite.shared.domain.SearchText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;

/**
 * The patient list as a DTO projection with a separate count. The search text is read as an MRN, a date
 * of birth (MM/DD/YYYY or YYYY-MM-DD), a phone number, or else a name prefix; each has an index behind it
 * (see the patients schema migrations): MRN is unique, birth date and phone are indexed, and the folded
 * name columns carry {@code text_pattern_ops} indexes for the prefix match.
 */
@ApplicationScoped
public class JpaPatientListQuery implements PatientListQuery {

    private static final String SELECT = "SELECT new com.clinicsuite.patients.application.PatientSummary("
            + "p.id, p.mrn, p.familyName, p.givenName, p.birthDate, p.phone, p.active) FROM Patient p";
    private static final DateTimeFormatter US_DATE = DateTimeFormatter.ofPattern("M/d/uuuu").withResolverStyle(ResolverStyle.STRICT);

    @PersistenceContext(unitName = "patients")
    private EntityManager em;

    @Override
    public PageResult<PatientSummary> find(String text, PageRequest page) {
        Filter filter = Filter.of(text);
        if (filter.namePrefix()) {
            return byNamePrefix((String) filter.parameter(), page);
        }
        TypedQuery<PatientSummary> rows = em.createQuery(SELECT + filter.where + orderBy(page), PatientSummary.class)
                .setFirstResult(page.offset())
                .setMaxResults(page.limit());
        TypedQuery<Long> count = em.createQuery("SELECT count(p) FROM Patient p" + filter.where, Long.class);
        filter.bind(rows);
        filter.bind(count);
        List<PatientSummary> list = rows.getResultList();
        return new PageResult<>(list, count.getSingleResult());
    }

    /**
     * A name prefix matches the family or the given name. Each side is an index range on its own ("C"-collated) column,
     * limited to the rows the page can show, and the two are merged: the cost follows the page, not the table (an OR
     * over both columns makes PostgreSQL walk the whole name index in order instead).
     */
    private PageResult<PatientSummary> byNamePrefix(String prefix, PageRequest page) {
        String order = switch (parse(page.sortField())) {
            case BIRTH_DATE -> "birth_date" + (page.ascending() ? "" : " DESC") + ", search_family, id";
            case MRN -> "mrn" + (page.ascending() ? "" : " DESC");
            case NAME -> page.ascending() ? "search_family, id" : "search_family DESC, id DESC";
        };
        String columns = "id, mrn, family_name, given_name, birth_date, phone, active, search_family";
        String sql = "SELECT id, mrn, family_name, given_name, birth_date, phone, active FROM ("
                + "(SELECT " + columns + " FROM patients.patient WHERE search_family LIKE ?1 ESCAPE '\\' ORDER BY " + order + " LIMIT ?2)"
                + " UNION "
                + "(SELECT " + columns + " FROM patients.patient WHERE search_given LIKE ?1 ESCAPE '\\' ORDER BY " + order + " LIMIT ?2)"
                + ") matches ORDER BY " + order + " OFFSET ?3 LIMIT ?4";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, prefix).setParameter(2, page.offset() + page.limit())
                .setParameter(3, page.offset()).setParameter(4, page.limit()).getResultList();
        // counted up to the cap only: "Smi" matches tens of thousands, and nobody pages through them
        Number total = (Number) em.createNativeQuery("SELECT count(*) FROM ("
                + "(SELECT id FROM patients.patient WHERE search_family LIKE ?1 ESCAPE '\\' LIMIT ?2)"
                + " UNION (SELECT id FROM patients.patient WHERE search_given LIKE ?1 ESCAPE '\\' LIMIT ?2)) matches")
                .setParameter(1, prefix).setParameter(2, PageResult.COUNT_CAP + 1).getSingleResult();
        List<PatientSummary> list = rows.stream().map(r -> new PatientSummary((java.util.UUID) r[0], ((String) r[1]).strip(), (String) r[2],
                (String) r[3], toDate(r[4]), r[5] == null ? null : ((String) r[5]).strip(), (Boolean) r[6])).toList();
        return new PageResult<>(list, Math.min(total.longValue(), PageResult.COUNT_CAP + 1));
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }

    @Override
    public java.util.Map<java.util.UUID, PatientSummary> byIds(java.util.Collection<java.util.UUID> ids) {
        return em.createQuery(SELECT + " WHERE p.id IN :ids", PatientSummary.class).setParameter("ids", ids).getResultList()
                .stream().collect(java.util.stream.Collectors.toMap(PatientSummary::id, s -> s));
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
        String key = field.replace("_", "").toUpperCase(Locale.ROOT);
        for (Sort sort : Sort.values()) {
            if (sort.name().replace("_", "").equals(key)) {
                return sort;
            }
        }
        return Sort.NAME; // e.g. "familyName" or "name"
    }

    /** The WHERE clause for one search text and the parameter it binds. */
    private record Filter(String where, Object parameter) {

        /** The search text is a name prefix (the LIKE pattern is the parameter). */
        boolean namePrefix() {
            return where.contains("searchFamily LIKE");
        }

        static Filter of(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty()) {
                return new Filter("", null);
            }
            if (Mrn.looksLikeMrn(trimmed)) {
                return new Filter(" WHERE p.mrn = :q", trimmed);
            }
            LocalDate date = date(trimmed);
            if (date != null) {
                return new Filter(" WHERE p.birthDate = :q", date);
            }
            String digits = PhoneNumber.digitsOf(trimmed);
            if (trimmed.matches("[+0-9().\\-\\s]+") && (digits.length() == 10 || digits.length() == 11 && digits.startsWith("1"))) {
                return new Filter(" WHERE p.phone = :q", digits.substring(digits.length() - 10));
            }
            String prefix = escapeLike(SearchText.fold(trimmed.replace(",", " "))) + "%";
            return new Filter(" WHERE (p.searchFamily LIKE :q ESCAPE '\\' OR p.searchGiven LIKE :q ESCAPE '\\')", prefix);
        }

        void bind(TypedQuery<?> query) {
            if (parameter != null) {
                query.setParameter("q", parameter);
            }
        }

        /** A date of birth typed as MM/DD/YYYY or YYYY-MM-DD, or null. */
        private static LocalDate date(String text) {
            try {
                if (text.matches("\\d{1,2}/\\d{1,2}/\\d{4}")) {
                    return LocalDate.parse(text, US_DATE);
                }
                if (text.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException notADate) {
                return null;
            }
            return null;
        }

        private static String escapeLike(String s) {
            return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        }
    }
}
