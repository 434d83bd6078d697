package com.clinicsuite.web.faces;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecordELResolverTest {

    public record Row(String name, int visits) {
    }

    public record Other(String name) {
    }

    private final RecordELResolver resolver = new RecordELResolver();

    @Test
    void readsARecordsComponents_forEveryRecordClass_andMarksThemResolved() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Row("Ada", 500), "visits")).isEqualTo(500);
        assertThat(context.isPropertyResolved()).isTrue();
        // the per-class lookup must not hand one class's component to another
        assertThat(resolver.getValue(context(), new Other("Grace"), "name")).isEqualTo("Grace");
        assertThat(resolver.getValue(context(), new Row("Ada", 1), "name")).isEqualTo("Ada");
    }

    @Test
    void leavesUnknownPropertiesAndNonRecordsToTheOtherResolvers() {
        ELContext context = context();
        assertThat(resolver.getValue(context, new Row("Ada", 1), "missing")).isNull();
        assertThat(resolver.getValue(context, "not a record", "length")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();
    }

    @Test
    void recordsAreReadOnly() {
        assertThat(resolver.isReadOnly(context(), new Row("Ada", 1), "name")).isTrue();
        assertThatThrownBy(() -> resolver.setValue(context(), new Row("Ada", 1), "name", "Eve")).isInstanceOf(PropertyNotWritableException.class);
    }

    private static ELContext context() {
        return new ELContext() {
            @Override
            public ELResolver getELResolver() {
                return null;
            }

            @Override
            public FunctionMapper getFunctionMapper() {
                return null;
            }

            @Override
            public VariableMapper getVariableMapper() {
                return null;
            }
        };
    }
}
