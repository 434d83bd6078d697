package com.clinicsuite.patients.domain.assessment;

import com.clinicsuite.shared.error.BusinessRuleException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The clinic's curated ICD-10-CM list. Claims need billable (leaf) codes, so a category code is refused with
 * a message naming its billable children (DOMAIN.md §5).
 */
public final class IcdCatalog {

    /** One code of the list. */
    public record IcdCode(String code, boolean billable, String description) {
    }

    private static final IcdCatalog SHIPPED = load();

    private final Map<String, IcdCode> codes;

    IcdCatalog(Map<String, IcdCode> codes) {
        this.codes = Collections.unmodifiableMap(codes);
    }

    /** The list shipped with the suite. */
    public static IcdCatalog shipped() {
        return SHIPPED;
    }

    public Optional<IcdCode> find(String code) {
        return Optional.ofNullable(code == null ? null : codes.get(normalize(code)));
    }

    /** Billable codes whose code or description contains {@code text}, for pickers. */
    public List<IcdCode> searchBillable(String text) {
        String q = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return codes.values().stream().filter(IcdCode::billable)
                .filter(c -> c.code().toLowerCase(Locale.ROOT).startsWith(q) || c.description().toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    /** The billable codes under a category, e.g. G90.5 → G90.50, G90.511 … G90.59. */
    public List<IcdCode> billableChildren(String category) {
        String prefix = normalize(category);
        return codes.values().stream()
                .filter(c -> c.billable() && c.code().startsWith(prefix) && !c.code().equals(prefix))
                .toList();
    }

    /**
     * The billable code for {@code code}, or a refusal that says why: not on the clinic's list, or a category
     * whose billable children are named.
     */
    public IcdCode requireBillable(String code) {
        IcdCode found = find(code).orElseThrow(() -> new BusinessRuleException("icd.unknown", "code",
                "\"" + code + "\" is not on the clinic's diagnosis list."));
        if (!found.billable()) {
            List<String> children = billableChildren(found.code()).stream().map(IcdCode::code).toList();
            throw new BusinessRuleException("icd.notBillable", "code", found.code() + " (" + found.description()
                    + ") is a category, not a billable code. Choose one of: " + String.join(", ", children) + ".");
        }
        return found;
    }

    static String normalize(String code) {
        return code.strip().toUpperCase(Locale.ROOT);
    }

    private static IcdCatalog load() {
        Map<String, IcdCode> codes = new LinkedHashMap<>();
        try (InputStream in = IcdCatalog.class.getResourceAsStream("icd10cm-curated.tsv")) {
            if (in == null) {
                throw new IllegalStateException("icd10cm-curated.tsv is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                codes.put(f[0], new IcdCode(f[0], "Y".equals(f[1]), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new IcdCatalog(codes);
    }
}
