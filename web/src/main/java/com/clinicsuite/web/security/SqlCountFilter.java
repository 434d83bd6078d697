package com.clinicsuite.web.security;

import com.clinicsuite.shared.application.SqlStatementCount;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * With {@code CLINIC_SQL_COUNT=true} (integration tests only), every response carries {@code X-Sql-Statements}: how many
 * SQL statements the request ran. The body is held back until the count is known. Off in production: the filter then
 * passes requests straight through.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class SqlCountFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    static final String HEADER = "X-Sql-Statements";
    private static final boolean ON = Boolean.parseBoolean(System.getenv().getOrDefault("CLINIC_SQL_COUNT", "false"));

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        if (!ON) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        SqlStatementCount.start();
        int count;
        try {
            chain.doFilter(request, buffered);
        } finally {
            count = SqlStatementCount.stop();
        }
        if (!response.isCommitted()) {
            response.setHeader(HEADER, Integer.toString(count));
        }
        buffered.flushTo(response);
    }

    /** Holds the body back until the request is done. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null) {
                stream = new ServletOutputStream() {
                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new UnsupportedOperationException("no async writes while counting statements");
                    }

                    @Override
                    public void write(int b) {
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        body.write(b, off, len);
                    }
                };
            }
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(body, charset));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            // held back until the count is known
        }

        @Override
        public boolean isCommitted() {
            return false;
        }

        @Override
        public void setContentLength(int len) {
            // the real length is set when the body is written
        }

        @Override
        public void setContentLengthLong(long len) {
            // the real length is set when the body is written
        }

        void flushTo(HttpServletResponse response) throws IOException {
            if (writer != null) {
                writer.flush();
            }
            if (body.size() > 0 && !response.isCommitted()) {
                response.setContentLength(body.size());
                response.getOutputStream().write(body.toByteArray());
            }
        }
    }
}
