package com.clinicsuite.web.patients;

import com.clinicsuite.patients.application.PatientDirectory;
import com.clinicsuite.patients.application.PatientSummary;
import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** The patient list: one search box over a paged, sorted, lazily loaded table. */
@Named
@ViewScoped
public class PatientListView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PatientDirectory directory;

    @Inject
    private com.clinicsuite.web.security.CurrentUser currentUser;

    private String query;
    private LazyDataModel<PatientSummary> patients;

    @PostConstruct
    void init() {
        patients = new Model();
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }

    /** Broad searches stop counting at a thousand: the page then asks for more of the name. */
    private boolean moreThanCap;

    public boolean isMoreThanCap() {
        return moreThanCap;
    }

    /** Where a row's name leads: clinicians open the chart, everyone else the patient's record. */
    public String getPersonPage() {
        return currentUser.isClinician() ? "/patients/chart.xhtml" : "/patients/record.xhtml";
    }

    public LazyDataModel<PatientSummary> getPatients() {
        return patients;
    }

    /** Rows per page of the list (the table's {@code rows}). */
    static final int FIRST_PAGE = 25;

    /** Rows of the current view come from the service one page at a time. */
    private final class Model extends LazyDataModel<PatientSummary> {

        private static final long serialVersionUID = 1L;

        /** The first page, read together with the count, for the load that follows the count (one search, not two). */
        private transient PageResult<PatientSummary> prefetched;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            prefetched = fetch(0, FIRST_PAGE, null);
            moreThanCap = prefetched.moreThanCap();
            return (int) Math.min(Integer.MAX_VALUE, prefetched.total());
        }

        @Override
        public List<PatientSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            PageResult<PatientSummary> page = prefetched != null && first == 0 && pageSize == FIRST_PAGE && (sortBy == null || sortBy.isEmpty())
                    ? prefetched : fetch(first, pageSize, sortBy);
            prefetched = null;
            moreThanCap = page.moreThanCap();
            setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
            return page.rows();
        }

        private PageResult<PatientSummary> fetch(int first, int pageSize, Map<String, SortMeta> sortBy) {
            String sortField = null;
            boolean ascending = true;
            if (sortBy != null && !sortBy.isEmpty()) {
                SortMeta sort = sortBy.values().iterator().next();
                sortField = sort.getField();
                ascending = sort.getOrder() != SortOrder.DESCENDING;
            }
            int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
            return directory.find(query, new PageRequest(Math.max(0, first), size, sortField, ascending));
        }

        @Override
        public String getRowKey(PatientSummary patient) {
            return patient.id().toString();
        }
    }
}
