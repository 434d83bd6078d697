package com.clinicsuite.perf;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import static io.gatling.javaapi.core.CoreDsl.bodyLength;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Faces pages as a browser drives them: a GET keeps the view's {@code jakarta.faces.ViewState}; a PrimeFaces command
 * button is an AJAX postback of its form's fields with that state; an action that navigates answers with a partial
 * {@code <redirect>}, which is followed with a GET (a new view, a new ViewState). A response with an error message
 * (global {@code ui-messages-error} or next to a field {@code ui-message-error}) or a partial {@code <error>} fails
 * the request, so a broken postback counts as an error in Gatling and in the summary.
 */
final class Faces {

    /** The server's origin (redirect URLs from the partial response carry the context path). */
    private static final String ORIGIN;

    static {
        URI app = URI.create(Bench.APP);
        ORIGIN = app.getScheme() + "://" + app.getAuthority();
    }

    private Faces() {
    }

    /** The state of the view just rendered, for the next postback. */
    static CheckBuilder viewState() {
        return regex("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"").saveAs("viewState");
    }

    /**
     * The page's CSP nonce: PrimeFaces' script sends it back with every AJAX request ({@code primefaces.nonce}); without
     * it a postback that renders scripts fails with "CSP nonce mismatch".
     */
    static CheckBuilder nonce() {
        return regex("<script[^>]* nonce=\"([^\"]+)\"").saveAs("nonce");
    }

    /** No error message on the page or in the partial response. */
    static CheckBuilder noError() {
        return regex("ui-messages?-error|<error>|<error-name>").notExists();
    }

    /** The HTML budget per page (issue 8): a page over it fails its request. */
    static final int MAX_PAGE_BYTES = 100 * 1024;

    /** A page opened with the user's bearer token, keeping its ViewState; {@code expect} must be on it, and it stays within the HTML budget. */
    static ChainBuilder page(String measure, String name, String path, String expect) {
        return Stats.timed(measure, name, http(name).get(path).header("Authorization", "Bearer #{token}")
                .check(status().is(200), noError(), substring(expect), bodyLength().lte(MAX_PAGE_BYTES), viewState(), nonce()));
    }

    /**
     * An AJAX postback of a PrimeFaces command button: {@code source} is the button's client id (a Gatling EL such as
     * {@code #{approveButton}} is allowed), {@code execute} and {@code render} the client ids PrimeFaces sends for
     * {@code process} and {@code update}, {@code fields} the form's inputs.
     */
    static HttpRequestActionBuilder ajax(String name, String path, String form, String source, String execute, String render,
                                         Map<String, String> fields) {
        HttpRequestActionBuilder post = http(name).post(path).header("Authorization", "Bearer #{token}")
                .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                .header("Accept", "application/xml, text/xml, */*; q=0.01")
                .formParam("jakarta.faces.partial.ajax", "true").formParam("jakarta.faces.source", source)
                .formParam("jakarta.faces.partial.execute", execute).formParam("jakarta.faces.partial.render", render)
                .formParam(source, source).formParam(form, form);
        for (Map.Entry<String, String> f : fields.entrySet()) {
            post = post.formParam(f.getKey(), f.getValue());
        }
        return post.formParam("primefaces.nonce", "#{nonce}").formParam("jakarta.faces.ViewState", "#{viewState}").check(status().is(200), substring("<partial-response"), noError());
    }

    /** A postback that updates the page in place; {@code expect} (e.g. the success message) must be in the answer. */
    static ChainBuilder update(String measure, String name, String path, String form, String source, String execute, String render,
                               Map<String, String> fields, String expect) {
        return Stats.timed(measure, name, ajax(name, path, form, source, execute, render, fields).check(substring(expect)));
    }

    /**
     * A postback whose action navigates (faces-redirect): the partial redirect is followed by the page GET, which must
     * show {@code expect} (the flash message) and gives the new ViewState. The postback is a write, the page a read.
     */
    static ChainBuilder navigate(String name, String path, String form, String source, String execute, String render,
                                 Map<String, String> fields, String expect, CheckBuilder... more) {
        return exec(s -> s.remove("redirect"))
                .exec(Stats.timed("write", name, ajax(name, path, form, source, execute, render, fields)
                        .check(regex("<redirect url=\"([^\"]+)\"").saveAs("redirect"))))
                .doIf(s -> s.contains("redirect")).then(
                        exec(s -> s.set("redirect", ORIGIN + s.getString("redirect").replace("&amp;", "&")))
                                .exec(Stats.timed("read", name + " → page", http(name + " → page").get("#{redirect}")
                                        .header("Authorization", "Bearer #{token}")
                                        .check(status().is(200), noError(), substring(expect), bodyLength().lte(MAX_PAGE_BYTES), viewState(), nonce())
                                        .check(more))));
    }

    /**
     * The chart as a browser opens it: the page (checked to stay under 100 KB; its size is kept as {@code bytes}), then
     * the request its script sends at once for the notes and the intake form (a PrimeFaces remote command).
     */
    static ChainBuilder chart(String measure, String name, String path) {
        return Stats.timed(measure, name + " (page)", http(name + " (page)").get(path).header("Authorization", "Bearer #{token}")
                        .check(status().is(200), noError(), regex("id=\"(patient-mrn|glass-title)\"").exists(), bodyLength().lte(MAX_PAGE_BYTES),
                                bodyLength().saveAs("bytes"), viewState(), nonce(), regex("s:\"(sectionsLoader:[^\"]+)\"").optional().saveAs("sectionsSource")))
                // a chart closed to this clinician (another team's patient) shows the emergency-access form and loads nothing more
                .doIf(s -> s.contains("sectionsSource")).then(exec(Stats.timed(measure, name + " (notes and intake)", ajax(name + " (notes and intake)",
                        "/patients/chart.xhtml", "sectionsLoader", "#{sectionsSource}", "#{sectionsSource}", "notesPanel intakePanel",
                        fields("primefaces.ignoreautoupdate", "true")).check(substring("notesForm"), bodyLength().saveAs("sectionBytes"))))
                        .exec(s -> s.remove("sectionsSource")));
    }

    /** Form fields in the order given. */
    static Map<String, String> fields(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
