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

    public LazyDataModel<PatientSummary> getPatients() {
        return patients;
    }

    /** Rows of the current view come from the service one page at a time. */
    private final class Model extends LazyDataModel<PatientSummary> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, directory.count(query));
        }

        @Override
        public List<PatientSummary> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                                         Map<String, FilterMeta> filterBy) {
            PageResult<PatientSummary> page = fetch(first, pageSize, sortBy);
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
