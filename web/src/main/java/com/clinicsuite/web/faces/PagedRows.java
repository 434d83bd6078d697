package com.clinicsuite.web.faces;

import com.clinicsuite.shared.application.PageRequest;
import com.clinicsuite.shared.application.PageResult;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A lazy table over a service's paged query: each page is one call, which also gives the total (PrimeFaces asks for
 * the count and then the page; the count's call reads the page shown last, so a re-render of the same page is one
 * call). Row actions find their row among the page shown by its key.
 *
 * @param <T> the screen's row type
 */
public final class PagedRows<T> extends LazyDataModel<T> {

    private static final long serialVersionUID = 1L;

    /** The service call for one page (serializable, as the view that holds it is). */
    @FunctionalInterface
    public interface Loader<T> extends Serializable {
        PageResult<T> load(PageRequest page);
    }

    /** The row's key (serializable, as the view that holds it is). */
    @FunctionalInterface
    public interface Key<T> extends Serializable {
        Object of(T row);
    }

    private final Loader<T> loader;
    private final Key<T> key;

    public PagedRows(Loader<T> loader, Key<T> key) {
        this.loader = loader;
        this.key = key;
    }

    /** The page last shown: PrimeFaces counts before it loads, and a re-render usually loads the same page again. */
    private int lastFirst;
    private int lastSize = 20;

    /** The page read with the count, for the load that follows it (one service call, not two). */
    private transient PageResult<T> prefetched;

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        prefetched = loader.load(new PageRequest(lastFirst, lastSize, null, true));
        return (int) prefetched.total();
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int from = Math.max(0, first);
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_LIMIT));
        PageResult<T> page = prefetched != null && from == lastFirst && size == lastSize ? prefetched
                : loader.load(new PageRequest(from, size, null, true));
        prefetched = null;
        lastFirst = from;
        lastSize = size;
        setRowCount((int) page.total());
        return page.rows();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.of(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> shown = getWrappedData();
        return shown == null ? null : shown.stream().filter(r -> Objects.equals(getRowKey(r), rowKey)).findFirst().orElse(null);
    }
}
